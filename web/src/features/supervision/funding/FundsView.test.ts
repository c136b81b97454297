// 经费保障 against a mocked fetch: the pools with their figures in yuan and the filters sent;
// 新建资金 and 编辑 only for the committee, the total read to fen, a budget line's code asked
// for, closing a pool asked once more; a pool's drawer with its grants; the 待核定经费 tab
// listing the open asks and granting one after reading the item's pools.
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { DOMWrapper, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { openSelect } from '@/test/select'
import { useAuthStore, type Permission } from '@/stores/auth'
import FundsView from './FundsView.vue'
import { granted, itemFunding, pool, request } from './fixtures'

const fetchMock = mockedFetch()
const settle = () => settleAfter(150)
const body = () => new DOMWrapper(document.body)

let confirm: MockInstance
const page = (items: unknown[]) => ({ items, page: 1, page_size: 20, total: items.length, total_capped: false })
const node = { id: 1, name: '湖南省人民代表大会', path: '/1/', level: 'province', level_title: '省级', code: '43' }

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
  confirm.mockClear()
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    const method = init?.method ?? 'GET'
    if (url.startsWith('/api/v1/supervision/funds?'))
      return json(
        200,
        page([
          pool(),
          pool({
            id: 4,
            name: '县级预算科目',
            source: 'budget_line',
            budget_line: '2120399 其他城乡社区管理事务支出',
            total_fen: 100_000,
            granted_fen: 0,
            spent_fen: 0,
            available_fen: 100_000,
            status: 'closed',
          }),
        ]),
      )
    if (url === '/api/v1/supervision/funds' && method === 'POST') return json(201, pool({ id: 7, name: '新资金' }))
    if (url === '/api/v1/supervision/funds/3' && method === 'GET') return json(200, pool({ can_manage: true }))
    if (url === '/api/v1/supervision/funds/7' && method === 'GET')
      return json(200, pool({ id: 7, name: '新资金', can_manage: true }))
    if (url === '/api/v1/supervision/funds/3' && method === 'PUT')
      return json(200, pool({ status: 'closed', version: 3 }))
    if (url.startsWith('/api/v1/supervision/funding?')) {
      const q = new URL(url, 'http://x').searchParams
      if (q.get('pool_id')) return json(200, page([granted()]))
      return json(200, page([request()]))
    }
    if (url === '/api/v1/supervision/items/42/funding')
      return json(200, itemFunding({ can_decide: true, pools: [pool()] }))
    if (url === '/api/v1/supervision/funding/9/grant') return json(200, itemFunding())
    if (url.startsWith('/api/v1/org/nodes/')) return json(200, node)
    if (url.startsWith('/api/v1/org/nodes')) return json(200, page([node]))
    return json(404, problem(404, 'not_found', '不存在'))
  })
})

async function mountView(permissions: Permission[], path = '/supervision/funds') {
  useAuthStore().me = { id: 3, username: 'u', display_name: 'U', org_node_id: 1, grants: [], permissions } as never
  const blank = { template: '<div />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/supervision/funds', name: 'fund-pools', component: FundsView },
      { path: '/suggestions/:id', name: 'suggestion-detail', component: blank },
    ],
  })
  await router.push(path)
  const w = mount(FundsView, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  await settle()
  return { w, router }
}

const calls = (prefix: string, method = 'GET') =>
  fetchMock.mock.calls
    .filter(([u, init]) => String(u).startsWith(prefix) && (init?.method ?? 'GET') === method)
    .map(([u, init]) => ({
      url: decodeURIComponent(String(u)),
      body: init?.body ? JSON.parse(String(init.body)) : null,
    }))

