// A list read whole: it keeps the load error to show (never a 401's), and its row actions ask
// first, mark the row busy, report and reload — after a refusal only when it means the list is
// stale.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ElMessage, ElMessageBox } from 'element-plus'
import { ApiError } from '@/api/client'
import { useItems } from './useItems'

interface Row {
  id: number
  name: string
}

let confirm: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
})
afterEach(() => vi.restoreAllMocks())

const question = { message: '确定吗？', confirmText: '确定' }

describe('useItems', () => {
  it('loads the items, or keeps the error to show', async () => {
    const fetchAll = vi.fn(async () => [{ id: 1, name: '甲' }])
    const l = useItems<Row>(fetchAll)
    await l.load()
    expect(l.items.value).toEqual([{ id: 1, name: '甲' }])
    expect([l.loading.value, l.loadError.value]).toEqual([false, null])

    fetchAll.mockRejectedValueOnce(new ApiError({ status: 403, code: 'permission_denied', detail: '没有权限' }))
    await l.load()
    expect([l.items.value, l.loadError.value]).toEqual([[], '没有权限'])

    fetchAll.mockRejectedValueOnce(new ApiError({ status: 401, code: 'unauthenticated', detail: '请重新登录' }))
    await l.load()
    expect(l.loadError.value).toBeNull()
  })

  it('asks, runs the action with the row busy, reports and reloads', async () => {
    const success = vi.spyOn(ElMessage, 'success')
    const fetchAll = vi.fn(async () => [] as Row[])
    const l = useItems<Row>(fetchAll)
    let busyDuring: number | null = null
    const ok = await l.act({ id: 7, name: '乙' }, question, async () => (busyDuring = l.busy.value), '已完成')
    expect(ok).toBe(true)
    expect(busyDuring).toBe(7)
    expect(l.busy.value).toBeNull()
    expect(success).toHaveBeenCalledWith('已完成')
    expect(fetchAll).toHaveBeenCalledTimes(1)

    confirm.mockRejectedValueOnce('cancel')
    const action = vi.fn()
    expect(await l.act({ id: 7, name: '乙' }, question, action, '已完成')).toBe(false)
    expect(action).not.toHaveBeenCalled()
  })

  it('shows a refusal, and reloads when it means the list is stale', async () => {
    const error = vi.spyOn(ElMessage, 'error')
    const fetchAll = vi.fn(async () => [] as Row[])
    const l = useItems<Row>(fetchAll)
    const refuse = (status: number) => () =>
      Promise.reject(new ApiError({ status, code: 'conflict', detail: `拒绝 ${status}` }))
    expect(await l.act({ id: 1, name: '甲' }, question, refuse(403), '已完成', [409])).toBe(false)
    expect(error).toHaveBeenLastCalledWith('拒绝 403')
    expect(fetchAll).not.toHaveBeenCalled()
    expect(await l.act({ id: 1, name: '甲' }, question, refuse(409), '已完成', [409])).toBe(false)
    expect(error).toHaveBeenLastCalledWith('拒绝 409')
    expect(fetchAll).toHaveBeenCalledTimes(1)
  })
})
