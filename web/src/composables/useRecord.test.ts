// A detail page's record: loaded, not found (404), or failed (the server's detail kept and
// shown); a 401 is left to the login page. The record of the address loads as the page opens
// and again, after the page forgets the last one, when the id changes.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElMessage } from 'element-plus'
import { ApiError } from '@/api/client'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useRecord, useRouteRecord } from './useRecord'

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

describe('useRouteRecord', () => {
  it('loads the record of the address, and the next one when the id changes', async () => {
    const fetch = vi.fn(async (id: number) => ({ id }))
    const changed = vi.fn()
    let record: ReturnType<typeof useRouteRecord<{ id: number }>> | undefined
    const Page = defineComponent({
      setup() {
        record = useRouteRecord(fetch, changed)
        return () => h('div')
      },
    })
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/items/:id', component: { render: () => null } }],
    })
    await router.push('/items/3')
    mount(Page, { global: { plugins: [router] } })
    await flushPromises()
    expect(fetch).toHaveBeenLastCalledWith(3)
    expect(record!.data.value).toEqual({ id: 3 })
    expect(changed).not.toHaveBeenCalled()

    await router.push('/items/5')
    await flushPromises()
    expect(changed).toHaveBeenCalledWith(record!.data)
    expect(fetch).toHaveBeenLastCalledWith(5)
    expect(record!.data.value).toEqual({ id: 5 })
  })
})
