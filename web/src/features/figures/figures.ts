// 统计 (docs/figures.md): the figures of suggestion handling as the server computes them — every
// rate with its numerator and denominator — and what the dashboard makes of them: the KPI cards,
// a rate in words ("66.67%", "—" without a denominator), the unit league table's rows and sort,
// the chart series, the drill-down's query, and the dashboard's congress and year in the address.
// What a figure means is the server's (domain/figures); the pages only show it.
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { ResponseOf, Schemas } from '@/api/client'
import type { paths } from '@/api/schema'
import { i18n } from '@/i18n'
import { queryInt } from '@/utils/query'

export type FigureGroupBy = Schemas['FigureGroupBy']
export type SuggestionFigures = Schemas['SuggestionFigures']
export type FigureRatio = Schemas['FigureRatio']
export type FiguresReport = ResponseOf<'/api/v1/figures/suggestions', 'get'>
export type FigureRow = FiguresReport['rows'][number]
export type DrillPage = ResponseOf<'/api/v1/figures/suggestions/items', 'get'>
export type DrillItem = DrillPage['items'][number]
type DrillParams = NonNullable<paths['/api/v1/figures/suggestions/items']['get']['parameters']['query']>
/** A figure the drill-down lists the items of. */
export type Measure = DrillParams['measure']
export type Part = NonNullable<DrillParams['part']>

/** The rates: figures with a numerator and a denominator. */
export type RateMeasure = {
  [K in keyof SuggestionFigures]: SuggestionFigures[K] extends FigureRatio ? K : never
}[keyof SuggestionFigures]
/** The counts: items, answered and the three contradictions. */
export type CountMeasure = 'items' | 'answered' | 'a_dissatisfied' | 'satisfied_c' | 'b_slipped_satisfied'

/** The KPI cards of the dashboard, in order (平均答复用时 is a card of its own). */
export const KPI_RATES: RateMeasure[] = [
  'on_time',
  'contact',
  'satisfaction',
  'resolution',
  'implementation',
  'rehandling',
]

/** The three contradictions that deserve a look. */
export const CONTRADICTIONS: CountMeasure[] = ['a_dissatisfied', 'satisfied_c', 'b_slipped_satisfied']

/** The answer classes' shares. */
export const CLASSES: RateMeasure[] = ['class_a', 'class_b', 'class_c', 'class_d']

/** Rates where more is worse (the card and the table colour them the other way round). */
const WORSE_WHEN_HIGH: readonly string[] = ['rehandling']

/** A figure's name in the app's language (figures.measures.<name>). */
export function measureTitle(m: string): string {
  const key = `figures.measures.${m}`
  return i18n.global.te(key) ? i18n.global.t(key) : m
}

/** What a figure's numerator or denominator counts, in words (figures.parts.<name>.<part>). */
export function partTitle(m: string, part: Part): string {
  const key = `figures.parts.${m}.${part}`
  return i18n.global.te(key) ? i18n.global.t(key) : i18n.global.t(`figures.${part}`)
}

/** A rate in percent as the cards read it: 66.67%, or — when nothing is there to divide by. */
export function rateText(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—'
  return `${rate.toFixed(2).replace(/\.?0+$/, '')}%`
}

/** The mean working days to answer: 4.25, or — when nothing was answered. */
export function daysText(days: number | null | undefined): string {
  if (days === null || days === undefined) return '—'
  return days.toFixed(2).replace(/\.?0+$/, '')
}

/**
 * How a rate reads at a glance: good (≥ 90%), fair (≥ 60%) or poor — the other way round for
 * rates where more is worse; none without a rate.
 */
export function rateTone(m: string, rate: number | null | undefined): 'good' | 'fair' | 'poor' | 'none' {
  if (rate === null || rate === undefined) return 'none'
  const r = WORSE_WHEN_HIGH.includes(m) ? 100 - rate : rate
  return r >= 90 ? 'good' : r >= 60 ? 'fair' : 'poor'
}

// ---- the drill-down -------------------------------------------------------------------------

/** What a drill-down lists: the items one figure of one row (or of the total) counts. */
export interface Drill {
  org_node_id: number
  year: number
  /** The rows the figure was read in; `none` with key '' for the total. */
  group_by: FigureGroupBy
  /** The row's key ('' for the keyless row: 未交办, 未分类 …). */
  key: string
  measure: Measure
  part: Part
  /** The row's title for the drawer ('' for the total). */
  rowTitle: string
}

