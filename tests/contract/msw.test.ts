import { mockDb } from '../../mocks/data/db'
import { startMswHttp } from '../support/msw-http'
import { describeContract } from './target-api-contract'

describeContract('MSW handlers', async () => {
  mockDb.reset()
  const msw = await startMswHttp()
  return {
    url: msw.url,
    admin: { username: 'admin', password: 'admin-demo-password' },
    editor: { username: 'huanbao', password: 'editor-demo-password' },
    close: msw.close,
  }
})
