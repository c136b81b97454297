// The congress of a record in its dialog: picked for a new record, shown by name (and not
// picked again) once it exists; the server's error on it stands under the field.
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus, { ElForm } from 'element-plus'
import { i18n } from '@/i18n'
import { json, settle, mockedFetch } from '@/test/http'
import { useLookupStore } from '@/stores/lookups'
import OrgNodeField from './OrgNodeField.vue'

const fetchMock = mockedFetch()
const node = { id: 4, name: '衡阳市人民代表大会', level: 'city', path: '/1/4/', parent_id: 1 }

function mountField(editing: unknown, errors: Record<string, string> = {}) {
  fetchMock.mockImplementation(async (input) =>
    String(input).includes('/org/nodes/4')
      ? json(200, node)
      : json(200, { items: [node], page: 1, page_size: 50, total: 1, total_capped: false }),
  )
  const Host = defineComponent({
    setup() {
      const value = ref<number | null>(4)
      const dialog = { editing: ref(editing), fieldErrors: errors }
      return () =>
        h(ElForm, { model: { org_node_id: value.value } }, () =>
          h(OrgNodeField, {
            modelValue: value.value,
            'onUpdate:modelValue': (v: number | null) => (value.value = v),
            label: '所属人大',
            dialog,
          }),
        )
    },
  })
  return mount(Host, { global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
}

describe('OrgNodeField', () => {
  it('offers the pick for a new record', async () => {
    const w = mountField(null, { org_node_id: '请选择所属人大' })
    await settle()
    expect(w.find('.el-select').exists()).toBe(true)
    expect(w.get('.el-form-item__label').text()).toBe('所属人大')
    expect(w.get('.el-form-item__error').text()).toBe('请选择所属人大')
    w.unmount()
  })

  it('shows the congress of an existing record by name', async () => {
    useLookupStore().nodes.remember([node as never])
    const w = mountField({ id: 9, org_node_id: 4 })
    await settle()
    expect(w.find('.el-select').exists()).toBe(false)
    expect(w.get('.el-form-item__content').text()).toBe('衡阳市人民代表大会')
    w.unmount()
  })
})
