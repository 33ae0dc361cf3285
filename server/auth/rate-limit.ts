import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

export interface LoginRateLimiterOptions {
  /** Failed attempts allowed per key within the window; the next one is refused. Default 5. */
  maxFailures?: number
  /** Default 5 minutes. */
  windowMs?: number
  /** Milliseconds since the epoch; tests pass their own. */
  now?: () => number
}

export interface LoginRateLimiter {
  /**
   * Call before checking the password. Answers the seconds to wait when the key is blocked; otherwise
   * counts this attempt as a failure until `succeeded` says otherwise, so parallel guesses cannot
   * all slip in before the first failure is recorded.
   */
  begin(key: string): { retryAfterSeconds: number } | null
  /** The password was right: forget the key's failures. */
  succeeded(key: string): void
}

/**
 * Login attempts per (client IP, username): at most `maxFailures` failures in a sliding window.
 *
 * Kept in this process's memory: with several server instances behind a load balancer each
 * counts on its own (an attacker gets up to 5 × instances tries per window), and a restart forgets.
 */
export function createLoginRateLimiter(options: LoginRateLimiterOptions = {}): LoginRateLimiter {
  const maxFailures = options.maxFailures ?? 5
  const windowMs = options.windowMs ?? 5 * 60 * 1000
  const now = options.now ?? Date.now
  const failures = new Map<string, number[]>()

  /** The key's failures still inside the window (and the map kept to those). */
  function recent(key: string, at: number): number[] {
    const list = (failures.get(key) ?? []).filter((t) => t > at - windowMs)
    if (list.length > 0) failures.set(key, list)
    else failures.delete(key)
    return list
  }

  /** Bounds memory under a spray of usernames: drop every key whose failures have all expired. */
  function sweep(at: number) {
    if (failures.size < 10_000) return
    for (const key of [...failures.keys()]) recent(key, at)
  }

  return {
    begin(key) {
      const at = now()
      sweep(at)
      const list = recent(key, at)
      const oldest = list[0]
      if (list.length >= maxFailures && oldest !== undefined) {
        return { retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - at) / 1000)) }
      }
      failures.set(key, [...list, at])
      return null
    },
    succeeded(key) {
      failures.delete(key)
    },
  }
}

/** The limiter's key: usernames compared case-insensitively, so "Admin" and "admin" share a budget. */
export const loginAttemptKey = (ip: string, username: string): string => `${ip}\u0000${username.trim().toLowerCase()}`

/** "3 分钟" / "40 秒": when to try again, for the 429 message. */
export function retryAfterText(seconds: number): string {
  return seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`
}

/**
 * The client's IP address: the socket's peer, or 'unknown' where there is no socket (app.request in
 * tests). With TRUST_PROXY=1 (exactly one reverse proxy in front, which appends the peer it saw to
 * X-Forwarded-For) the last X-Forwarded-For entry is used: earlier entries are whatever the client sent.
 */
export function clientIp(c: Context, env: NodeJS.ProcessEnv = process.env): string {
  if (env.TRUST_PROXY === '1') {
    const forwarded = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .at(-1)
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}
