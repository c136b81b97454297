// A detail page's record: loaded, not found (404), or failed (the server's detail kept and
// shown); a 401 is left to the login page.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElMessage } from 'element-plus'
import { ApiError } from '@/api/client'
import { useRecord } from './useRecord'

afterEach(() => vi.restoreAllMocks())

describe('useRecord', () => {
  it('loads the record, or says it is not there and why', async () => {
    const error = vi.spyOn(ElMessage, 'error')
    const fetch = vi.fn(async () => ({ id: 42 }))
    const r = useRecord(fetch)
    await r.load()
    expect(r.data.value).toEqual({ id: 42 })
    expect([r.loading.value, r.notFound.value, r.loadError.value]).toEqual([false, false, ''])

    fetch.mockRejectedValueOnce(new ApiError({ status: 404, code: 'not_found', detail: '建议不存在' }))
    await r.load()
    expect([r.notFound.value, r.loadError.value]).toEqual([true, ''])
    expect(error).not.toHaveBeenCalled()

    fetch.mockRejectedValueOnce(new ApiError({ status: 403, code: 'permission_denied', detail: '没有权限' }))
    await r.load()
    expect(r.loadError.value).toBe('没有权限')
    expect(error).toHaveBeenCalledWith('没有权限')

    fetch.mockRejectedValueOnce(new ApiError({ status: 401, code: 'unauthenticated', detail: '请重新登录' }))
    await r.load()
    expect(r.loadError.value).toBe('')
  })
})
