// A small typed fetch client for the daibiao JSON API (same origin, `/api/v1`).
//
// Types come from `schema.d.ts`, generated from api/openapi.yaml (`npm run gen:api`), so a
// path, query parameter, body field or response field that the contract does not have
// fails `vue-tsc` at build time.
//
// - The session is the HttpOnly cookie set by login: every request sends credentials.
// - State-changing methods (POST, PUT, PATCH, DELETE) send `X-CSRF-Token`; the token is
//   returned only by login, and the auth store keeps it (pinia + sessionStorage).
// - Errors are RFC 9457 problem+json; they become `ApiError` with `code`, `detail` and the
//   field `errors` the server reported.
// - A 401 on any call but login runs the `onUnauthorized` hook (the app sends the user to
//   the login page with the server's `detail`, e.g. 会话已失效，请重新登录).
import type { components, paths } from './schema'

export type Schemas = components['schemas']
export type Problem = Schemas['Problem']
export type FieldError = Schemas['FieldError']

type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** Paths that declare operation `M`. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof paths]: paths[P][M] extends undefined | never ? never : P
}[keyof paths]

type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M]>

type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? Q : never
type PathOf<O> = O extends { parameters: { path: infer PP } } ? PP : never
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? B
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B
    : never

type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : undefined
type SuccessOf<O> = O extends { responses: infer R }
  ? 200 extends keyof R
    ? JsonOf<R[200]>
    : 201 extends keyof R
      ? JsonOf<R[201]>
      : undefined
  : never

/* eslint-disable @typescript-eslint/no-empty-object-type -- `{} extends T`: all of T's keys are optional */
type Optional<K extends string, T> = [T] extends [never]
  ? { [key in K]?: never }
  : undefined extends T
    ? { [key in K]?: T }
    : {} extends T
      ? { [key in K]?: T }
      : { [key in K]: T }
/* eslint-enable @typescript-eslint/no-empty-object-type */

/** Options of one call: `path` (path parameters), `query`, `body`, as the contract says. */
export type RequestOptions<P extends keyof paths, M extends HttpMethod> = Optional<'path', PathOf<Operation<P, M>>> &
  Optional<'query', QueryOf<Operation<P, M>>> &
  Optional<'body', BodyOf<Operation<P, M>>> & {
    /** Do not run the 401 hook (the login call itself). */
    skipAuthRedirect?: boolean
    signal?: AbortSignal
    /** Sent as `Idempotency-Key`: a retry with the same key creates nothing new. */
    idempotencyKey?: string
  }

export type ResponseOf<P extends keyof paths, M extends HttpMethod> = SuccessOf<Operation<P, M>>

/** The sort fields a list route accepts, e.g. `'name' | '-name'`. */
export type SortOf<P extends PathsWith<'get'>> =
  NonNullable<QueryOf<Operation<P, 'get'>>> extends { sort?: (infer S)[] } ? S : never

/** A failed call: the server's problem, or a synthetic one for network failures. */
/** A problem code, or `network` when the server could not be reached. */
export type ErrorCode = Problem['code'] | 'network'

export class ApiError extends Error {
  readonly status: number
  readonly code: ErrorCode
  readonly title: string
  readonly detail: string
  readonly requestId: string
  readonly errors: FieldError[]