/** GET /figures/suggestions/items's query of a drill-down's page. */
export function drillQuery(d: Drill, page: number, page_size: number) {
  const grouped = d.group_by !== 'none'
  return {
    org_node_id: d.org_node_id,
    year: d.year,
    group_by: grouped ? d.group_by : undefined,
    // The keyless row's key is '' — the server's default when none is sent.
    key: grouped && d.key ? d.key : undefined,
    measure: d.measure,
    part: d.part,
    page,
    page_size,
  }
}

/** The drawer's title: 省教育厅 · 按时答复率 · 分子（按时答复的件数）. */
export function drillTitle(d: Drill): string {
  const t = i18n.global.t
  const parts = [d.rowTitle || t('figures.allItems'), measureTitle(d.measure)]
  if (!isCount(d.measure)) parts.push(partTitle(d.measure, d.part))
  return parts.join(' · ')
}

export function isCount(m: string): m is CountMeasure {
  return ['items', 'answered', 'a_dissatisfied', 'satisfied_c', 'b_slipped_satisfied'].includes(m)
}

/** A figure of one row as a drill-down (the rows of `report`; `row` null for the total). */
export function drillOf(
  report: FiguresReport,
  row: FigureRow | null,
  measure: Measure,
  part: Part = 'numerator',
): Drill {
  return {
    org_node_id: report.org_node_id,
    year: report.year,
    group_by: row ? report.group_by : 'none',
    key: row ? row.key : '',
    measure,
    part,
    rowTitle: row ? row.title || keylessTitle(report.group_by) : '',
  }
}

/** The keyless row's name when the server gave none. */
function keylessTitle(by: FigureGroupBy): string {
  return i18n.global.t(`figures.keyless.${by}`)
}

// ---- the unit league table ------------------------------------------------------------------

/** The league table's columns that sort (a rate sorts by its rate, a count by itself). */
export type LeagueSort = RateMeasure | CountMeasure | 'mean_answer_days' | 'title'

/** A number to sort a row by: a rate without a denominator sorts last either way. */
function sortValue(f: SuggestionFigures, by: LeagueSort): number | null {
  if (by === 'title') return null
  if (by === 'mean_answer_days') return f.mean_answer_days
  const v = f[by]
  return typeof v === 'number' ? v : v.rate
}

/**
 * The unit rows sorted by a column (`order` ascending or descending); rows without a value
 * (a rate with no denominator) last, then by name. The keyless row (未交办) stays last.
 */
export function sortLeague(rows: FigureRow[], by: LeagueSort, order: 'ascending' | 'descending'): FigureRow[] {
  const sign = order === 'ascending' ? 1 : -1
  const byName = (a: FigureRow, b: FigureRow) => a.title.localeCompare(b.title, 'zh-CN')
  const keyed = rows.filter((r) => r.key !== '')
  const keyless = rows.filter((r) => r.key === '')
  keyed.sort((a, b) => {
    if (by === 'title') return sign * byName(a, b)
    const x = sortValue(a.figures, by)
    const y = sortValue(b.figures, by)
    if (x === null && y === null) return byName(a, b)
    if (x === null) return 1
    if (y === null) return -1
    return x === y ? byName(a, b) : sign * (x - y)
  })
  return [...keyed, ...keyless]
}

// ---- the charts' series ---------------------------------------------------------------------

/** The answer classes' counts of the total, for the class breakdown. */
export function classSlices(total: SuggestionFigures): { measure: RateMeasure; name: string; value: number }[] {
  return CLASSES.map((m) => ({
    measure: m,
    name: i18n.global.t('figures.classShort', { c: m.slice(-1).toUpperCase() }),
    value: total[m].numerator,
  }))
}

/** The month rows in order with the unanswered row (key '') left out: the trend's points. */
export function monthRows(rows: FigureRow[]): FigureRow[] {
  return rows.filter((r) => r.key !== '').sort((a, b) => a.key.localeCompare(b.key))
}

// ---- the dashboard's congress and year in the address ---------------------------------------

export interface FigureFilters {
  /** The congress; null: the caller's widest (the server's default). */
  org_node_id: number | null
  /** The year; null: this year (the server's default). */
  year: number | null
}

export function filtersFromQuery(q: LocationQuery): FigureFilters {
  const year = queryInt(q.year)
  return { org_node_id: queryInt(q.org_node_id), year: year && year >= 2000 && year <= 2100 ? year : null }
}

export function filtersToQuery(f: FigureFilters): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  if (f.org_node_id) out.org_node_id = String(f.org_node_id)
  if (f.year) out.year = String(f.year)
  return out
}

/** The years to pick from: this year and the nine before it, and the one shown if older. */
export function yearChoices(thisYear: number, shown: number | null): number[] {
  const years = Array.from({ length: 10 }, (_, i) => thisYear - i)
  if (shown && !years.includes(shown)) years.push(shown)
  return years.sort((a, b) => b - a)
}
