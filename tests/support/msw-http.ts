import { serve } from '@hono/node-server'
import { getResponse } from 'msw'
import { handlers } from '../../mocks/handlers'
import { freePort } from './server-process'

/** The MSW handlers behind a real HTTP listener, so the contract suite speaks HTTP to both. */
export async function startMswHttp(): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort()
  const server = serve({
    fetch: async (request) =>
      (await getResponse(handlers, request)) ?? Response.json({ error: { code: 'not_found', message: '接口不存在' } }, { status: 404 }),
    port,
    hostname: '127.0.0.1',
  })
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) }
}
