// The list page whose rows are edited in one dialog: the texts under one key, 新增 and the
// 操作 column only for managers (or the column for all, its buttons deciding), 编辑 opens the
// dialog titled 编辑…, and the data-test names follow the row's name.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, reactive, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElTableColumn } from 'element-plus'
import { i18n } from '@/i18n'
import { textItem } from '@/test/form'
import { useList, type PageResult } from '@/composables/useList'
import { useEditList } from '@/composables/useEditList'
import EditListPage from './EditListPage.vue'

interface Row {
  id: number
  name: string
}

afterEach(() => {
  document.body.innerHTML = ''
})

async function mountPage(canManage: boolean, props: Record<string, unknown> = {}) {
  const rows: Row[] = [{ id: 1, name: '省教育厅' }]
  const fetchPage = async (): Promise<PageResult<Row>> => ({
    items: rows,
    page: 1,
    page_size: 20,
    total: 1,
    total_capped: false,
  })
  const save = vi.fn(async () => undefined)
  const Host = defineComponent({
    setup() {
      const list = useList<Row, { q: string }>(fetchPage, { q: '' })
      const form = reactive({ name: '' })
      const page = useEditList<Row, typeof form>(list, form, {
        canManage: ref(canManage),
        blank: () => ({ name: '' }),
        values: (row) => ({ name: row.name }),
        save,
      })
      void list.load()
      return () =>
        h(
          EditListPage,
          { page, texts: 'org.units', name: 'unit', ...props },
          {
            default: () => h(ElTableColumn, { prop: 'name', label: '名称' }),
            'row-actions': ({ row }: { row: Row }) => h('span', { class: 'own' }, `#${row.id}`),
            fields: () => textItem(form, 'name', '名称', { class: 'name' }),
          },
        )
    },
  })
  const w = mount(Host, { global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
  await flushPromises()
  await new Promise((r) => setTimeout(r, 20))
  return { w, save }
}

describe('EditListPage', () => {
  it('lets a manager create and edit in the dialog', async () => {
    const { w, save } = await mountPage(true)
    expect(w.find('.page-title').text()).toBe('承办单位')
    expect(w.get('[data-test="create-unit"]').text()).toBe('新增承办单位')
    expect(w.get('[data-test="units-table"]').text()).toContain('#1')

    const edit = w.findAll('[data-test="units-table"] .el-button').find((b) => b.text() === '编辑')!
    await edit.trigger('click')
    await flushPromises()
    const dialog = document.querySelector('[data-test="unit-dialog"]')!
    expect(dialog.querySelector('.el-dialog__title')!.textContent).toBe('编辑承办单位')
    expect((dialog.querySelector('input.el-input__inner, .name input') as HTMLInputElement).value).toBe('省教育厅')
    ;(document.querySelector('[data-test="dialog-save"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(save).toHaveBeenCalledWith({ id: 1, name: '省教育厅' })
    w.unmount()
  })

  it('offers neither 新增 nor the 操作 column to others, unless the column is for all', async () => {
    const { w } = await mountPage(false)
    expect(w.find('[data-test="create-unit"]').exists()).toBe(false)
    expect(w.get('[data-test="units-table"]').text()).not.toContain('#1')
    w.unmount()

    const forAll = await mountPage(false, { actionsForAll: true })
    const table = forAll.w.get('[data-test="units-table"]')
    expect(table.text()).toContain('#1')
    expect(table.findAll('.el-button').some((b) => b.text() === '编辑')).toBe(false)
    forAll.w.unmount()
  })
})
