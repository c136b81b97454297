// The 操作 column: 编辑 on every row, 删除 where allowed, the page's own buttons after them.
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElTable, ElTableColumn } from 'element-plus'
import { i18n } from '@/i18n'
import EditColumn from './EditColumn.vue'

const rows = [
  { id: 1, name: '湖南省人民代表大会', parent_id: null },
  { id: 4, name: '衡阳市人民代表大会', parent_id: 1 },
]

describe('EditColumn', () => {
  it('offers 编辑 on each row and 删除 where allowed, then the page’s buttons', async () => {
    const onEdit = vi.fn()
    const onDelete = vi.fn()
    const Host = defineComponent({
      setup: () => () =>
        h(ElTable, { data: rows }, () => [
          h(ElTableColumn, { prop: 'name', label: '名称' }),
          h(
            EditColumn,
            { deletable: (r: (typeof rows)[number]) => r.parent_id != null, onEdit, onDelete },
            { default: ({ row }: { row: (typeof rows)[number] }) => h('span', { class: 'own' }, `#${row.id}`) },
          ),
        ]),
    })
    const w = mount(Host, { global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
    await flushPromises()
    const body = w.findAll('.el-table__body-wrapper tbody tr')
    expect(body[0].text()).toContain('编辑')
    expect(body[0].text()).not.toContain('删除')
    expect(body[1].text()).toContain('删除')
    expect(body[1].find('.own').text()).toBe('#4')
    await body[1]
      .findAll('button')
      .find((b) => b.text() === '删除')!
      .trigger('click')
    expect(onDelete).toHaveBeenCalledWith(rows[1])
    await body[0]
      .findAll('button')
      .find((b) => b.text() === '编辑')!
      .trigger('click')
    expect(onEdit).toHaveBeenCalledWith(rows[0])
    w.unmount()
  })
})
