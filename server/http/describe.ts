import { resolver } from 'hono-openapi'
import type { z } from 'zod'
import { ApiErrorBodySchema } from '../../src/contract/error'

// Pieces of describeRoute({ … }) (hono-openapi): each route states its answers next to its code,
// from the contract's schemas, and server/http/openapi.ts gathers them by walking the app.

/** Answers are described as sent: zod's output side (defaults filled in, coerced numbers). */
const OUTPUT = { options: { io: 'output' } }

/** A JSON answer of `schema`. */
export const answer = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema, OUTPUT) } },
})

/** The JSON Schema of `schema`'s output, as the description holds it. */
export const outputSchema = async (schema: z.ZodType) => (await resolver(schema, OUTPUT).toOpenAPISchema()).schema

/** An error answer: the contract's error body (code, Chinese message, fields, request id). */
export const refusal = (description: string) => answer(ApiErrorBodySchema, description)

/** An answer without a body (204). */
export const empty = (description: string) => ({ description })

export const SIGNED_IN = { 401: refusal('未登录') }
export const ADMIN_ONLY = { ...SIGNED_IN, 403: refusal('需要管理员权限') }
