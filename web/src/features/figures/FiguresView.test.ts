// 统计看板 against a mocked fetch: the figures of the caller's congress and year in the four
// groupings the page draws, the congress and year then kept in the address; the KPI cards with
// their numerators and denominators; a card's number, a count and a league table's cell each
// open the drill-down of exactly that figure; another year asks again.
import { beforeEach, describe, expect, it } from 'vitest'
import { DOMWrapper, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { openSelect } from '@/test/select'
import { useAuthStore } from '@/stores/auth'
import FiguresView from './FiguresView.vue'
import { drillPage, figuresRouter, report, ROWS } from './fixtures'

const fetchMock = mockedFetch()
const settle = () => settleAfter(150)
const body = () => new DOMWrapper(document.body)
const urls = (prefix: string) =>
  fetchMock.mock.calls.map(([u]) => decodeURIComponent(String(u))).filter((u) => u.startsWith(prefix))

const NODE = { id: 1, name: '湖南省人民代表大会', path: '/1/', level: 'province', level_title: '省', code: '43' }

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  fetchMock.mockImplementation(async (input) => {
    const url = new URL(String(input), 'http://x')
    if (url.pathname === '/api/v1/figures/suggestions') {
      const by = (url.searchParams.get('group_by') ?? 'none') as keyof typeof ROWS
      const r = report(by, ROWS[by])
      const year = Number(url.searchParams.get('year') ?? 2026)
      return json(200, { ...r, year })
    }
    if (url.pathname === '/api/v1/figures/suggestions/items') return json(200, drillPage([]))
    if (url.pathname === '/api/v1/org/nodes/1') return json(200, NODE)
    if (url.pathname === '/api/v1/org/nodes')
      return json(200, { items: [NODE], page: 1, page_size: 50, total: 1, total_capped: false })
    return json(404, problem(404, 'not_found', '未找到'))
  })
})

async function mountView(path = '/figures') {
  useAuthStore().me = {
    id: 3,
    username: 'u',
    display_name: 'U',
    org_node_id: 1,
    grants: [],
    permissions: ['suggestion.read'],
  } as never
  const router = await figuresRouter(path)
  const w = mount(FiguresView, {
    global: { plugins: [ElementPlus, i18n, router], stubs: { FigureChart: true } },
    attachTo: document.body,
  })
  await settle()
  return { w, router }
}

describe('FiguresView', { timeout: 30_000 }, () => {
  it('reads the figures in each grouping and keeps the congress and year in the address', async () => {
    const { w, router } = await mountView()
    expect(urls('/api/v1/figures/suggestions?')).toEqual([
      '/api/v1/figures/suggestions?group_by=unit',
      '/api/v1/figures/suggestions?group_by=month',
      '/api/v1/figures/suggestions?group_by=org',
      '/api/v1/figures/suggestions?group_by=level',
    ])
    expect(router.currentRoute.value.query).toEqual({ org_node_id: '1', year: '2026' })
    expect(w.get('[data-test="figures-scope"]').text()).toContain('湖南省人民代表大会及下级人大，2026年')
    const onTime = w.get('[data-test="kpi-on_time"]')
    expect(onTime.get('[data-test="kpi-rate"]').text()).toBe('66.67%')
    expect(onTime.get('[data-test="kpi-numerator"]').text()).toBe('4')
    expect(onTime.get('[data-test="kpi-denominator"]').text()).toBe('6')
    for (const m of ['contact', 'satisfaction', 'resolution', 'implementation', 'rehandling', 'mean_answer_days'])
      expect(w.find(`[data-test="kpi-${m}"]`).exists()).toBe(true)
    // The league table: the units by resolution, 未交办 last.
    const units = w.findAll('[data-test="unit-league"] [data-test="league-unit"]').map((c) => c.text())
    expect(units).toEqual(['省交通运输厅', '省教育厅', '未交办'])
  })

  it('opens the drill-down of the number that was clicked', async () => {
    const { w } = await mountView()
    await w.get('[data-test="kpi-on_time"] [data-test="kpi-denominator"]').trigger('click')
    await settle()
    await w.get('[data-test="figures-counts"] [data-test="counter-b_slipped_satisfied"]').trigger('click')
    await settle()
    const row = w
      .findAll('[data-test="unit-league"] .el-table__body-wrapper tr')
      .find((r) => r.text().includes('省教育厅'))!
    await row.get('[data-test="league-satisfaction"] button:last-child').trigger('click')
    await settle()
    expect(urls('/api/v1/figures/suggestions/items')).toEqual([
      '/api/v1/figures/suggestions/items?org_node_id=1&year=2026&measure=on_time&part=denominator&page=1&page_size=20',
      '/api/v1/figures/suggestions/items?org_node_id=1&year=2026&measure=b_slipped_satisfied&part=numerator&page=1&page_size=20',
      '/api/v1/figures/suggestions/items?org_node_id=1&year=2026&group_by=unit&key=2&measure=satisfaction&part=denominator&page=1&page_size=20',
    ])
    expect(body().get('[data-test="figure-drill"]').text()).toContain('省教育厅 · 满意率 · 领衔代表已评价')
  })

  it('asks again for another year', async () => {
    await mountView('/figures?org_node_id=1&year=2026')
    fetchMock.mockClear()
    const options = await openSelect(body(), 'figures-year')
    const option = options.find((o) => o.textContent?.trim() === '2025年')!
    option.click()
    await settle()
    expect(urls('/api/v1/figures/suggestions?')).toContain(
      '/api/v1/figures/suggestions?org_node_id=1&year=2025&group_by=unit',
    )
  })
})
