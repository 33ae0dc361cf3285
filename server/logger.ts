import { type DestinationStream, type Logger, pino } from 'pino'

export type { Logger }

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/**
 * One JSON object per line on stdout (pino), for a log collector or `npx pino-pretty` to read.
 * Lines of a request carry its requestId (server/http/request-log.ts); tests pass "silent".
 */
export const createLogger = (level: LogLevel, destination?: DestinationStream): Logger =>
  pino({ level, timestamp: pino.stdTimeFunctions.isoTime }, destination)
