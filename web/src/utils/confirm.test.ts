// The question before an action: the message, the title (操作确认 unless given), the action's
// name on the confirm button, red for a delete or a disable; cancelling answers false.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElMessageBox } from 'element-plus'
import { confirmed } from './confirm'

afterEach(() => vi.restoreAllMocks())

describe('confirmed', () => {
  it('asks with the action on the button and says whether the user agreed', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    expect(await confirmed({ message: '确定停用吗？', confirmText: '停用', danger: true })).toBe(true)
    expect(confirm).toHaveBeenCalledWith('确定停用吗？', '操作确认', {
      type: 'warning',
      confirmButtonText: '停用',
      cancelButtonText: '取消',
      confirmButtonClass: 'el-button--danger',
    })
    expect(await confirmed({ message: '确定查看吗？', title: '查看完整信息', confirmText: '查看' })).toBe(true)
    expect(confirm.mock.calls[1][1]).toBe('查看完整信息')
    expect(confirm.mock.calls[1][2]).not.toHaveProperty('confirmButtonClass')

    confirm.mockRejectedValueOnce('cancel')
    expect(await confirmed({ message: '确定吗？', confirmText: '确定' })).toBe(false)
  })
})
