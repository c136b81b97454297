import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api, buildUrl, configureClient, NETWORK_ERROR_DETAIL } from './client'

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

const problem = {
  type: 'about:blank',
  code: 'invalid_argument',
  title: '请求内容有误',
  status: 400,
  detail: '输入有误，请检查标出的字段',
  request_id: 'abc123',
  errors: [
    { field: 'code', message: '必填' },
    { field: 'name', message: '不能超过 100 个字符' },
    { field: 'code', message: '第二条' },
  ],
}

describe('api client', () => {
  const fetchMock = vi.fn<typeof fetch>()
  const onUnauthorized = vi.fn()
  let token: string | null = 'tok-123'

  beforeEach(() => {
    fetchMock.mockReset()
    onUnauthorized.mockReset()
    token = 'tok-123'
    configureClient({ fetch: fetchMock, getCsrfToken: () => token, onUnauthorized })
  })
  afterEach(() => vi.restoreAllMocks())

  function lastInit(): RequestInit {
    const call = fetchMock.mock.calls.at(-1)
    expect(call).toBeDefined()
    return call![1]!
  }

  function lastHeaders(): Record<string, string> {
    return lastInit().headers as Record<string, string>
  }

  it('sends GET without the CSRF token, with credentials, and returns the JSON', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { items: [], page: 1, page_size: 20, total: 0, total_capped: false }))
    const res = await api.get('/api/v1/org/nodes', { query: { level: 'city', page: 2, sort: ['-name', 'code'] } })
    expect(res.total).toBe(0)
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/org/nodes?level=city&page=2&sort=-name%2Ccode')
    expect(lastInit().method).toBe('GET')
    expect(lastInit().credentials).toBe('include')
    expect(lastHeaders()['X-CSRF-Token']).toBeUndefined()
  })

  it('sends X-CSRF-Token and a JSON body on POST, PATCH and DELETE', async () => {
    fetchMock.mockResolvedValueOnce(json(201, { id: 5 }))
    await api.post('/api/v1/org/units', { body: { org_node_id: 1, code: 'U1', name: '县教育局' } })
    expect(lastHeaders()['X-CSRF-Token']).toBe('tok-123')
    expect(lastHeaders()['Content-Type']).toBe('application/json')
    expect(JSON.parse(lastInit().body as string)).toEqual({ org_node_id: 1, code: 'U1', name: '县教育局' })

    fetchMock.mockResolvedValueOnce(json(200, { id: 5 }))
    await api.patch('/api/v1/org/units/{id}', { path: { id: 5 }, body: { version: 1, active: false } })
    expect(fetchMock.mock.calls.at(-1)![0]).toBe('/api/v1/org/units/5')
    expect(lastInit().method).toBe('PATCH')
    expect(lastHeaders()['X-CSRF-Token']).toBe('tok-123')

    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }))
    const none = await api.delete('/api/v1/org/nodes/{id}', { path: { id: 9 }, query: { version: 3 } })
    expect(none).toBeUndefined()
    expect(fetchMock.mock.calls.at(-1)![0]).toBe('/api/v1/org/nodes/9?version=3')
    expect(lastInit().method).toBe('DELETE')
    expect(lastHeaders()['X-CSRF-Token']).toBe('tok-123')
  })

  it('sends no CSRF header when signed out', async () => {
    token = null
    fetchMock.mockResolvedValueOnce(json(200, { csrf_token: 'new', expires_at: '', user: {} }))
    await api.post('/api/v1/auth/login', { body: { username: 'a', password: 'b' }, skipAuthRedirect: true })
    expect(lastHeaders()['X-CSRF-Token']).toBeUndefined()
  })

  it('parses a problem+json error into ApiError with code, detail and field errors', async () => {
    fetchMock.mockResolvedValueOnce(json(400, problem, 'application/problem+json'))
    const err = await api.post('/api/v1/org/units', { body: { org_node_id: 1, code: '', name: '' } }).catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(400)
    expect(err.code).toBe('invalid_argument')
    expect(err.detail).toBe('输入有误，请检查标出的字段')
    expect(err.title).toBe('请求内容有误')
    expect(err.requestId).toBe('abc123')
    expect(err.errors).toHaveLength(3)
    expect(err.fieldErrors()).toEqual({ code: '必填', name: '不能超过 100 个字符' })
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('runs the 401 hook with the server’s detail, except for login', async () => {
    const expired = {
      ...problem,
      code: 'unauthenticated',
      status: 401,
      detail: '会话已过期，请重新登录',
      errors: undefined,
    }
    fetchMock.mockResolvedValueOnce(json(401, expired, 'application/problem+json'))
    const err = await api.get('/api/v1/auth/me').catch((e) => e)
    expect(err.code).toBe('unauthenticated')
    expect(err.errors).toEqual([])
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    expect(onUnauthorized.mock.calls[0][0].detail).toBe('会话已过期，请重新登录')

    fetchMock.mockResolvedValueOnce(
      json(401, { ...expired, detail: '用户名或密码错误，或账号已被锁定' }, 'application/problem+json'),
    )
    const bad = await api
      .post('/api/v1/auth/login', { body: { username: 'a', password: 'b' }, skipAuthRedirect: true })
      .catch((e) => e)
    expect(bad.detail).toBe('用户名或密码错误，或账号已被锁定')
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('turns a non-JSON error (a proxy page) into a readable ApiError', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    )
    const err = await api.get('/api/v1/org/terms').catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(502)
    expect(err.code).toBe('internal')
    expect(err.detail).toMatch(/服务器/)
  })

  it('reports a network failure as code "network"', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    const err = await api.get('/api/v1/org/terms').catch((e) => e)
    expect(err.code).toBe('network')
    expect(err.status).toBe(0)
    expect(err.detail).toBe(NETWORK_ERROR_DETAIL)
  })

  it('downloads a file with the name from Content-Disposition', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response('\ufeff"序号"\r\n', {
        status: 200,
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="audit-log.csv"' },
      }),
    )
    const file = await api.download('/api/v1/audit/export', { query: { outcome: 'denied', at_from: '2026-01-01' } })
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/audit/export?outcome=denied&at_from=2026-01-01')
    expect(file.filename).toBe('audit-log.csv')
    expect(await file.blob.text()).toContain('序号')
  })
})

describe('buildUrl', () => {
  it('fills path parameters, skips empty query values and joins arrays with commas', () => {
    expect(buildUrl('/api/v1/users/{id}/grants', { id: 7 }, { q: '', a: undefined, b: null, sort: [] })).toBe(
      '/api/v1/users/7/grants',
    )
    expect(buildUrl('/x', undefined, { q: '教育', active: 'true' })).toBe('/x?q=%E6%95%99%E8%82%B2&active=true')
  })

  it('refuses a missing path parameter', () => {
    expect(() => buildUrl('/api/v1/users/{id}', {})).toThrow(/id/)
  })
})
