// The list's filters, page and sort as the address keeps them (a link or the back button
// shows the same list) and as API query parameters.
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { compactQuery } from '@/utils/query'
import { STATES, type FlagKey } from './tags'
import type { SuggestionState } from './types'

export type FlagFilter = FlagKey
export type BoxFilter = 'mine' | 'unit' | 'review'
export const FLAGS: FlagFilter[] = ['due_soon', 'overdue', 'very_overdue']
export const BOXES: BoxFilter[] = ['mine', 'unit', 'review']

export type SuggestionSort =
  | 'updated_at'
  | '-updated_at'
  | 'number'
  | '-number'
  | 'next_due_on'
  | '-next_due_on'
  | 'title'
  | '-title'
  | 'state'
  | '-state'

export const SORTS: SuggestionSort[] = [
  'updated_at',
  '-updated_at',
  'number',
  '-number',
  'next_due_on',
  '-next_due_on',
  'title',
  '-title',
  'state',
  '-state',
]

export interface SuggestionFilters {
  q: string
  state: SuggestionState | ''
  session_id: number | null
  unit_id: number | null
  star_level: number | null
  category: string
  urgent: 'true' | 'false' | ''
  raised_in: 'session' | 'recess' | ''
  flag: FlagFilter | ''
  box: BoxFilter | ''
}

export const EMPTY_FILTERS: SuggestionFilters = {
  q: '',
  state: '',
  session_id: null,
  unit_id: null,
  star_level: null,
  category: '',
  urgent: '',
  raised_in: '',
  flag: '',
  box: '',
}

/** The list's whole state as the address keeps it. */
export interface ListState {
  filters: SuggestionFilters
  page: number
  pageSize: number
  sort: SuggestionSort | ''
}

function str(v: LocationQuery[string] | undefined): string {
  const first = Array.isArray(v) ? v[0] : v
  return typeof first === 'string' ? first : ''
}

function posInt(v: LocationQuery[string] | undefined): number | null {
  const s = str(v)
  return /^[1-9]\d{0,15}$/.test(s) ? Number(s) : null
}

/** Reads the list's state from `route.query`; unknown or malformed values are dropped. */
export function listStateFromQuery(query: LocationQuery, defaultPageSize = 20): ListState {
  const state = str(query.state)
  const flag = str(query.flag)
  const box = str(query.box)
  const urgent = str(query.urgent)
  const raisedIn = str(query.raised_in)
  const sort = str(query.sort)
  const pageSize = posInt(query.page_size)
  return {
    filters: {
      q: str(query.q).slice(0, 100),
      state: (STATES as string[]).includes(state) ? (state as SuggestionState) : '',
      session_id: posInt(query.session_id),
      unit_id: posInt(query.unit_id),
      star_level: posInt(query.star_level),
      category: str(query.category),
      urgent: urgent === 'true' || urgent === 'false' ? urgent : '',
      raised_in: raisedIn === 'session' || raisedIn === 'recess' ? raisedIn : '',
      flag: (FLAGS as string[]).includes(flag) ? (flag as FlagFilter) : '',
      box: (BOXES as string[]).includes(box) ? (box as BoxFilter) : '',
    },
    page: posInt(query.page) ?? 1,
    pageSize: pageSize && [10, 20, 50, 100].includes(pageSize) ? pageSize : defaultPageSize,
    sort: (SORTS as string[]).includes(sort) ? (sort as SuggestionSort) : '',
  }
}

/** The list's state as `route.query`: empty filters, page 1 and the default size left out. */
export function listStateToQuery(s: ListState, defaultPageSize = 20): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  const f = s.filters
  if (f.q.trim()) out.q = f.q.trim()
  if (f.state) out.state = f.state
  if (f.session_id) out.session_id = String(f.session_id)
  if (f.unit_id) out.unit_id = String(f.unit_id)
  if (f.star_level) out.star_level = String(f.star_level)
  if (f.category) out.category = f.category
  if (f.urgent) out.urgent = f.urgent
  if (f.raised_in) out.raised_in = f.raised_in
  if (f.flag) out.flag = f.flag
  if (f.box) out.box = f.box
  if (s.sort) out.sort = s.sort
  if (s.page > 1) out.page = String(s.page)
  if (s.pageSize !== defaultPageSize) out.page_size = String(s.pageSize)
  return out
}

/** Filters as API query parameters (empty ones left out): the list and the export. */
export function filterQuery(f: Partial<SuggestionFilters>) {
  return { ...compactQuery(f), urgent: f.urgent ? f.urgent === 'true' : undefined }
}