describe('FundsView — pools', { timeout: 30_000 }, () => {
  it('lists the pools in yuan with a usage bar, and sends the filters', async () => {
    const { w } = await mountView(['suggestion.read'])
    expect(calls('/api/v1/supervision/funds?')[0].url).toBe('/api/v1/supervision/funds?page=1&page_size=20')
    const trs = w.findAll('[data-test="pools-table"] .el-table__body-wrapper tr')
    expect(trs).toHaveLength(2)
    expect(trs[0].text()).toContain('5,000,000.00 元')
    expect(trs[0].text()).toContain('600,000.00 元')
    expect(trs[0].text()).toContain('200,000.00 元')
    expect(trs[0].get('[data-test="pool-available"]').text()).toBe('4,400,000.00 元')
    expect(trs[0].get('[data-test="pool-usage"]').text()).toBe('已核定 12%，已支出 4%')
    expect(trs[0].get('[data-test="pool-status"]').text()).toBe('使用中')
    expect(trs[1].text()).toContain('2120399 其他城乡社区管理事务支出')
    expect(trs[1].get('[data-test="pool-status"]').text()).toBe('已关闭')
    // A reader neither creates nor edits.
    expect(w.find('[data-test="pool-create"]').exists()).toBe(false)
    expect(w.find('[data-test="pool-edit"]').exists()).toBe(false)

    const statuses = await openSelect(body(), 'pools-status')
    statuses.find((o) => o.textContent?.includes('使用中'))!.click()
    const sources = await openSelect(body(), 'pools-source')
    sources.find((o) => o.textContent?.includes('预算科目'))!.click()
    await w.get('input[data-test="pools-q"]').setValue(' 专项 ')
    await w.get('[data-test="pools-filters"]').trigger('submit')
    await settle()
    expect(calls('/api/v1/supervision/funds?').at(-1)!.url).toBe(
      '/api/v1/supervision/funds?page=1&page_size=20&q=专项&status=open&source=budget_line',
    )
    w.unmount()
  })

  it('creates a pool: a budget line needs its code, the total is read to fen; then opens it', async () => {
    const { w } = await mountView(['supervision.manage'])
    await w.get('[data-test="pool-create"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="pool-dialog"]')
    await dialog.get('input[data-test="pool-name-input"]').setValue(' 新资金 ')
    await dialog.findAll('[data-test="pool-source"] input')[1].setValue(true)
    await settle()
    await dialog.get('input[data-test="pool-total"]').setValue('1,234,567.891')
    const save = async () => {
      await dialog.get('[data-test="pool-save"]').trigger('click')
      await settle()
    }
    await save()
    expect(dialog.text()).toContain('请填写预算科目')
    expect(dialog.text()).toContain('金额最多保留两位小数（精确到分）')
    expect(calls('/api/v1/supervision/funds', 'POST')).toHaveLength(0)

    await dialog.get('input[data-test="pool-budget-line"]').setValue('2120399 其他城乡社区管理事务支出')
    await dialog.get('input[data-test="pool-total"]').setValue('1,234,567.89')
    await save()
    expect(calls('/api/v1/supervision/funds', 'POST').map((c) => c.body)).toEqual([
      {
        org_node_id: 1,
        year: new Date().getFullYear(),
        name: '新资金',
        source: 'budget_line',
        budget_line: '2120399 其他城乡社区管理事务支出',
        total_fen: 123_456_789,
      },
    ])
    expect(body().get('[data-test="pool-drawer"]').text()).toContain('新资金')
    expect(calls('/api/v1/supervision/funding?pool_id=7')).toHaveLength(1)
    w.unmount()
  })

  it('edits a pool as it is now; closing it is asked once more', async () => {
    const { w } = await mountView(['supervision.manage'])
    await w.findAll('[data-test="pool-edit"]')[0].trigger('click')
    await settle()
    expect(calls('/api/v1/supervision/funds/3')).toHaveLength(1)
    const dialog = body().get('[data-test="pool-dialog"]')
    expect(dialog.get<HTMLInputElement>('input[data-test="pool-total"]').element.value).toBe('5,000,000.00')
    const save = async () => {
      await dialog.get('[data-test="pool-save"]').trigger('click')
      await settle()
    }
    // Not below what it granted (600,000.00 元).
    await dialog.get('input[data-test="pool-total"]').setValue('599,999.99')
    await save()
    expect(dialog.text()).toContain('资金总额不能低于已核定的 600,000.00 元')

    await dialog.get('input[data-test="pool-total"]').setValue('600,000')
    await dialog.findAll('[data-test="pool-status"] input')[1].setValue(true)
    confirm.mockRejectedValueOnce('cancel')
    await save()
    expect(String(confirm.mock.calls[0][0])).toContain('关闭后“代表建议办理专项资金”不再用于核定经费')
    expect(calls('/api/v1/supervision/funds/3', 'PUT')).toHaveLength(0)

    await save()
    expect(calls('/api/v1/supervision/funds/3', 'PUT').map((c) => c.body)).toEqual([
      {
        version: 2,
        status: 'closed',
        name: '代表建议办理专项资金',
        source: 'special_fund',
        budget_line: '',
        total_fen: 60_000_000,
        note: '财政部门年初安排',
      },
    ])
    w.unmount()
  })

  it('opens the pool the address names, with the grants made from it', async () => {
    const { w, router } = await mountView(['suggestion.read'], '/supervision/funds?pool=3')
    const drawer = body().get('[data-test="pool-drawer"]')
    expect(drawer.get('[data-test="pool-drawer-available"]').text()).toBe('4,400,000.00 元')
    expect(drawer.get('[data-test="pool-usage"]').text()).toBe('已核定 12%，已支出 4%')
    expect(drawer.find('[data-test="pool-drawer-edit"]').exists()).toBe(true)
    const grants = drawer.findAll('[data-test="pool-grants"] .el-table__body-wrapper tr')
    expect(grants).toHaveLength(1)
    expect(grants[0].text()).toContain('6,000.00 元')
    expect(grants[0].get('a[data-test="pool-grant-item"]').attributes('href')).toBe('/suggestions/42')
    expect(calls('/api/v1/supervision/funding?')[0].url).toBe(
      '/api/v1/supervision/funding?pool_id=3&page=1&page_size=20',
    )
    expect(router.currentRoute.value.query.pool).toBe('3')
    w.unmount()
  })
})

