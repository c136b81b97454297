// The one way pages show a failed call: the server's detail, never a 401 (the login page
// says why), nothing for errors that are not the API's.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElMessage } from 'element-plus'
import { ApiError } from './client'
import { errorText, isReportable, isUnauthorized, showApiError } from './errors'

const refused = new ApiError({ status: 403, code: 'permission_denied', detail: '没有权限执行此操作' })
const expired = new ApiError({ status: 401, code: 'unauthenticated', detail: '会话已失效，请重新登录' })
const conflict = new ApiError({
  status: 409,
  code: 'conflict',
  detail: '提交的内容有误',
  errors: [{ field: 'body', message: '留言不能为空' }],
})

afterEach(() => vi.restoreAllMocks())

describe('api errors', () => {
  it('tells reportable failures from a 401', () => {
    expect(isReportable(refused)).toBe(true)
    expect(isReportable(expired)).toBe(false)
    expect(isReportable(new Error('x'))).toBe(false)
    expect(isUnauthorized(expired)).toBe(true)
    expect(isUnauthorized(refused)).toBe(false)
    expect(isUnauthorized('cancel')).toBe(false)
  })

  it('texts: the server’s detail, else the error', () => {
    expect(errorText(refused)).toBe('没有权限执行此操作')
    expect(errorText(new Error('boom'))).toBe('Error: boom')
  })

  it('shows the detail (or a chosen text) except for a 401 and non-API errors', () => {
    const error = vi.spyOn(ElMessage, 'error').mockImplementation(() => ({ close: () => {} }) as never)
    expect(showApiError(refused)).toBe(true)
    expect(error).toHaveBeenLastCalledWith('没有权限执行此操作')
    expect(showApiError(conflict, (e) => e.errors[0]?.message ?? e.detail)).toBe(true)
    expect(error).toHaveBeenLastCalledWith('留言不能为空')
    expect(showApiError(expired)).toBe(false)
    expect(showApiError(new TypeError('x'))).toBe(false)
    expect(error).toHaveBeenCalledTimes(2)
  })
})
