import { TestClient } from '../support/http-client'
import { startServer } from '../support/server-process'
import { describeContract } from './target-api-contract'

const admin = { username: 'admin', password: 'contract-admin-password' }
const editor = { username: 'huanbao', password: 'editor-contract-password' }

describeContract('real server on PGlite', async () => {
  const server = await startServer({ env: { ADMIN_PASSWORD: admin.password } })
  const client = new TestClient(server.url)
  await client.login(admin.username, admin.password)
  const res = await client.post('/api/auth/users', { ...editor, role: 'editor', scope: ['ecology'] })
  if (res.status !== 201) throw new Error(`creating the editor failed: ${res.status} ${JSON.stringify(res.json)}`)
  return { url: server.url, admin, editor, close: async () => void (await server.stop()) }
})