describe('FundsView — asks', { timeout: 30_000 }, () => {
  it('lists the open asks and grants one from the item’s pools', async () => {
    const { w } = await mountView(['supervision.manage'], '/supervision/funds?tab=asks')
    expect(calls('/api/v1/supervision/funding?')[0].url).toBe(
      '/api/v1/supervision/funding?page=1&page_size=20&sort=-created_at&status=asked',
    )
    const trs = w.findAll('[data-test="asks-table"] .el-table__body-wrapper tr')
    expect(trs).toHaveLength(1)
    expect(trs[0].get('[data-test="ask-amount"]').text()).toBe('8,000.00 元')
    expect(trs[0].get('a[data-test="ask-item"]').attributes('href')).toBe('/suggestions/42')
    expect(trs[0].text()).toContain('省教育厅')
    expect(trs[0].text()).toContain('道路硬化 1.2 公里')

    await trs[0].get('[data-test="ask-grant"]').trigger('click')
    await settle()
    expect(calls('/api/v1/supervision/items/42/funding')).toHaveLength(1)
    const dialog = body().get('[data-test="funding-grant-dialog"]')
    await dialog.get('input[data-test="funding-grant-amount"]').setValue('5,000')
    await dialog.get('[data-test="funding-grant-save"]').trigger('click')
    await settle()
    expect(calls('/api/v1/supervision/funding/9/grant', 'POST').map((c) => c.body)).toEqual([
      { version: 1, pool_id: 3, granted_fen: 500_000 },
    ])
    expect(calls('/api/v1/supervision/funding?')).toHaveLength(2)
    w.unmount()
  })

  it('offers no decision to a reader', async () => {
    const { w } = await mountView(['suggestion.read'], '/supervision/funds?tab=asks')
    expect(w.find('[data-test="ask-grant"]').exists()).toBe(false)
    expect(w.find('[data-test="ask-refuse"]').exists()).toBe(false)
    w.unmount()
  })
})
