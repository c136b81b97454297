// Filters written as a table: one FilterSelect a row, bound to its key in the list's filters.
import { afterEach, describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { openSelect } from '@/test/select'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import FilterSelects, { type SelectFilter } from './FilterSelects.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('FilterSelects', () => {
  it('draws a filter a row and writes the picked value to its key', async () => {
    const filters = reactive({ state: '', unit_id: null as number | null })
    const specs: SelectFilter<typeof filters>[] = [
      { key: 'state', label: '状态', options: ['handling'], labelOf: (s) => `办理中 ${s}`, test: 'filter-state' },
      {
        key: 'unit_id',
        label: '单位',
        options: [{ value: 7, label: '省教育厅' }],
        filterable: true,
        test: 'filter-unit',
      },
    ]
    const w = mount(FilterSelects<typeof filters>, {
      props: { filters, specs },
      global: { plugins: [ElementPlus, i18n] },
      attachTo: document.body,
    })
    expect(w.findAll('.el-form-item__label').map((l) => l.text())).toEqual(['状态', '单位'])
    const unit = (await openSelect(w, 'filter-unit')).find((i) => i.textContent === '省教育厅')
    unit!.click()
    await flushPromises()
    expect(filters).toEqual({ state: '', unit_id: 7 })
    w.unmount()
  })
})
