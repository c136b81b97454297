// Component test: server field errors land on the matching form items; other problems
// become a message; the submit button is disabled while saving.
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, effectScope, h, nextTick, reactive } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElButton, ElForm, ElFormItem, ElInput } from 'element-plus'
import { ApiError } from '@/api/client'
import { invalidFields } from '@/test/http'
import { clearErrorsOnChange, useServerForm } from './useServerForm'

function harness(action: () => Promise<unknown>, fieldName?: (server: string) => string) {
  return defineComponent({
    setup() {
      const form = reactive({ code: 'U1', name: '县教育局' })
      const f = useServerForm()
      const save = () =>
        f.submit(action, { success: '新增成功', uniqueField: 'code', uniqueMessage: '该编码已被使用', fieldName })
      return () =>
        h(ElForm, { ref: f.bindForm, model: form }, () => [
          h(ElFormItem, { label: '编码', prop: 'code', error: f.fieldErrors.code }, () =>
            h(ElInput, { modelValue: form.code, 'onUpdate:modelValue': (v: string) => (form.code = v) }),
          ),
          h(ElFormItem, { label: '名称', prop: 'name', error: f.fieldErrors.name }, () =>
            h(ElInput, { modelValue: form.name, 'onUpdate:modelValue': (v: string) => (form.name = v) }),
          ),
          h(ElButton, { class: 'save', disabled: f.saving.value, onClick: save }, () => '保存'),
        ])
    },
  })
}

// Element Plus shows a form item's error after a short debounce.
async function settle(): Promise<void> {
  await flushPromises()
  await new Promise((r) => setTimeout(r, 150))
  await flushPromises()
}

function errorsOf(wrapper: ReturnType<typeof mount>) {
  return wrapper.findAll('.el-form-item').map((item) => {
    const e = item.find('.el-form-item__error')
    return e.exists() ? e.text() : ''
  })
}

describe('useServerForm', () => {
  it('shows the server’s field errors on the fields', async () => {
    const action = vi.fn().mockRejectedValue(
      new ApiError(
        invalidFields([
          { field: 'name', message: '不能超过 100 个字符' },
          { field: 'code', message: '必填' },
        ]),
      ),
    )
    const w = mount(harness(action), { global: { plugins: [ElementPlus] }, attachTo: document.body })
    await w.get('button.save').trigger('click')
    await settle()
    expect(action).toHaveBeenCalledOnce()
    expect(errorsOf(w)).toEqual(['必填', '不能超过 100 个字符'])
    w.unmount()
  })

  it('puts a duplicate (409 conflict) on the unique field', async () => {
    const action = vi
      .fn()
      .mockRejectedValue(new ApiError({ status: 409, code: 'conflict', detail: '记录重复：已存在相同的记录' }))
    const w = mount(harness(action), { global: { plugins: [ElementPlus] }, attachTo: document.body })
    await w.get('button.save').trigger('click')
    await settle()
    expect(errorsOf(w)[0]).toBe('该编码已被使用')
    w.unmount()
  })

  it('disables the submit button while saving', async () => {
    let finish!: () => void
    const action = vi.fn(() => new Promise<void>((r) => (finish = r)))
    const w = mount(harness(action), { global: { plugins: [ElementPlus] }, attachTo: document.body })
    await w.get('button.save').trigger('click')
    await flushPromises()
    expect(w.get('button.save').attributes('disabled')).toBeDefined()
    finish()
    await flushPromises()
    expect(w.get('button.save').attributes('disabled')).toBeUndefined()
    w.unmount()
  })

  it('puts a field the server names otherwise on the form’s field', async () => {
    const action = vi.fn().mockRejectedValue(new ApiError(invalidFields([{ field: 'unit.code', message: '必填' }])))
    const w = mount(
      harness(action, (f) => f.replace(/^unit\./, '')),
      { global: { plugins: [ElementPlus] }, attachTo: document.body },
    )
    await w.get('button.save').trigger('click')
    await settle()
    expect(errorsOf(w)).toEqual(['必填', ''])
    w.unmount()
  })

  it('shows the browser’s own checks in place of the shown ones', () => {
    const scope = effectScope()
    scope.run(() => {
      const f = useServerForm()
      f.fieldErrors.code = '该编码已被使用'
      expect(f.showErrors({ name: '请填写名称' })).toBe(true)
      expect({ ...f.fieldErrors }).toEqual({ name: '请填写名称' })
      expect(f.showErrors({})).toBe(false)
      expect({ ...f.fieldErrors }).toEqual({})
    })
    scope.stop()
  })
})

describe('clearErrorsOnChange', () => {
  it('drops a field’s error when that field changes, and only then', async () => {
    const scope = effectScope()
    const form = reactive({ note: '', rows: [{ due_on: '' }] })
    const errors = reactive<Record<string, string>>({})
    scope.run(() => clearErrorsOnChange(form, errors))
    Object.assign(errors, { note: '请填写', 'rows.0.due_on': '请选择日期' })
    await nextTick()
    form.note = '已沟通'
    await nextTick()
    expect({ ...errors }).toEqual({ 'rows.0.due_on': '请选择日期' })
    form.rows[0].due_on = '2026-05-01'
    await nextTick()
    expect({ ...errors }).toEqual({})
    scope.stop()
  })
})
