// 工作台: which of the home page's sections a user sees — chosen by the permissions and roles
// they hold, several at once for a user who holds several — and each section's queues: a
// count of the suggestion board under fixed filters (the board's `total` with page_size=1)
// that links to the same filtered board. What a queue holds is the server's (the board's
// visibility and `box` filters, docs/suggestions.md); the page only counts and links.
import type { RouteLocationRaw } from 'vue-router'
import { api } from '@/api/client'
import type { Counter } from '@/components/CounterButtons.vue'
import type { Permission, RoleName } from '@/stores/auth'
import type { BoxFilter, FlagFilter, SuggestionState, Summary } from '@/features/suggestions/model'

/** The sections of the home page the user sees. */
export interface HomeSections {
  /** 我的建议 by state and what waits for me (a deputy: suggestion.draft). */
  deputy: boolean
  /** 本单位待办 (a unit officer or head: suggestion.handle or suggestion.sign_off). */
  unit: boolean
  /** 待签发 among the unit's queues (a unit head: suggestion.sign_off). */
  unitHead: boolean
  /** 待初审 / 待复审立案 (suggestion.review). */
  review: boolean
  /** 待交办, 改办申请, overdue by unit, 清零行动 (liaison staff: suggestion.manage). */
  staff: boolean
  /** 我督办的建议 (a leader). */
  supervised: boolean
  /** The key figures of the congress's year (the figures' readers: suggestion.read or supervision.manage). */
  figures: boolean
  /** The unit's own figures of the year (a unit's officers and head who read no other figures). */
  unitFigures: boolean
  /** The organisation's counts (a system administrator). */
  orgOverview: boolean
}

export function homeSections(
  can: (...perms: Permission[]) => boolean,
  hasRole: (...roles: RoleName[]) => boolean,
): HomeSections {
  return {
    deputy: can('suggestion.draft'),
    unit: can('suggestion.handle', 'suggestion.sign_off'),
    unitHead: can('suggestion.sign_off'),
    review: can('suggestion.review'),
    staff: can('suggestion.manage'),
    supervised: hasRole('leader'),
    figures: can('suggestion.read', 'supervision.manage'),
    unitFigures: can('suggestion.handle', 'suggestion.sign_off') && !can('suggestion.read', 'supervision.manage'),
    orgOverview: hasRole('system_admin'),
  }
}

/** True when some section shows the user's own work (else the page says where to start). */
export function hasWork(s: HomeSections): boolean {
  return s.deputy || s.unit || s.review || s.staff || s.supervised || s.figures
}

// ---- queues ---------------------------------------------------------------------------------

/** The board's filters a queue is (the suggestion board's address keeps the same names). */
export interface BoardQuery {
  box?: BoxFilter
  state?: SuggestionState
  flag?: FlagFilter
}

/** A queue: its key (home.queues.<key> names it), the board's filters, its colour. */
export interface Queue {
  key: string
  query: BoardQuery
  tone?: Counter['tone']
}

/** 本单位待办: to sign for, to answer (handling, handling again), to sign off (a head), due soon, overdue. */
export function unitQueues(head: boolean): Queue[] {
  return [
    { key: 'sign_for', query: { box: 'unit', state: 'assigned' }, tone: 'primary' },
    { key: 'handling', query: { box: 'unit', state: 'handling' }, tone: 'primary' },
    { key: 'rehandling', query: { box: 'unit', state: 'rehandling' }, tone: 'warning' },
    ...(head
      ? [{ key: 'answer_drafted', query: { box: 'unit', state: 'answer_drafted' }, tone: 'primary' } as Queue]
      : []),
    { key: 'due_soon', query: { box: 'unit', flag: 'due_soon' }, tone: 'warning' },
    { key: 'overdue', query: { box: 'unit', flag: 'overdue' }, tone: 'danger' },
  ]
}

/**
 * 审查交办: reviews waiting for the caller (initial review; the committee's re-review), and for
 * the committee the items to assign, the units' requests to reassign, the overdue ones.
 */
export function staffQueues(review: boolean, manage: boolean): Queue[] {
  const out: Queue[] = []
  if (review) out.push({ key: 'review_initial', query: { box: 'review', state: 'submitted' }, tone: 'primary' })
  if (manage) {
    out.push(
      { key: 'review_final', query: { box: 'review', state: 'initial_reviewed' }, tone: 'primary' },
      { key: 'unassigned', query: { state: 'accepted' }, tone: 'primary' },
      { key: 'reassignment', query: { state: 'reassignment_requested' }, tone: 'warning' },
      { key: 'overdue', query: { flag: 'overdue' }, tone: 'danger' },
      { key: 'very_overdue', query: { flag: 'very_overdue' }, tone: 'danger-dark' },
    )
  }
  return out
}

