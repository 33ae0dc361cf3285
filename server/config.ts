import { resolve } from 'node:path'

/** Everything the server reads from its environment, in one place. */
export interface Config {
  port: number
  host: string
  dataDir: string
  databaseUrl?: string
  staticDir: string
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 无效：${env.PORT}`)
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    staticDir: resolve(env.STATIC_DIR ?? './dist'),
  }
}
