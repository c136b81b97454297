// 承办单位考评 against a mocked fetch: the scorecards of the caller's congress and year, the
// congress and year then kept in the address; the weights in force saying they are the
// defaults; the formula in words; the ranking with the units without a score explained; a
// rate's number opens the unit's figure on 统计看板; 权重设置 only with the server's
// can_manage, and the ranking read again after saving; another year asks again.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'
import { json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { openSelect } from '@/test/select'
import { useAuthStore } from '@/stores/auth'
import { drillPage, figuresRouter } from '@/features/figures/fixtures'
import ScorecardsView from './ScorecardsView.vue'
import { scorecards } from './fixtures'
import type { UnitScorecards } from './scorecards'

const fetchMock = mockedFetch()
const settle = () => settleAfter(150)
const body = () => new DOMWrapper(document.body)
const urls = (prefix: string) =>
  fetchMock.mock.calls
    .filter(([, init]) => (init?.method ?? 'GET') === 'GET')
    .map(([u]) => decodeURIComponent(String(u)))
    .filter((u) => u.startsWith(prefix))

const NODE = { id: 1, name: '湖南省人民代表大会', path: '/1/', level: 'province', level_title: '省', code: '43' }
let answer: Partial<UnitScorecards>

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  answer = {}
  vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
  fetchMock.mockImplementation(async (input, init) => {
    const url = new URL(String(input), 'http://x')
    if (url.pathname === '/api/v1/supervision/scorecards/weights' && init?.method === 'PUT')
      return json(200, scorecards({ ...answer, default_weights: false }))
    if (url.pathname === '/api/v1/supervision/scorecards') {
      const year = Number(url.searchParams.get('year') ?? 2026)
      return json(200, scorecards({ ...answer, year }))
    }
    if (url.pathname === '/api/v1/figures/suggestions/items') return json(200, drillPage([]))
    if (url.pathname === '/api/v1/org/nodes/1') return json(200, NODE)
    if (url.pathname === '/api/v1/org/nodes')
      return json(200, { items: [NODE], page: 1, page_size: 50, total: 1, total_capped: false })
    return json(404, problem(404, 'not_found', '未找到'))
  })
})

async function mountView(path = '/supervision/scorecards') {
  useAuthStore().me = {
    id: 3,
    username: 'u',
    display_name: 'U',
    org_node_id: 1,
    grants: [],
    permissions: ['suggestion.read'],
  } as never
  const router = await figuresRouter(path)
  const w = mount(ScorecardsView, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  await settle()
  return { w, router }
}

describe('ScorecardsView', { timeout: 30_000 }, () => {
  it('reads the scorecards, keeps the congress and year in the address and says how they are scored', async () => {
    const { w, router } = await mountView()
    expect(urls('/api/v1/supervision/scorecards')).toEqual(['/api/v1/supervision/scorecards'])
    expect(router.currentRoute.value.query).toEqual({ org_node_id: '1', year: '2026' })
    const inForce = w.get('[data-test="scorecards-weights-in-force"]')
    expect(inForce.get('[data-test="scorecards-weights-kind"]').text()).toBe('默认权重')
    expect(inForce.get('[data-test="scorecards-default-note"]').text()).toBe('2026年尚未设定权重，使用默认权重。')
    expect(inForce.get('[data-test="weight-in-force-resolution"]').text()).toBe('问题解决率 25')
    expect(w.get('[data-test="scorecards-formula"]').text()).toContain('某项没有数据的不计入，由其余各项按权重顶上')
    expect(w.findAll('[data-test="sc-score"]').map((c) => c.text())).toEqual(['75.04', '58.33', '—'])
    expect(w.get('[data-test="scorecards-unscored"]').text()).toBe(
      '另有 1 个单位各项都没有数据，暂无得分，排在最后，不参加排名。',
    )
    expect(w.get('[data-test="scorecards-figures"]').attributes('href')).toBe('/figures?org_node_id=1&year=2026')
    expect(w.find('[data-test="scorecards-weights"]').exists()).toBe(true)
    w.unmount()
  })

  it('hides 权重设置 without can_manage, and names weights the committee set', async () => {
    answer = { can_manage: false, default_weights: false }
    const { w } = await mountView('/supervision/scorecards?org_node_id=1&year=2026')
    expect(urls('/api/v1/supervision/scorecards')).toEqual(['/api/v1/supervision/scorecards?org_node_id=1&year=2026'])
    expect(w.find('[data-test="scorecards-weights"]').exists()).toBe(false)
    expect(body().find('[data-test="weights-dialog"]').exists()).toBe(false)
    expect(w.get('[data-test="scorecards-weights-kind"]').text()).toBe('本年度已设定')
    expect(w.find('[data-test="scorecards-default-note"]').exists()).toBe(false)
    w.unmount()
  })

  it('opens the unit’s figure on 统计看板 from a rate', async () => {
    const { w } = await mountView()
    const row = w.findAll('[data-test="scorecard-table"] .el-table__body-wrapper tr')[0]
    await row.get('[data-test="sc-on_time"] button[data-test="sc-value"]').trigger('click')
    await settle()
    expect(urls('/api/v1/figures/suggestions/items')).toEqual([
      '/api/v1/figures/suggestions/items?org_node_id=1&year=2026&group_by=unit&key=2&measure=on_time&part=numerator&page=1&page_size=20',
    ])
    expect(body().get('[data-test="figure-drill"] .el-drawer__title').text()).toBe('省教育厅 · 按时答复率 · 按期答复')
    w.unmount()
  })

  it('saves the weights and reads the ranking again', async () => {
    const { w } = await mountView()
    await w.get('[data-test="scorecards-weights"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="weights-dialog"]')
    expect(dialog.get('[data-test="weights-sum"]').text()).toBe('权重合计 100（应为 100）')
    await dialog.get('[data-test="weights-save"]').trigger('click')
    await settle()
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!
    expect(JSON.parse(String(put[1]!.body))).toEqual({ org_node_id: 1, year: 2026, weights: scorecards().weights })
    expect(urls('/api/v1/supervision/scorecards')).toEqual([
      '/api/v1/supervision/scorecards',
      '/api/v1/supervision/scorecards?org_node_id=1&year=2026',
    ])
    w.unmount()
  })

  it('asks again for another year', async () => {
    const { w } = await mountView('/supervision/scorecards?org_node_id=1&year=2026')
    fetchMock.mockClear()
    const options = await openSelect(body(), 'scorecards-year')
    options.find((o) => o.textContent?.trim() === '2025年')!.click()
    await settle()
    expect(urls('/api/v1/supervision/scorecards')).toEqual(['/api/v1/supervision/scorecards?org_node_id=1&year=2025'])
    w.unmount()
  })
})
