// The home page (工作台) against a mocked fetch, for each role by the permissions it holds: the
// queues it shows, each counting the board under the queue's filters (page_size=1) and
// linking to the same filtered board; a deputy's suggestions by stage and what waits for them
// (the item's own buttons asked); the key figures for their readers; the organisation's counts
// only for a system administrator.
import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { useAuthStore, type Permission, type RoleName } from '@/stores/auth'
import { SUGGESTION, suggestion } from '@/test/suggestion'
import type { Summary } from '@/features/suggestions/model'
import { board, unitRow } from '@/features/supervision/fixtures'
import { figuresRouter, report } from '@/features/figures/fixtures'
import HomeView from './HomeView.vue'

const fetchMock = mockedFetch()
const settle = () => settleAfter(200)

const NODE = { id: 1, name: '湖南省人民代表大会', path: '/1/', level: 'province', level_title: '省', code: '43' }
const page = (items: unknown[], total = items.length) => ({ items, page: 1, page_size: 20, total, total_capped: false })
const summary = (changes: Partial<Summary>) => ({ ...SUGGESTION, ...changes }) as Summary

/** The board's totals by filter (box, state, flag as the query sends them). */
let totals: Record<string, number>
/** A deputy's own items (box=mine). */
let mine: Summary[]

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  totals = {
    'box=unit&state=assigned': 1,
    'box=unit&state=handling': 2,
    'box=unit&state=rehandling': 0,
    'box=unit&state=answer_drafted': 1,
    'box=unit&flag=due_soon': 3,
    'box=unit&flag=overdue': 6,
    'box=review&state=submitted': 4,
    'box=review&state=initial_reviewed': 5,
    'state=accepted': 7,
    'state=reassignment_requested': 1,
    'flag=overdue': 8,
    'flag=very_overdue': 2,
    'box=supervised': 4,
    'box=supervised&flag=overdue': 2,
  }
  mine = [
    summary({ id: 1, state: 'draft', title: '草稿一件' }),
    summary({ id: 2, state: 'returned', title: '退回的一件' }),
    summary({ id: 3, state: 'submitted' }),
    summary({ id: 4, state: 'handling' }),
    summary({ id: 5, state: 'assigned' }),
    summary({ id: 6, state: 'answered', title: '已答复的一件' }),
    summary({ id: 8, state: 'answered', title: '已评价过的联名件', lead_person_id: 9 }),
    summary({ id: 7, state: 'closed' }),
  ]
  fetchMock.mockImplementation(async (input) => {
    const url = new URL(String(input), 'http://x')
    const q = url.searchParams
    if (url.pathname === '/api/v1/suggestions') {
      if (q.get('box') === 'mine' && q.get('page_size') === '100') return json(200, page(mine))
      if (q.get('flag') && q.get('sort') === 'next_due_on') return json(200, page([]))
      const key = ['box', 'state', 'flag']
        .filter((k) => q.get(k))
        .map((k) => `${k}=${q.get(k)}`)
        .join('&')
      return json(200, page([], totals[key] ?? 0))
    }
    const detail = /^\/api\/v1\/suggestions\/(\d+)$/.exec(url.pathname)
    if (detail) {
      const id = Number(detail[1])
      // Item 6 waits for the deputy's evaluation; item 8 was evaluated already.
      return json(200, suggestion({ id, available_actions: id === 6 ? [{ name: 'evaluate', title: '评价' }] : [] }))
    }
    if (url.pathname === '/api/v1/figures/suggestions') return json(200, report('none'))
    if (url.pathname === '/api/v1/supervision/clearing')
      return json(
        200,
        board({ units: [unitRow(2, '省教育厅', { overdue: 7 }), unitRow(3, '省民政厅', { overdue: 0 })] }),
      )
    if (url.pathname === '/api/v1/notifications') return json(200, { ...page([]), unread: 3 })
    if (url.pathname === '/api/v1/org/nodes/1') return json(200, NODE)
    if (url.pathname.startsWith('/api/v1/org/') || url.pathname === '/api/v1/users') return json(200, page([], 5))
    return json(404, problem(404, 'not_found', '未找到'))
  })
})