/** 我督办的建议: all of them, the overdue ones, those due soon. */
export function supervisedQueues(): Queue[] {
  return [
    { key: 'supervised', query: { box: 'supervised' }, tone: 'primary' },
    { key: 'supervised_overdue', query: { box: 'supervised', flag: 'overdue' }, tone: 'danger' },
    { key: 'supervised_due_soon', query: { box: 'supervised', flag: 'due_soon' }, tone: 'warning' },
  ]
}

/** The board a queue's count links to, under the queue's filters. */
export function queueLink(q: BoardQuery): RouteLocationRaw {
  return { name: 'suggestions', query: { ...q } }
}

/** How many items a queue holds: the board's total under its filters (one row fetched). */
export async function countQueue(q: BoardQuery): Promise<number> {
  const page = await api.get('/api/v1/suggestions', { query: { ...q, page: 1, page_size: 1 } })
  return page.total
}

// ---- a deputy's suggestions -----------------------------------------------------------------

/** 我的建议 by stage: each group the states it gathers. Not accepted and withdrawn ones are left out. */
export const DEPUTY_GROUPS: { key: string; states: SuggestionState[] }[] = [
  { key: 'draft', states: ['draft', 'cosigning', 'returned'] },
  { key: 'review', states: ['submitted', 'initial_reviewed'] },
  {
    key: 'handling',
    states: ['accepted', 'assigned', 'handling', 'reassignment_requested', 'answer_drafted', 'rehandling', 'follow_up'],
  },
  { key: 'answered', states: ['answered'] },
  { key: 'closed', states: ['closed'] },
]

export interface StateCount {
  state: SuggestionState
  count: number
}

export interface GroupCount {
  key: string
  count: number
  /** The group's states that hold items. */
  states: StateCount[]
}

/** Counts per state (from the items, or from the board's totals) as the groups' counts. */
export function groupCounts(byState: Partial<Record<SuggestionState, number>>): GroupCount[] {
  return DEPUTY_GROUPS.map((g) => {
    const states = g.states.map((state) => ({ state, count: byState[state] ?? 0 })).filter((s) => s.count > 0)
    return { key: g.key, count: states.reduce((n, s) => n + s.count, 0), states }
  })
}

/** The deputy's items counted by state. */
export function countByState(items: Pick<Summary, 'state'>[]): Partial<Record<SuggestionState, number>> {
  const out: Partial<Record<SuggestionState, number>> = {}
  for (const i of items) out[i.state] = (out[i.state] ?? 0) + 1
  return out
}

/**
 * Where a group's count links: 我的建议 in that state when the group's items are all of one
 * state (the board filters one state at a time; an empty group: its first state), else all of
 * 我的建议 — the group's states then each link on their own under it.
 */
export function groupLink(g: GroupCount): RouteLocationRaw {
  if (g.states.length > 1) return { name: 'my-suggestions' }
  const state = g.states[0]?.state ?? DEPUTY_GROUPS.find((x) => x.key === g.key)?.states[0]
  return { name: 'my-suggestions', query: state ? { state } : {} }
}

/** 我的建议 in one state. */
export function stateLink(state: SuggestionState): RouteLocationRaw {
  return { name: 'my-suggestions', query: { state } }
}

// ---- what waits for a deputy ----------------------------------------------------------------

export type TaskKind = 'returned' | 'invitation' | 'evaluate' | 'look_back'

/** Something the deputy is asked to do on an item. */
export interface Task {
  kind: TaskKind
  item: Pick<Summary, 'id' | 'title' | 'number_text' | 'state'>
}

/** The action that does a task, on the item's buttons (available_actions). */
export const TASK_ACTIONS: Record<Exclude<TaskKind, 'returned'>, string> = {
  invitation: 'cosigner_confirm',
  evaluate: 'evaluate',
  look_back: 'look_back',
}

/**
 * The items that may wait for the deputy and what for: a returned draft of their own (to
 * revise), an invitation to co-sign someone's (to confirm or decline), an answer (to evaluate),
 * a commitment whose date has passed (to look back at). All but the first need the item's own
 * word (`available_actions`): the board does not say whether the deputy has already acted.
 */
export function taskCandidates(items: Summary[], personId: number | null): { sure: Task[]; check: Task[] } {
  const sure: Task[] = []
  const check: Task[] = []
  for (const item of items) {
    const lead = personId != null && item.lead_person_id === personId
    if (item.state === 'returned' && lead) sure.push({ kind: 'returned', item })
    else if (item.state === 'cosigning' && !lead) check.push({ kind: 'invitation', item })
    else if (item.state === 'answered') check.push({ kind: 'evaluate', item })
    else if (item.state === 'follow_up' && lead) check.push({ kind: 'look_back', item })
  }
  return { sure, check }
}

/** Whether a task still waits: its action is among the item's enabled buttons. */
export function taskOpen(task: Task, actions: readonly { name: string; enabled?: boolean }[] | undefined): boolean {
  if (task.kind === 'returned') return true
  const name = TASK_ACTIONS[task.kind]
  return (actions ?? []).some((a) => a.name === name && a.enabled !== false)
}