  constructor(problem: Partial<Omit<Problem, 'code'>> & { status: number; code?: ErrorCode }) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`)
    this.name = 'ApiError'
    this.status = problem.status
    this.code = problem.code ?? 'internal'
    this.title = problem.title ?? ''
    this.detail = problem.detail || problem.title || `HTTP ${problem.status}`
    this.requestId = problem.request_id ?? ''
    this.errors = Array.isArray(problem.errors) ? problem.errors : []
  }

  /** Field errors as `{ field: message }` (the first message of each field). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const e of this.errors) if (!(e.field in out)) out[e.field] = e.message
    return out
  }
}

export interface ClientConfig {
  /** The CSRF token from login, or null when signed out. */
  getCsrfToken: () => string | null
  /** Runs on a 401 from any call except login. */
  onUnauthorized: (error: ApiError) => void
  fetch: typeof fetch
}

const config: ClientConfig = {
  getCsrfToken: () => null,
  onUnauthorized: () => {},
  fetch: (...args) => globalThis.fetch(...args),
}

export function configureClient(patch: Partial<ClientConfig>): void {
  Object.assign(config, patch)
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export const NETWORK_ERROR_DETAIL = '无法连接服务器，请检查网络后重试'

/** Builds `path` with path parameters filled in and the query string appended. */
export function buildUrl(path: string, pathParams?: Record<string, unknown>, query?: Record<string, unknown>): string {
  let url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = pathParams?.[name]
    if (v === undefined || v === null) throw new Error(`missing path parameter ${name}`)
    return encodeURIComponent(String(v))
  })
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue
    if (Array.isArray(v)) {
      if (v.length > 0) qs.set(k, v.join(','))
    } else {
      qs.set(k, String(v))
    }
  }
  const s = qs.toString()
  if (s) url += `?${s}`
  return url
}

async function problemFrom(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? ''
  if (type.includes('json')) {
    try {
      const body = (await res.json()) as Partial<Problem>
      return new ApiError({ ...body, status: res.status })
    } catch {
      /* fall through */
    }
  }
  const generic: Record<number, string> = {
    401: '未登录或会话已失效',
    403: '没有权限',
    404: '未找到',
    413: '提交的内容过大',
    429: '请求过于频繁，请稍后再试',
    502: '服务器暂时无法访问，请稍后再试',
    503: '服务暂不可用，请稍后再试',
    504: '服务器响应超时，请稍后再试',
  }
  return new ApiError({
    status: res.status,
    code: res.status === 401 ? 'unauthenticated' : res.status >= 500 ? 'internal' : 'bad_request',
    detail: generic[res.status] ?? `服务器返回错误（HTTP ${res.status}）`,
    request_id: res.headers.get('x-request-id') ?? undefined,
  })
}

async function send(
  method: string,
  path: string,
  opts: {
    path?: Record<string, unknown>
    query?: Record<string, unknown>
    body?: unknown
    /** A body sent as is (a file), instead of JSON. */
    file?: Blob
    skipAuthRedirect?: boolean
    signal?: AbortSignal
    idempotencyKey?: string
  },
  accept = 'application/json',
): Promise<Response> {
  const headers: Record<string, string> = { Accept: `${accept}, application/problem+json` }
  if (opts.file !== undefined) headers['Content-Type'] = 'application/octet-stream'
  else if (opts.body !== undefined) headers['Content-Type'] = 'application/json'
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey
  const upper = method.toUpperCase()
  if (UNSAFE.has(upper)) {
    const token = config.getCsrfToken()
    if (token) headers['X-CSRF-Token'] = token
  }
  let res: Response
  try {
    res = await config.fetch(buildUrl(path, opts.path, opts.query), {
      method: upper,
      headers,
      body: opts.file ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      credentials: 'include',
      signal: opts.signal,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError({ status: 0, code: 'network', detail: NETWORK_ERROR_DETAIL })
  }
  if (!res.ok) {
    const error = await problemFrom(res)
    if (res.status === 401 && !opts.skipAuthRedirect) config.onUnauthorized(error)
    throw error
  }
  return res
}

async function call<P extends keyof paths, M extends HttpMethod>(
  method: M,
  path: P,
  opts: RequestOptions<P, M> = {} as RequestOptions<P, M>,
  file?: Blob,
): Promise<ResponseOf<P, M>> {
  const res = await send(method, path as string, { ...(opts as Parameters<typeof send>[2]), file })
  if (res.status === 204) return undefined as ResponseOf<P, M>
  const type = res.headers.get('content-type') ?? ''
  if (!type.includes('json')) return undefined as ResponseOf<P, M>
  return (await res.json()) as ResponseOf<P, M>
}

/**
 * A call to a route that api/openapi.yaml does not describe yet; the feature's model.ts
 * writes its types by hand (switch to `api.*` once `npm run gen:api` knows the route).
 */
export async function callUntyped<T>(
  method: HttpMethod,
  path: string,
  opts: { path?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown } = {},
): Promise<T> {
  const res = await send(method, path, opts)
  if (res.status === 204) return undefined as T
  const type = res.headers.get('content-type') ?? ''
  if (!type.includes('json')) return undefined as T
  return (await res.json()) as T
}

/** A downloaded file (the audit export, the deputies export and import template). */
export interface Download {
  blob: Blob
  filename: string
}

function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (star) return decodeURIComponent(star[1])
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  return plain ? plain[1] : fallback
}

export const api = {
  get<P extends PathsWith<'get'>>(path: P, opts?: RequestOptions<P, 'get'>) {
    return call('get', path, opts)
  },
  post<P extends PathsWith<'post'>>(path: P, opts?: RequestOptions<P, 'post'>) {
    return call('post', path, opts)
  },
  put<P extends PathsWith<'put'>>(path: P, opts?: RequestOptions<P, 'put'>) {
    return call('put', path, opts)
  },
  patch<P extends PathsWith<'patch'>>(path: P, opts?: RequestOptions<P, 'patch'>) {
    return call('patch', path, opts)
  },
  delete<P extends PathsWith<'delete'>>(path: P, opts?: RequestOptions<P, 'delete'>) {
    return call('delete', path, opts)
  },
  /** POST a file as the raw body (`application/octet-stream`): the deputies import. */
  postFile<P extends PathsWith<'post'>>(path: P, file: Blob, opts?: Omit<RequestOptions<P, 'post'>, 'body'>) {
    return call('post', path, opts as RequestOptions<P, 'post'>, file)
  },
  /** GET a file (e.g. CSV) as a Blob, with the name from Content-Disposition. */
  async download<P extends PathsWith<'get'>>(
    path: P,
    opts: RequestOptions<P, 'get'> = {} as RequestOptions<P, 'get'>,
    fallbackName = 'download',
  ): Promise<Download> {
    const res = await send('get', path as string, opts as Parameters<typeof send>[2], '*/*')
    return {
      blob: await res.blob(),
      filename: filenameFrom(res.headers.get('content-disposition'), fallbackName),
    }
  },
}

/** Saves a downloaded blob through a temporary link. */
export function saveDownload({ blob, filename }: Download): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}