async function mountHome(role: RoleName, permissions: Permission[], person_id: number | null = null) {
  useAuthStore().me = {
    id: 3,
    username: 'u',
    display_name: '王晓燕',
    org_node_id: 1,
    person_id,
    unit_id: null,
    grants: [{ role, role_title: role, org_node_id: 1, org_name: '湖南省人民代表大会' }],
    permissions,
  } as never
  const router = await figuresRouter('/')
  const w = mount(HomeView, {
    global: { plugins: [ElementPlus, i18n, router], stubs: { OrgLevelChart: true } },
    attachTo: document.body,
  })
  await settle()
  return w
}

const boardCounts = () =>
  fetchMock.mock.calls
    .map(([u]) => decodeURIComponent(String(u)))
    .filter((u) => u.startsWith('/api/v1/suggestions?') && u.includes('page_size=1') && !u.includes('page_size=10'))
const sections = (w: Awaited<ReturnType<typeof mountHome>>) =>
  ['deputy', 'unit', 'staff', 'supervised', 'figures', 'org'].filter((s) => w.find(`[data-test="home-${s}"]`).exists())
const queues = (w: Awaited<ReturnType<typeof mountHome>>, section: string) =>
  w
    .findAll(`[data-test="home-${section}"] .queue`)
    .map((q) => [
      q.attributes('data-test')!.replace('queue-', ''),
      q.find('[data-test="queue-count"]').text(),
      q.get('a').attributes('href'),
    ])

