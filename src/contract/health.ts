import { z } from 'zod'

/** GET /api/health: the server is up and its database answers. */
export const HealthResponseSchema = z.object({ ok: z.literal(true), database: z.enum(['pglite', 'postgres']) })
export type HealthResponse = z.infer<typeof HealthResponseSchema>
