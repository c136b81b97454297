// A list filter: its label, 全部 when empty, options named by label-of or given as pairs, an
// option's own line through the slot, and data-test on the select.
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { openSelect } from '@/test/select'
import ElementPlus, { ElForm } from 'element-plus'
import { i18n } from '@/i18n'
import FilterInput from './FilterInput.vue'
import FilterSelect from './FilterSelect.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

function mountFilters(
  selectProps: { options: (string | { value: string; label: string })[]; labelOf?: (v: string | number) => string },
  slots: Record<string, unknown> = {},
) {
  const value = ref<string | undefined>('')
  const q = ref('')
  const Host = defineComponent({
    setup() {
      return () =>
        h(ElForm, { inline: true }, () => [
          h(FilterInput, {
            modelValue: q.value,
            'onUpdate:modelValue': (v: string) => (q.value = v),
            placeholder: '名称或编码',
            'data-test': 'filter-q',
          }),
          h(
            FilterSelect,
            {
              modelValue: value.value,
              'onUpdate:modelValue': (v: unknown) => (value.value = v as string | undefined),
              label: '状态',
              'data-test': 'filter-state',
              ...selectProps,
            },
            slots,
          ),
        ])
    },
  })
  const w = mount(Host, { global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
  return { w, value, q }
}

describe('FilterSelect and FilterInput', () => {
  it('label the filters, say 全部 when empty and name the options', async () => {
    const { w, value, q } = mountFilters({ options: ['handling', 'closed'], labelOf: (s) => `状态 ${s}` })
    expect(w.findAll('.el-form-item__label').map((l) => l.text())).toEqual(['关键词', '状态'])
    expect(w.get('[data-test="filter-state"]').text()).toContain('全部')
    const items = await openSelect(w, 'filter-state')
    expect(items.map((i) => i.textContent)).toEqual(['状态 handling', '状态 closed'])
    items[1].click()
    await flushPromises()
    expect(value.value).toBe('closed')
    await w.get('input[data-test="filter-q"]').setValue('教育')
    expect(q.value).toBe('教育')
    expect(w.get('input[data-test="filter-q"]').attributes('maxlength')).toBe('100')
    w.unmount()
  })

  it('takes {value, label} pairs and draws an option’s own line', async () => {
    const { w } = mountFilters(
      { options: [{ value: 'auth.login', label: '登录' }] },
      { option: ({ value, label }: { value: string; label: string }) => h('b', `${label}/${value}`) },
    )
    const items = await openSelect(w, 'filter-state')
    expect(items[0].innerHTML).toContain('<b>登录/auth.login</b>')
    w.unmount()
  })
})
