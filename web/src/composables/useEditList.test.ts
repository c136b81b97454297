// A list page's create / edit dialog tied to its list: 新增 and 编辑 open the dialog on the
// page's values, a save runs the create or the edit call, hands its answer on and reloads the
// list (not after a refusal), and 删除 asks first where the page offers it.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { reactive, ref } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { ApiError } from '@/api/client'
import { useList, type PageResult } from './useList'
import { useEditList } from './useEditList'

interface Row {
  id: number
  name: string
  root?: boolean
}

afterEach(() => vi.restoreAllMocks())

function setUp(opts: { refuse?: boolean } = {}) {
  const fetchPage = vi.fn(async (): Promise<PageResult<Row>> => ({
    items: [],
    page: 1,
    page_size: 20,
    total: 0,
    total_capped: false,
  }))
  const list = useList<Row, { q: string }>(fetchPage, { q: '' })
  const form = reactive({ name: '' })
  const save = vi.fn(async (row: Row | null) => {
    if (opts.refuse) throw new ApiError({ status: 409, code: 'conflict', detail: '名称已存在' })
    return { id: row?.id ?? 9, pending: false }
  })
  const saved = vi.fn()
  const call = vi.fn(async () => undefined)
  const page = useEditList<Row, typeof form>(list, form, {
    canManage: ref(true),
    blank: () => ({ name: '' }),
    values: (row) => ({ name: row.name }),
    save,
    saveOptions: (row) => ({ uniqueField: row ? undefined : 'name' }),
    saved,
    remove: { question: (row) => `删除${row.name}？`, call, allowed: (row) => !row.root },
  })
  return { page, form, fetchPage, save, saved, call }
}

describe('useEditList', () => {
  it('opens on a new row or on a row, saves with it, hands on the answer and reloads', async () => {
    vi.spyOn(ElMessage, 'success').mockReturnValue(undefined as never)
    const { page, form, fetchPage, save, saved } = setUp()
    page.openCreate()
    expect([page.dialog.open.value, page.dialog.editing.value, form.name]).toEqual([true, null, ''])
    form.name = '省教育厅'
    expect(await page.save()).toBe(true)
    expect(save).toHaveBeenLastCalledWith(null)
    expect(saved).toHaveBeenLastCalledWith(null, { id: 9, pending: false })
    expect(page.dialog.open.value).toBe(false)
    expect(fetchPage).toHaveBeenCalledTimes(1)

    const row = { id: 3, name: '省交通厅' }
    page.openEdit(row)
    expect([page.dialog.editing.value, form.name]).toEqual([row, '省交通厅'])
    expect(await page.save()).toBe(true)
    expect(saved).toHaveBeenLastCalledWith(row, { id: 3, pending: false })
    expect(fetchPage).toHaveBeenCalledTimes(2)
  })

  it('keeps the dialog open and the list as it was when the server refuses', async () => {
    vi.spyOn(ElMessage, 'error').mockReturnValue(undefined as never)
    const { page, fetchPage, saved } = setUp({ refuse: true })
    page.openCreate()
    expect(await page.save()).toBe(false)
    expect(page.dialog.open.value).toBe(true)
    expect(page.dialog.fieldErrors.name).toBe('名称已存在')
    expect(saved).not.toHaveBeenCalled()
    expect(fetchPage).not.toHaveBeenCalled()
  })

  it('offers 删除 where allowed, asks first and deletes', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    vi.spyOn(ElMessage, 'success').mockReturnValue(undefined as never)
    const { page, call, fetchPage } = setUp()
    expect([page.deletable({ id: 1, name: '根', root: true }), page.deletable({ id: 2, name: '县' })]).toEqual([
      false,
      true,
    ])
    expect(await page.remove({ id: 2, name: '县' })).toBe(true)
    expect(confirm.mock.calls[0][0]).toBe('删除县？')
    expect(call).toHaveBeenCalledWith({ id: 2, name: '县' })
    expect(fetchPage).toHaveBeenCalledTimes(1)
  })
})
