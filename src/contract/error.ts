import { z } from 'zod'

/** Every error the API answers: a code for programs, a Chinese message for people, field messages for forms. */
export const ApiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    /** The server's id of the request, as in its log lines and the X-Request-Id header (the mock sends none). */
    requestId: z.string().optional(),
  }),
})
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>
