// OptionSelect, the select under FilterSelect and the forms' pickers: values or pairs, its
// attributes passed on to the select.
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { openSelect } from '@/test/select'
import ElementPlus from 'element-plus'
import OptionSelect from './OptionSelect.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('OptionSelect', () => {
  it('takes values or pairs, and its attributes (multiple, data-test) go to the select', async () => {
    const picked = ref<number[]>([])
    const Host = defineComponent({
      setup: () => () =>
        h(OptionSelect, {
          modelValue: picked.value,
          'onUpdate:modelValue': (v: unknown) => (picked.value = v as number[]),
          options: [
            { value: 1, label: '省教育厅' },
            { value: 2, label: '省卫健委' },
          ],
          multiple: true,
          'data-test': 'units',
        }),
    })
    const w = mount(Host, { global: { plugins: [ElementPlus] }, attachTo: document.body })
    const items = await openSelect(w, 'units')
    items[0].click()
    await flushPromises()
    items[1].click()
    await flushPromises()
    expect(picked.value).toEqual([1, 2])
    w.unmount()
  })
})
