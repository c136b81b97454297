// The dialog around one form: the title, what stands above the form, the fields, 取消 and the
// save button (spinning and disabled while saving); the button, Enter and (when asked) Ctrl+Enter
// save; attributes reach the el-dialog, so a forced dialog can refuse to close.
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, reactive, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { textItem } from '@/test/form'
import { useServerForm } from '@/composables/useServerForm'
import FormDialog from './FormDialog.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

function mountDialog(props: Record<string, unknown> = {}) {
  const saves = ref(0)
  const open = ref(true)
  const saving = ref(false)
  const Host = defineComponent({
    setup() {
      const form = reactive({ name: '' })
      const f = useServerForm()
      const dialog = { model: form, bindForm: f.bindForm, saving }
      return () =>
        h(
          FormDialog,
          {
            modelValue: open.value,
            'onUpdate:modelValue': (v: boolean) => (open.value = v),
            title: '新增单位',
            dialog,
            saveTest: 'dialog-save',
            'data-test': 'unit-dialog',
            onSave: () => saves.value++,
            ...props,
          },
          {
            top: () => h('p', { class: 'hint' }, '说明'),
            default: () => textItem(form, 'name', '名称', { class: 'name' }),
          },
        )
    },
  })
  const w = mount(Host, { global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
  return { w, saves, open, saving }
}

const dialog = () => document.querySelector('[data-test="unit-dialog"]') as HTMLElement
const button = (text: string) =>
  [...dialog().querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement

describe('FormDialog', () => {
  it('shows the title, the hint, the fields, 取消 and 保存; 保存 saves and 取消 closes', async () => {
    const { saves, open } = mountDialog()
    await flushPromises()
    expect(dialog().querySelector('.el-dialog__title')?.textContent).toBe('新增单位')
    expect(dialog().querySelector('.hint')?.textContent).toBe('说明')
    expect(dialog().querySelector('form.dialog-form .name')).not.toBeNull()
    ;(dialog().querySelector('[data-test="dialog-save"]') as HTMLButtonElement).click()
    expect(saves.value).toBe(1)
    button('取消').click()
    expect(open.value).toBe(false)
  })

  it('saves on Enter, and on Ctrl+Enter only when asked', async () => {
    const { saves } = mountDialog({ ctrlEnter: true })
    await flushPromises()
    const form = dialog().querySelector('form') as HTMLFormElement
    form.dispatchEvent(new Event('submit', { cancelable: true }))
    expect(saves.value).toBe(1)
    form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }))
    expect(saves.value).toBe(2)
  })

  it('has no hidden submit button when Enter should not save, and ignores Ctrl+Enter by default', async () => {
    const { saves } = mountDialog({ submitOnEnter: false })
    await flushPromises()
    const form = dialog().querySelector('form') as HTMLFormElement
    expect(form.querySelector('button[type="submit"]')).toBeNull()
    form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }))
    expect(saves.value).toBe(0)
  })

  it('spins and disables the save button while saving; names it and colours it as asked', async () => {
    const { saving } = mountDialog({ saveText: '终止资格', danger: true })
    await flushPromises()
    const save = dialog().querySelector('[data-test="dialog-save"]') as HTMLButtonElement
    expect(save.textContent?.trim()).toBe('终止资格')
    expect(save.classList.contains('el-button--danger')).toBe(true)
    saving.value = true
    await flushPromises()
    expect(save.disabled).toBe(true)
    expect(save.classList.contains('is-loading')).toBe(true)
  })

  it('passes attributes to the dialog: a forced one has no close button and no 取消', async () => {
    const { w } = mountDialog({ showClose: false, cancelable: false })
    await flushPromises()
    expect(dialog().querySelector('.el-dialog__headerbtn')).toBeNull()
    expect(button('取消')).toBeUndefined()
    expect(w.findComponent({ name: 'ElDialog' }).props('closeOnClickModal')).toBe(false)
  })

  it('lets the page allow closing by a click outside', async () => {
    const { w } = mountDialog({ 'close-on-click-modal': true })
    await flushPromises()
    expect(w.findComponent({ name: 'ElDialog' }).props('closeOnClickModal')).toBe(true)
  })
})
