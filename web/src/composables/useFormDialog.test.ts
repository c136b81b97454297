// A dialog's form: it starts afresh as the dialog opens, and a save that succeeds closes the
// dialog and hands back the answer; one the server refuses keeps it open.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, reactive, ref } from 'vue'
import { ElMessage } from 'element-plus'
import { ApiError } from '@/api/client'
import { useFormDialog } from './useFormDialog'

afterEach(() => vi.restoreAllMocks())

describe('useFormDialog', () => {
  it('starts afresh as the dialog opens', async () => {
    const scope = effectScope()
    const open = ref(false)
    const form = reactive({ reason: '旧理由' })
    const d = scope.run(() => useFormDialog(open, form, () => Object.assign(form, { reason: '' })))!
    d.fieldErrors.reason = '请填写理由'
    open.value = true
    await nextTick()
    expect(form.reason).toBe('')
    expect({ ...d.fieldErrors }).toEqual({})
    expect(d.model).toBe(form)
    scope.stop()
  })

  it('closes after a save and hands back the answer; a refusal keeps it open', async () => {
    vi.spyOn(ElMessage, 'error')
    const scope = effectScope()
    const open = ref(true)
    const d = scope.run(() => useFormDialog(open, reactive({})))!
    expect(await d.saveAndClose(async () => ({ id: 3 }))).toEqual({ id: 3 })
    expect(open.value).toBe(false)

    open.value = true
    const refused = new ApiError({ status: 409, code: 'conflict', detail: '记录已被他人修改' })
    expect(await d.saveAndClose(() => Promise.reject(refused))).toBeUndefined()
    expect(open.value).toBe(true)
    scope.stop()
  })
})
