import { HttpResponse } from 'msw'
import type { ApiErrorBody } from '../../src/api/schemas/error'

export const errorResponse = (status: number, code: string, message: string, fields?: Record<string, string>): Response =>
  HttpResponse.json<ApiErrorBody>({ error: { code, message, ...(fields ? { fields } : {}) } }, { status })
