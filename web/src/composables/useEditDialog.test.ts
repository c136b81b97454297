// The create / edit dialog of a list page: it opens on a row or on a new one with the form's
// values, reports 新增成功 or 保存成功 and closes after a save, and stays open on a refusal.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { reactive } from 'vue'
import { ElMessage } from 'element-plus'
import { ApiError } from '@/api/client'
import { useEditDialog } from './useEditDialog'

interface Row {
  id: number
  name: string
}

afterEach(() => vi.restoreAllMocks())

describe('useEditDialog', () => {
  it('opens on a new row or on an existing one with the given values', () => {
    const form = reactive({ name: 'x' })
    const d = useEditDialog<Row, typeof form>(form)
    d.fieldErrors.name = '必填'
    d.show(null, { name: '' })
    expect([d.open.value, d.editing.value, form.name, { ...d.fieldErrors }]).toEqual([true, null, '', {}])
    d.show({ id: 3, name: '省教育厅' }, { name: '省教育厅' })
    expect(d.editing.value?.id).toBe(3)
    expect(d.model).toBe(form)
    expect(form.name).toBe('省教育厅')
  })

  it('creates or saves with the edited row, reports and closes', async () => {
    const success = vi.spyOn(ElMessage, 'success')
    const form = reactive({ name: '' })
    const d = useEditDialog<Row, typeof form>(form)
    const action = vi.fn(async (_row: Row | null) => undefined)

    d.show(null, { name: '新单位' })
    expect(await d.saveWith(action)).toBe(true)
    expect(action).toHaveBeenLastCalledWith(null)
    expect(success).toHaveBeenLastCalledWith('新增成功')
    expect(d.open.value).toBe(false)

    const row = { id: 4, name: '旧名' }
    d.show(row, { name: '新名' })
    expect(await d.saveWith(action)).toBe(true)
    expect(action).toHaveBeenLastCalledWith(row)
    expect(success).toHaveBeenLastCalledWith('保存成功')

    success.mockClear()
    d.show(row, { name: '新名' })
    expect(await d.saveWith(action, { quiet: true })).toBe(true)
    expect(success).not.toHaveBeenCalled()
  })

  it('stays open when the server refuses', async () => {
    const error = vi.spyOn(ElMessage, 'error')
    const form = reactive({ name: '' })
    const d = useEditDialog<Row, typeof form>(form)
    d.show(null, { name: '重名' })
    const refused = new ApiError({ status: 409, code: 'conflict', detail: '编码已存在' })
    expect(await d.saveWith(() => Promise.reject(refused))).toBe(false)
    expect(d.open.value).toBe(true)
    expect(error).toHaveBeenCalledWith('编码已存在')
  })
})
