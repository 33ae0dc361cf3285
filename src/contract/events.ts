import { z } from 'zod'

/**
 * What the server announces on GET /api/events (Server-Sent Events, event name "change") after
 * every committed write, so open pages refresh the matching queries within a second.
 */
export const ChangeEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('observation'),
    year: z.number().int(),
    targetId: z.string(),
    month: z.string(),
    /** The new version, or null when the figure was deleted. */
    version: z.number().int().nullable(),
    at: z.string(),
  }),
  z.object({ type: z.literal('catalog'), year: z.number().int(), at: z.string() }),
])
export type ChangeEvent = z.infer<typeof ChangeEventSchema>

/**
 * Besides `change`, the stream sends `ready` once it is open and `ping` every HEARTBEAT_MS, both
 * with data `{}`. The ping is an event rather than an SSE comment because EventSource hides
 * comments from the page, and the client must see it to notice a stream that went silent.
 */
export const HEARTBEAT_MS = 15_000
