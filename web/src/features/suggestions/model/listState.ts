// The list's filters, page and sort as the address keeps them (a link or the back button
// shows the same list) and as API query parameters.
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { compactQuery, pagingFromQuery, pagingToQuery, queryInt, queryText, type Paging } from '@/utils/query'
import { STATES, type FlagKey } from './tags'
import type { SuggestionState } from './types'

export type FlagFilter = FlagKey
export type BoxFilter = 'mine' | 'unit' | 'review' | 'supervised'
/** none: accepted items without a supervising leader (领衔督办未覆盖). */
export type LeaderFilter = 'none'
export const FLAGS: FlagFilter[] = ['due_soon', 'overdue', 'very_overdue']
export const BOXES: BoxFilter[] = ['mine', 'unit', 'review', 'supervised']
export const LEADER_FILTERS: LeaderFilter[] = ['none']

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
  leader: LeaderFilter | ''
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
  leader: '',
}

/** The list's whole state as the address keeps it. */
export interface ListState extends Paging<SuggestionSort> {
  filters: SuggestionFilters
}

/** Reads the list's state from `route.query`; unknown or malformed values are dropped. */
export function listStateFromQuery(query: LocationQuery, defaultPageSize = 20): ListState {
  const state = queryText(query.state)
  const flag = queryText(query.flag)
  const box = queryText(query.box)
  const urgent = queryText(query.urgent)
  const raisedIn = queryText(query.raised_in)
  return {
    filters: {
      q: queryText(query.q).slice(0, 100),
      state: (STATES as string[]).includes(state) ? (state as SuggestionState) : '',
      session_id: queryInt(query.session_id),
      unit_id: queryInt(query.unit_id),
      star_level: queryInt(query.star_level),
      category: queryText(query.category),
      urgent: urgent === 'true' || urgent === 'false' ? urgent : '',
      raised_in: raisedIn === 'session' || raisedIn === 'recess' ? raisedIn : '',
      flag: (FLAGS as string[]).includes(flag) ? (flag as FlagFilter) : '',
      box: (BOXES as string[]).includes(box) ? (box as BoxFilter) : '',
      leader: queryText(query.leader) === 'none' ? 'none' : '',
    },
    ...pagingFromQuery(query, SORTS, defaultPageSize),
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
  if (f.leader) out.leader = f.leader
  return { ...out, ...pagingToQuery(s, defaultPageSize) }
}

/** Filters as API query parameters (empty ones left out): the list and the export. */
export function filterQuery(f: Partial<SuggestionFilters>) {
  return { ...compactQuery(f), urgent: f.urgent ? f.urgent === 'true' : undefined }
}
