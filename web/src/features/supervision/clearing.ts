// 清零行动 (the clearing campaign, docs/supervision.md "Clearing campaign"): the board's and the
// plan's types, the reasons an item remains (stages and flags) in words, the countdown, the
// board's state in the address, the drill-down's query and the carry-over's body.
// What "remaining" means is the server's (domain/supervision/clearing.hpp); the pages only show it.
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { Schemas } from '@/api/client'
import type { AddressCodec } from '@/composables/useListAddress'
import { i18n } from '@/i18n'
import { pagingFromQuery, pagingToQuery, queryInt } from '@/utils/query'
import type { Counter } from '@/components/CounterButtons.vue'

export type ClearingBoard = Schemas['ClearingBoard']
export type ClearingPlan = Schemas['ClearingPlan']
export type PlanSummary = Schemas['ClearingPlanSummary']
export type PlanItem = ClearingPlan['items'][number]
export type UnitRow = Schemas['ClearingUnitRow']
export type ClearingReason = Schemas['ClearingReason']
export type Tally = Schemas['ClearingTally']

/** The reasons in board order: every remaining item, its stage (one each), the two flags. */
export const REASONS: ClearingReason[] = [
  'remaining',
  'unreviewed',
  'unassigned',
  'unanswered',
  'unevaluated',
  'rehandling',
  'follow_up',
  'overdue',
  'slipped',
]

/** The board's figure colours: the total, and the two flags that mean trouble. */
const TONES: Partial<Record<ClearingReason, Counter['tone']>> = {
  remaining: 'primary',
  overdue: 'danger',
  slipped: 'warning',
}

/** A reason (or a plan item's stage) in words: ours in the app's language, else the server's title, else its name. */
export function reasonTitle(name: string, serverTitle = ''): string {
  const key = `supervision.clearing.reasons.${name}`
  return i18n.global.te(key) ? i18n.global.t(key) : serverTitle || name
}

/** The board's reasons in its order (the server's list; ours while there is none). */
export function boardReasons(board: Pick<ClearingBoard, 'reasons'> | null): { name: ClearingReason; title: string }[] {
  const list = board?.reasons?.length ? board.reasons : REASONS.map((name) => ({ name, title: '' }))
  return list.map((r) => ({ name: r.name, title: reasonTitle(r.name, r.title) }))
}

/** The totals as a row of figures, one per reason. */
export function totalCounters(board: ClearingBoard | null): Counter[] {
  return boardReasons(board).map((r) => ({
    key: r.name,
    label: r.title,
    count: board ? board.totals[r.name] : null,
    tone: TONES[r.name],
  }))
}

/** 距 2026 年底还有 24 天 / 今天是 2026 年最后一天 / 2026 年度已结束. */
export function countdownText(board: Pick<ClearingBoard, 'year' | 'days_left' | 'year_ended'>): string {
  const t = i18n.global.t
  if (board.year_ended) return t('supervision.clearing.yearEnded', { year: board.year })
  if (board.days_left === 0) return t('supervision.clearing.lastDay', { year: board.year })
  return t('supervision.clearing.daysLeft', { year: board.year, n: board.days_left })
}

/** A unit's name on the board: （尚无主办单位） for the items no unit leads yet. */
export function unitName(row: Pick<UnitRow, 'unit_id' | 'unit_name'>): string {
  return row.unit_id == null ? i18n.global.t('supervision.clearing.noUnit') : row.unit_name
}

// ---- the board's state in the address ---------------------------------------------------

export interface BoardFilters {
  /** The congress; null: the caller's own (the server's default). */
  org_node_id: number | null
  /** The year; null: this year (the server's default). */
  year: number | null
}

export const DEFAULT_SORT = '-remaining'
export const DEFAULT_PAGE_SIZE = 50
export const SORTS: string[] = [...REASONS, 'unit_name'].flatMap((s) => [s, `-${s}`])

/** The board's congress, year, page and sort in the address (the default sort and size left out). */
export const boardAddress: AddressCodec<BoardFilters> = {
  read(query: LocationQuery) {
    const paging = pagingFromQuery(query, SORTS, DEFAULT_PAGE_SIZE)
    return {
      filters: { org_node_id: queryInt(query.org_node_id), year: queryInt(query.year) },
      ...paging,
      sort: paging.sort || DEFAULT_SORT,
    }
  },
  write(s): LocationQueryRaw {
    const out: LocationQueryRaw = {}
    if (s.filters.org_node_id) out.org_node_id = String(s.filters.org_node_id)
    if (s.filters.year) out.year = String(s.filters.year)
    return { ...out, ...pagingToQuery({ ...s, sort: s.sort === DEFAULT_SORT ? '' : s.sort }, DEFAULT_PAGE_SIZE) }
  },
}

// ---- the drill-down ---------------------------------------------------------------------

/** What a drill-down lists: the items of a reason, of one unit (`unit`; null id: no unit yet) or of all. */
export interface Drill {
  reason: ClearingReason
  org_node_id: number
  year: number
  unit?: { id: number | null; name: string }
}

/**
 * GET /suggestions's query of a drill-down. `lead_unit_id` is a list filter the server takes
 * (the suggestions' lead_unit_id column) that the spec does not list among the parameters.
 */
export function drillQuery(d: Drill) {
  const unit = d.unit ? (d.unit.id == null ? { lead_unit: 'none' as const } : { lead_unit_id: d.unit.id }) : {}
  return { clearing: d.reason, year: d.year, within: d.org_node_id, ...unit }
}

// ---- the carry-over ---------------------------------------------------------------------

export interface CarryOverForm {
  due_on: string
  title: string
  note: string
}

/** The plan's title when none is given (the server's default). */
export function defaultPlanTitle(year: number): string {
  return i18n.global.t('supervision.clearing.carry.defaultTitle', { year })
}

/** The day after `day` (YYYY-MM-DD): the first a plan may be due. */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** The body of POST /supervision/clearing/plans: texts trimmed, an empty title or note left out. */
export function carryOverBody(board: Pick<ClearingBoard, 'org_node_id' | 'year'>, f: CarryOverForm) {
  const title = f.title.trim()
  const note = f.note.trim()
  return {
    org_node_id: board.org_node_id,
    year: board.year,
    due_on: f.due_on,
    ...(title ? { title } : {}),
    ...(note ? { note } : {}),
  }
}