describe('HomeView', { timeout: 30_000 }, () => {
  it("shows a unit officer his unit's queues, counted and linked to the board", async () => {
    const w = await mountHome('unit_officer', ['org.read', 'suggestion.handle'])
    expect(sections(w)).toEqual(['unit', 'figures'])
    expect(queues(w, 'unit')).toEqual([
      ['sign_for', '1', '/suggestions?box=unit&state=assigned'],
      ['handling', '2', '/suggestions?box=unit&state=handling'],
      ['rehandling', '0', '/suggestions?box=unit&state=rehandling'],
      ['due_soon', '3', '/suggestions?box=unit&flag=due_soon'],
      ['overdue', '6', '/suggestions?box=unit&flag=overdue'],
    ])
    expect(boardCounts()).toContain('/api/v1/suggestions?box=unit&state=assigned&page=1&page_size=1')
    expect(w.find('[data-test="stat-nodes"]').exists()).toBe(false)
    expect(w.get('[data-test="home-unread"]').text()).toBe('您有 3 条未读消息')
    // The unit's own figures (the server gives its officers those only), without the dashboard.
    const figures = w.get('[data-test="home-figures"]')
    expect(figures.text()).toContain('本单位2026年办理成效')
    expect(figures.findAll('.kpi').map((k) => k.attributes('data-test'))).toEqual([
      'kpi-on_time',
      'kpi-contact',
      'kpi-resolution',
      'kpi-satisfaction',
    ])
    expect(figures.find('[data-test="home-figures-link"]').exists()).toBe(false)
  })

  it('leaves the figures out when the server gives the unit none', async () => {
    const base = fetchMock.getMockImplementation()!
    fetchMock.mockImplementation(async (input, init) =>
      String(input).startsWith('/api/v1/figures')
        ? json(403, problem(403, 'permission_denied', '没有权限'))
        : base(input, init),
    )
    const w = await mountHome('unit_officer', ['org.read', 'suggestion.handle'])
    expect(sections(w)).toEqual(['unit'])
  })

  it('adds 待签发 for a unit head', async () => {
    const w = await mountHome('unit_head', ['org.read', 'suggestion.handle', 'suggestion.sign_off'])
    expect(queues(w, 'unit').map((q) => q[0])).toContain('answer_drafted')
    expect(w.get('[data-test="queue-answer_drafted"] a').attributes('href')).toBe(
      '/suggestions?box=unit&state=answer_drafted',
    )
  })

  it('shows liaison staff the reviews, assignments and overdue units, and the key figures', async () => {
    const w = await mountHome('liaison_staff', [
      'org.read',
      'suggestion.read',
      'suggestion.review',
      'suggestion.manage',
      'supervision.manage',
    ])
    expect(sections(w)).toEqual(['staff', 'figures'])
    expect(queues(w, 'staff')).toEqual([
      ['review_initial', '4', '/suggestions?box=review&state=submitted'],
      ['review_final', '5', '/suggestions?box=review&state=initial_reviewed'],
      ['unassigned', '7', '/suggestions?state=accepted'],
      ['reassignment', '1', '/suggestions?state=reassignment_requested'],
      ['overdue', '8', '/suggestions?flag=overdue'],
      ['very_overdue', '2', '/suggestions?flag=very_overdue'],
    ])
    const units = w.get('[data-test="overdue-units"]')
    expect(units.text()).toContain('省教育厅')
    expect(units.text()).toContain('超期 7 件')
    expect(units.text()).not.toContain('省民政厅')
    expect(w.get('[data-test="home-clearing"]').attributes('href')).toBe('/supervision/clearing')
    const resolution = w.get('[data-test="home-figures"] [data-test="kpi-resolution"]')
    expect(resolution.get('[data-test="kpi-rate"]').text()).toBe('75%')
    expect(resolution.get('[data-test="kpi-numerator"]').text()).toBe('3')
    expect(w.get('[data-test="home-figures"]').text()).toContain('湖南省人民代表大会2026年办理成效')
  })

  it('shows a leader the items they supervise and the key figures', async () => {
    const w = await mountHome('leader', ['org.read', 'user.read', 'deputy.read', 'suggestion.read'])
    expect(sections(w)).toEqual(['supervised', 'figures'])
    expect(queues(w, 'supervised')).toEqual([
      ['supervised', '4', '/suggestions?box=supervised'],
      ['supervised_overdue', '2', '/suggestions?box=supervised&flag=overdue'],
      ['supervised_due_soon', '0', '/suggestions?box=supervised&flag=due_soon'],
    ])
    const kpis = w.findAll('[data-test="home-figures"] .kpi').map((k) => k.attributes('data-test'))
    expect(kpis).toEqual(['kpi-resolution', 'kpi-satisfaction', 'kpi-on_time', 'kpi-implementation'])
  })

  it('shows a deputy their suggestions by stage and what waits for them', async () => {
    const w = await mountHome('deputy', ['org.read', 'suggestion.draft'], 7)
    expect(sections(w)).toEqual(['deputy'])
    expect(queues(w, 'deputy')).toEqual([
      ['draft', '2', '/suggestions/mine'],
      ['review', '1', '/suggestions/mine?state=submitted'],
      ['handling', '2', '/suggestions/mine'],
      ['answered', '2', '/suggestions/mine?state=answered'],
      ['closed', '1', '/suggestions/mine?state=closed'],
    ])
    // A stage of several states links each under it.
    const parts = w.findAll('[data-test="queue-draft"] .queue-part')
    expect(parts.map((p) => [p.text(), p.attributes('href')])).toEqual([
      ['草稿 1', '/suggestions/mine?state=draft'],
      ['退回修改 1', '/suggestions/mine?state=returned'],
    ])
    // Waiting: the returned draft, and the answer the item still asks the deputy to evaluate.
    const tasks = w.findAll('[data-test="task"]').map((t) => t.text())
    expect(tasks).toHaveLength(2)
    expect(tasks[0]).toContain('退回修改')
    expect(tasks[0]).toContain('退回的一件')
    expect(tasks[1]).toContain('待评价')
    expect(tasks[1]).toContain('已答复的一件')
    expect(w.findAll('[data-test="task"] a')[1].attributes('href')).toBe('/suggestions/6')
    expect(w.find('[data-test="deadlines-empty"]').exists()).toBe(true)
    // No figures for a deputy (the server answers 403): not asked at all.
    expect(fetchMock.mock.calls.some(([u]) => String(u).startsWith('/api/v1/figures'))).toBe(false)
  })

  it('keeps the organisation counts for a system administrator', async () => {
    const w = await mountHome('system_admin', ['org.read', 'org.manage', 'user.read', 'user.manage'])
    expect(sections(w)).toEqual(['org'])
    expect(w.get('[data-test="stat-nodes"]').text()).toBe('20')
    expect(w.get('[data-test="home-no-work"]').text()).toContain('没有需要办理的建议')
    expect(boardCounts()).toEqual([])
  })
})
