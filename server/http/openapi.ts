import { z } from 'zod'
import {
  ChangePasswordRequestSchema,
  CreateTokenRequestSchema,
  CreateTokenResponseSchema,
  CreateUserRequestSchema,
  LoginRequestSchema,
  MeResponseSchema,
  UserListResponseSchema,
  UserSummarySchema,
} from '../../src/contract/auth'
import { ApiErrorBodySchema } from '../../src/contract/error'
import { ChangeEventSchema } from '../../src/contract/events'
import {
  AuditListResponseSchema,
  ConflictBodySchema,
  PutObservationBodySchema,
  RestoreRequestSchema,
  RestoreResponseSchema,
} from '../../src/contract/observations'
import { StoredObservationSchema, TargetDetailResponseSchema, TargetListResponseSchema } from '../../src/contract/targets'

// GET /api/openapi.json: generated from the same zod schemas the routes validate with, so the
// published description cannot drift from what the server does.

const schema = (s: z.ZodType, io: 'input' | 'output' = 'output') => z.toJSONSchema(s, { io, unrepresentable: 'any' })
const json = (s: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema: schema(s) } } })
const error = (description: string) => json(ApiErrorBodySchema, description)
const query = (name: string, description: string, type = 'string') => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type },
})
const path = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } })

const body = (s: z.ZodType) => ({ required: true, content: { 'application/json': { schema: schema(s, 'input') } } })

const observationPath = [path('id', '目标编号，如 urban-jobs'), path('month', '月份 YYYY-MM')]

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: '晋中市目标进度看板 API', version: '1' },
    paths: {
      '/api/targets': {
        get: {
          summary: '某一计划年度的全部目标及其状态',
          parameters: [query('year', '计划年度，缺省为最新年度', 'integer')],
          responses: { 200: json(TargetListResponseSchema, '目标列表'), 400: error('参数有误'), 404: error('无此年度') },
        },
      },
      '/api/targets/{id}': {
        get: {
          summary: '一个目标的全部数据与逐月状态',
          parameters: [path('id', '目标编号'), query('year', '计划年度', 'integer')],
          responses: { 200: json(TargetDetailResponseSchema, '目标详情'), 404: error('无此目标') },
        },
      },
      '/api/targets/{id}/observations/{month}': {
        put: {
          summary: '保存某月数据（带版本号，防止互相覆盖）',
          parameters: observationPath,
          requestBody: body(PutObservationBodySchema),
          responses: {
            200: json(StoredObservationSchema, '已更新'),
            201: json(StoredObservationSchema, '已新建'),
            400: error('数据有误，fields 指明字段'),
            401: error('未登录'),
            403: error('无权修改'),
            404: error('无此目标'),
            409: json(ConflictBodySchema, '版本冲突，附当前数据'),
          },
        },
        delete: {
          summary: '删除某月数据（记入修改记录）',
          parameters: [...observationPath, query('version', '要删除的版本号', 'integer')],
          responses: {
            204: { description: '已删除' },
            401: error('未登录'),
            403: error('无权修改'),
            404: error('无此数据'),
            409: json(ConflictBodySchema, '版本冲突'),
          },
        },
      },
      '/api/audit': {
        get: {
          summary: '修改记录（最新在前）',
          parameters: [
            query('year', '年度', 'integer'),
            query('targetId', '目标编号'),
            query('month', '月份 YYYY-MM'),
            query('actor', '修改人'),
            query('limit', '条数 1-500', 'integer'),
            query('before', '翻页：编号小于此值', 'integer'),
          ],
          responses: { 200: json(AuditListResponseSchema, '修改记录'), 401: error('未登录') },
        },
      },
      '/api/audit/{id}/restore': {
        post: {
          summary: '把数据恢复为该条记录修改之前的值（管理员）；可附当前所见版本，数据已变则拒绝',
          parameters: [path('id', '修改记录编号')],
          requestBody: { required: false, content: { 'application/json': { schema: schema(RestoreRequestSchema, 'input') } } },
          responses: {
            200: json(RestoreResponseSchema, '已恢复'),
            403: error('需管理员'),
            404: error('无此记录'),
            409: json(ConflictBodySchema, '数据已被修改'),
          },
        },
      },
      '/api/auth/login': {
        post: {
          summary: '登录，设置会话 Cookie（HttpOnly, SameSite=Lax）',
          requestBody: body(LoginRequestSchema),
          responses: {
            200: json(MeResponseSchema, '已登录'),
            400: error('数据有误'),
            401: error('用户名或密码错误'),
            429: error('尝试过多'),
          },
        },
      },
      '/api/auth/password': {
        post: {
          summary: '修改自己的密码（其他地方的登录随之失效）',
          requestBody: body(ChangePasswordRequestSchema),
          responses: { 204: { description: '已修改' }, 400: error('当前密码不正确或新密码不合要求'), 401: error('未登录') },
        },
      },
      '/api/auth/logout': { post: { summary: '退出登录', responses: { 204: { description: '已退出' } } } },
      '/api/auth/me': { get: { summary: '当前用户（未登录为 null）', responses: { 200: json(MeResponseSchema, '当前用户') } } },
      '/api/auth/tokens': {
        post: {
          summary: '签发脚本用的 API 令牌（管理员；只显示一次）',
          requestBody: body(CreateTokenRequestSchema),
          responses: { 201: json(CreateTokenResponseSchema, '令牌'), 403: error('需管理员') },
        },
      },
      '/api/auth/users': {
        get: { summary: '账号列表（管理员）', responses: { 200: json(UserListResponseSchema, '账号'), 403: error('需管理员') } },
        post: {
          summary: '新建账号（管理员）',
          requestBody: body(CreateUserRequestSchema),
          responses: { 201: json(UserSummarySchema, '已新建'), 400: error('数据有误'), 403: error('需管理员'), 409: error('用户名已存在') },
        },
      },
      '/api/events': {
        get: {
          summary: '变更事件流（Server-Sent Events，事件名 change）',
          responses: { 200: { description: '事件流', content: { 'text/event-stream': { schema: schema(ChangeEventSchema) } } } },
        },
      },
    },
  }
}
