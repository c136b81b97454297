// A draw as GET /api/v1/supervision/draws/{id} answers, and a clearing board and plan as
// GET /api/v1/supervision/clearing and …/plans/{id} answer, for the area's tests.
import type { Draw, DrawItem } from './model'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ClearingBoard, ClearingPlan, Tally, UnitRow } from './clearing'

export const HASH = '9f2c4d1e0b7a56c3d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5'

export function draw(patch: Partial<Draw> = {}): Draw {
  return {
    id: 7,
    org_node_id: 17,
    org_name: '衡阳县人民代表大会',
    title: '县人大常委会第十二次会议随机抽样点评',
    session_id: 3,
    session_title: '衡阳县十八届人大四次会议',
    stage: 'assigned',
    unit_id: null,
    unit_name: '',
    category: '',
    star_level: null,
    strata: 'none',
    sample_size: 2,
    seed_source: '主任会议当场公布的四位数',
    seed: null,
    status: 'announced',
    population_size: 9,
    population_hash: HASH,
    announced_by_name: '王晓燕',
    announced_at: '2026-12-01T02:00:00Z',
    seeded_at: null,
    drawn_at: null,
    drawn_by_name: '',
    version: 1,
    can_manage: true,
    items: [],
    ...patch,
  } as Draw // fields added to the API later take their defaults
}

export function item(patch: Partial<DrawItem> = {}): DrawItem {
  return {
    ordinal: 1,
    suggestion_id: 41,
    stratum: '',
    key: '03ab'.repeat(16),
    number: '12',
    title: '关于提升乡镇消防救援能力的建议',
    state: 'handling',
    lead_unit_name: '县应急管理局',
    lead_name: '李明',
    ...patch,
  }
}

// ---- 清零行动 -------------------------------------------------------------------------

const ZERO: Tally = {
  remaining: 0,
  unreviewed: 0,
  unassigned: 0,
  unanswered: 0,
  unevaluated: 0,
  rehandling: 0,
  follow_up: 0,
  overdue: 0,
  slipped: 0,
}

/** A board row: a unit's counts (the ones not given are 0). */
export function unitRow(unit_id: number | null, unit_name: string, counts: Partial<Tally>): UnitRow {
  return { ...ZERO, ...counts, unit_id, unit_name }
}

/** The board of GET /api/v1/supervision/clearing: 衡阳县's 2026, 24 days before its end, two rows. */
export function board(patch: Partial<ClearingBoard> = {}): ClearingBoard {
  return {
    org_node_id: 17,
    org_name: '衡阳县人民代表大会',
    year: 2026,
    today: '2026-12-07',
    days_left: 24,
    year_ended: false,
    totals: { ...ZERO, remaining: 7, unreviewed: 1, unassigned: 1, unanswered: 3, unevaluated: 2, overdue: 2 },
    reasons: [
      { name: 'remaining', title: '未清零' },
      { name: 'unreviewed', title: '待审查立案' },
      { name: 'unassigned', title: '待交办' },
      { name: 'unanswered', title: '未答复' },
      { name: 'unevaluated', title: '待代表评价' },
      { name: 'rehandling', title: '重新办理中' },
      { name: 'follow_up', title: 'B类承诺未落实' },
      { name: 'overdue', title: '已超期' },
      { name: 'slipped', title: '承诺逾期' },
    ],
    units: [
      unitRow(8, '县教育局', { remaining: 5, unanswered: 3, unevaluated: 2, overdue: 2 }),
      unitRow(null, '', { remaining: 2, unreviewed: 1, unassigned: 1 }),
    ],
    page: 1,
    page_size: 50,
    total: 2,
    years: [2026, 2025],
    plan: null,
    can_carry_over: true,
    ...patch,
  }
}

/** A carry-over plan of 衡阳县's 2026 with two items, one of them cleared since. */
export function plan(patch: Partial<ClearingPlan> = {}): ClearingPlan {
  return {
    id: 3,
    org_node_id: 17,
    org_name: '衡阳县人民代表大会',
    year: 2026,
    title: '2026年度未清零建议结转计划',
    due_on: '2027-03-31',
    note: '一季度内办结',
    item_count: 2,
    cleared: 1,
    created_by_name: '王晓燕',
    created_at: '2026-12-07T02:00:00Z',
    items: [
      {
        suggestion_id: 41,
        number: 12,
        title: '关于提升乡镇消防救援能力的建议',
        lead_name: '李明',
        unit_id: 8,
        unit_name: '县教育局',
        stage: 'unanswered',
        overdue: true,
        slipped: false,
        state: 'handling',
        next_due_on: '2026-11-30',
      },
      {
        suggestion_id: 42,
        number: null,
        title: '关于加强农村饮水安全的建议',
        lead_name: '张华',
        unit_id: null,
        unit_name: '',
        stage: 'unreviewed',
        overdue: false,
        slipped: false,
        state: 'closed',
        next_due_on: null,
      },
    ],
    ...patch,
  }
}

/** A router with the clearing pages' routes (blank), at `path`. */
export async function clearingRouter(path: string) {
  const blank = { template: '<div />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/supervision/clearing', name: 'clearing', component: blank },
      { path: '/supervision/clearing/plans/:id', name: 'clearing-plan', component: blank },
      { path: '/suggestions/:id', name: 'suggestion-detail', component: blank },
    ],
  })
  await router.push(path)
  return router
}
