import { resolve } from 'node:path'
import { LOG_LEVELS, type LogLevel } from './logger'

/** Everything the server reads from its environment, in one place. */
export interface Config {
  port: number
  host: string
  dataDir: string
  databaseUrl?: string
  staticDir: string
  logLevel: LogLevel
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 无效：${env.PORT}`)
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`LOG_LEVEL 无效：${env.LOG_LEVEL}（可用 ${LOG_LEVELS.join('、')}）`)
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    staticDir: resolve(env.STATIC_DIR ?? './dist'),
    logLevel,
  }
}
