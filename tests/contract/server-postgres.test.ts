import { TestClient } from '../support/http-client'
import { startPostgres } from '../support/postgres'
import { startServer } from '../support/server-process'
import { describeContract } from './target-api-contract'

const admin = { username: 'admin', password: 'contract-admin-password' }
const editor = { username: 'huanbao', password: 'editor-contract-password' }

// The same contract against a served PostgreSQL (DATABASE_URL): same migrations, same SQL.
describeContract('real server on PostgreSQL', async () => {
  const pg = await startPostgres()
  const server = await startServer({ env: { ADMIN_PASSWORD: admin.password, DATABASE_URL: pg.url } })
  const client = new TestClient(server.url)
  await client.login(admin.username, admin.password)
  const res = await client.post('/api/auth/users', { ...editor, role: 'editor', scope: ['ecology'] })
  if (res.status !== 201) throw new Error(`creating the editor failed: ${res.status} ${JSON.stringify(res.json)}`)
  return {
    url: server.url,
    admin,
    editor,
    close: async () => {
      await server.stop()
      await pg.stop()
    },
  }
})
