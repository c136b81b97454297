// The list page (ListPage.vue + useList): title row, filter bar with 查询 and 重置, the table
// with its empty texts, the pager, the phone cards; confirmed row actions (confirmDelete,
// confirmAction) ask first, report, reload, and show a refusal without reloading.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox, ElTableColumn } from 'element-plus'
import { ApiError } from '@/api/client'
import { i18n } from '@/i18n'
import { textItem } from '@/test/form'
import { useList, type ListQuery, type PageResult } from '@/composables/useList'
import ListPage from './ListPage.vue'

interface Row {
  id: number
  name: string
}

const page = (items: Row[], total = items.length): PageResult<Row> => ({
  items,
  page: 1,
  page_size: 20,
  total,
  total_capped: false,
})

async function settle(): Promise<void> {
  await flushPromises()
  await new Promise((r) => setTimeout(r, 20))
  await flushPromises()
}

let confirm: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
})
afterEach(() => {
  confirm.mockRestore()
  document.body.innerHTML = ''
})

function makeList(rows: Row[]) {
  const fetchPage = vi.fn(async (_q: ListQuery & { q?: string }) => page(rows))
  const list = useList<Row, { q: string }>(fetchPage, { q: '' })
  return { list, fetchPage }
}

function mountPage(
  list: ReturnType<typeof makeList>['list'],
  props: Record<string, unknown> = {},
  slots: Record<string, () => unknown> = {},
) {
  const Host = defineComponent({
    setup() {
      return () =>
        h(
          ListPage,
          { list, title: '承办单位', desc: '说明文字', tableTest: 'rows-table', ...props },
          {
            ...slots,
            actions: () => h('button', { 'data-test': 'create' }, '新增'),
            filters: () => textItem(list.filters, 'q', '关键词', { 'data-test': 'q' }),
            default: () => [
              h(ElTableColumn, { type: 'selection' }),
              h(ElTableColumn, { prop: 'name', label: '名称', sortable: 'custom' }),
            ],
            cards: () => h('div', { 'data-test': 'cards' }, list.items.value.map((r) => r.name).join(',')),
          },
        )
    },
  })
  return mount(Host, { global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
}

describe('ListPage', () => {
  it('shows the title row, filters, table and pager; 查询 searches and 重置 clears', async () => {
    const { list, fetchPage } = makeList([
      { id: 1, name: '省教育厅' },
      { id: 2, name: '省交通运输厅' },
    ])
    const w = mountPage(list)
    await list.load()
    await settle()
    expect(w.find('.page-title').text()).toBe('承办单位')
    expect(w.find('.page-desc').text()).toBe('说明文字')
    expect(w.find('.head-actions [data-test="create"]').exists()).toBe(true)
    expect(w.get('[data-test="rows-table"]').text()).toContain('省交通运输厅')
    expect(w.get('[data-test="pager-total"]').text()).toBe('共 2 条')

    await w.get('input[data-test="q"]').setValue('教育')
    await w.get('[data-test="filter-search"]').trigger('click')
    await settle()
    expect(fetchPage.mock.calls.at(-1)![0]).toMatchObject({ q: '教育', page: 1 })

    await w
      .findAll('.filter-buttons .el-button')
      .find((b) => b.text() === '重置')!
      .trigger('click')
    await settle()
    expect(list.filters.q).toBe('')
    expect(fetchPage.mock.calls.at(-1)![0]).not.toHaveProperty('q')
    w.unmount()
  })

  it('says why the table is empty, and shows the cards instead of the table at phone width', async () => {
    const { list } = makeList([])
    const w = mountPage(list, { emptyText: '暂无代表' })
    await list.load()
    await settle()
    expect(w.get('[data-test="rows-table"]').text()).toContain('暂无代表')
    list.filters.q = '无此单位'
    await list.search()
    await settle()
    expect(w.get('[data-test="rows-table"]').text()).toContain('没有符合条件的记录')
    w.unmount()

    const none = makeList([])
    const emptyCards = mountPage(none.list, { cards: true, cardsTest: 'row-cards', emptyText: '暂无代表' })
    await none.list.load()
    await settle()
    expect(emptyCards.get('[data-test="row-cards"]').text()).toContain('暂无代表')
    none.list.filters.q = '无此单位'
    await none.list.search()
    await settle()
    expect(emptyCards.get('[data-test="row-cards"]').text()).toContain('没有符合条件的记录')
    emptyCards.unmount()

    const withRows = makeList([{ id: 1, name: '省教育厅' }])
    const phone = mountPage(withRows.list, { cards: true })
    await withRows.list.load()
    await settle()
    expect(phone.find('[data-test="rows-table"]').exists()).toBe(false)
    expect(phone.get('[data-test="cards"]').text()).toBe('省教育厅')
    phone.unmount()
  })

  it('shows what stands above the filters and under the empty text', async () => {
    const { list } = makeList([])
    const w = mountPage(
      list,
      {},
      {
        top: () => h('div', { 'data-test': 'counters' }, '3'),
        empty: () => h('button', { 'data-test': 'create-first' }, '新增第一个'),
      },
    )
    await list.load()
    await settle()
    const card = w.get('.page-card').element
    const counters = w.get('[data-test="counters"]').element
    expect(
      counters.compareDocumentPosition(w.get('.filter-bar').element) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()
    expect(card.contains(counters)).toBe(true)
    expect(w.get('[data-test="rows-table"] [data-test="create-first"]').text()).toBe('新增第一个')
    w.unmount()
  })

  it('offers the 新增 button first in the title row when named', async () => {
    const { list } = makeList([])
    const create = vi.fn()
    const w = mountPage(list, { createText: '新增单位', createTest: 'create-unit', onCreate: create })
    const buttons = w.findAll('.head-actions > *')
    expect(buttons[0].attributes('data-test')).toBe('create-unit')
    expect(buttons[1].attributes('data-test')).toBe('create')
    await w.get('[data-test="create-unit"]').trigger('click')
    expect(create).toHaveBeenCalledOnce()
    w.unmount()
    const none = mountPage(makeList([]).list)
    expect(none.find('.head-actions .el-button--primary').exists()).toBe(false)
    none.unmount()
  })

  it('opens with the list’s sort on its column and reports the rows picked', async () => {
    const { list } = makeList([
      { id: 1, name: '省教育厅' },
      { id: 2, name: '省交通运输厅' },
    ])
    list.sort.value = '-name'
    const picked = vi.fn()
    const w = mountPage(list, { onSelectionChange: picked })
    await list.load()
    await settle()
    expect(w.find('th.descending').text()).toContain('名称')
    await w.get('[data-test="rows-table"] tbody .el-checkbox__original').setValue(true)
    await settle()
    expect(picked).toHaveBeenLastCalledWith([{ id: 1, name: '省教育厅' }])
    w.unmount()
  })
})

describe('useList confirmed actions', () => {
  it('confirmDelete asks first, deletes, says so and reloads', async () => {
    const { list, fetchPage } = makeList([{ id: 1, name: '省教育厅' }])
    const remove = vi.fn(async () => undefined)

    confirm.mockRejectedValueOnce('cancel')
    expect(await list.confirmDelete('确定删除“省教育厅”吗？', remove)).toBe(false)
    expect(remove).not.toHaveBeenCalled()
    expect(fetchPage).not.toHaveBeenCalled()

    expect(await list.confirmDelete('确定删除“省教育厅”吗？', remove)).toBe(true)
    expect(confirm.mock.calls[1][0]).toBe('确定删除“省教育厅”吗？')
    expect(confirm.mock.calls[1][1]).toBe('删除确认')
    expect(confirm.mock.calls[1][2]).toMatchObject({
      confirmButtonText: '删除',
      confirmButtonClass: 'el-button--danger',
    })
    expect(remove).toHaveBeenCalledTimes(1)
    expect(fetchPage).toHaveBeenCalledTimes(1)
    await settle()
    expect(document.body.textContent).toContain('删除成功')
  })

  it('confirmAction hands the answer to the report, and a refusal is shown without reloading', async () => {
    const { list, fetchPage } = makeList([])
    const report = vi.fn()
    expect(
      await list.confirmAction(
        { message: '确定停用吗？', confirmText: '停用' },
        async () => ({ pending_request: { id: 3 } }),
        report,
      ),
    ).toBe(true)
    expect(confirm.mock.calls[0][1]).toBe('操作确认')
    expect(confirm.mock.calls[0][2]).not.toHaveProperty('confirmButtonClass')
    expect(report).toHaveBeenCalledWith({ pending_request: { id: 3 } })
    expect(fetchPage).toHaveBeenCalledTimes(1)

    const refused = new ApiError({ status: 409, code: 'conflict', detail: '记录已被他人修改，请刷新后重试' })
    expect(
      await list.confirmAction(
        { message: '确定删除吗？', confirmText: '删除', danger: true },
        async () => {
          throw refused
        },
        '已删除',
      ),
    ).toBe(false)
    expect(fetchPage).toHaveBeenCalledTimes(1)
    await settle()
    expect(document.body.textContent).toContain('记录已被他人修改，请刷新后重试')
    expect(document.body.textContent).not.toContain('已删除')
  })
})
