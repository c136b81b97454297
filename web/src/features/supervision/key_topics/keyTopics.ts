// 重点督办 (docs/supervision.md, "Key suggestions"): the API's types under the screens' names,
// the statuses and activity kinds in order, the bodies of 新建督办事项, 记录督办活动 and 办结, and
// which active topic an item is in as its timeline tells it (the suggestion's JSON carries no
// topic of its own). The server decides everything again.
import type { ResponseOf, Schemas, SortOf } from '@/api/client'
import type { Detail, SuggestionState, TagType } from '@/features/suggestions/model'

export type KeyTopic = Schemas['KeyTopic']
export type KeyTopicSummary = Schemas['KeyTopicSummary']
export type KeyTopicItem = Schemas['KeyTopicItem']
export type KeyQuestion = Schemas['KeyQuestion']
export type Activity = KeyTopic['activities'][number]
export type ActivityKind = Activity['kind']
export type TopicStatus = KeyTopicSummary['status']
export type KeyTopicSort = SortOf<'/api/v1/supervision/key-topics'>
export type Candidates = ResponseOf<'/api/v1/supervision/key-topics/candidates', 'get'>
export type LeaderAccount = Schemas['LeaderAccount']

export const TOPIC_STATUSES: TopicStatus[] = ['active', 'concluded']
export const STATUS_TAG: Record<TopicStatus, TagType> = { active: 'primary', concluded: 'success' }
export const ACTIVITY_KINDS: ActivityKind[] = ['inspection', 'forum', 'inquiry']
export const ACTIVITY_TAG: Record<ActivityKind, TagType> = {
  inspection: 'primary',
  forum: 'success',
  inquiry: 'warning',
}

/** At most this many items in a topic, questions in an inquiry (the server's limits). */
export const MAX_ITEMS = 200
export const MAX_QUESTIONS = 50
/** The candidates' default threshold: raised by at least 5 deputies. */
export const DEFAULT_MIN_DEPUTIES = 5

/** The states in which an item may be listed (accepted, not yet closed). */
export const KEY_STATES: SuggestionState[] = [
  'accepted',
  'assigned',
  'handling',
  'reassignment_requested',
  'answer_drafted',
  'answered',
  'rehandling',
  'follow_up',
]

/** 第12号, or '' for an item without a number. */
export function itemNumber(n: number | null | undefined): string {
  return n == null ? '' : `第${n}号`
}

// ---- 新建督办事项 --------------------------------------------------------------------------

export interface TopicForm {
  org_node_id: number | null
  title: string
  description: string
  decided_on: string
  meeting: string
  leader_user_id: number | null
  government_leader: string
  committee: string
  suggestion_ids: number[]
}

/** What 新建督办事项 opens with: the congress and the items picked beforehand (the candidates). */
export interface TopicStart {
  orgNodeId: number | null
  items: KeyTopicItem[]
}

export function blankTopic(orgNodeId: number | null = null, suggestionIds: number[] = []): TopicForm {
  return {
    org_node_id: orgNodeId,
    title: '',
    description: '',
    decided_on: '',
    meeting: '',
    leader_user_id: null,
    government_leader: '',
    committee: '',
    suggestion_ids: [...suggestionIds],
  }
}

/** The body of POST /supervision/key-topics: texts trimmed, the optional ones left out when empty. */
export function topicBody(f: TopicForm) {
  const optional = (key: 'description' | 'meeting' | 'government_leader' | 'committee') =>
    f[key].trim() ? { [key]: f[key].trim() } : {}
  return {
    org_node_id: f.org_node_id ?? 0,
    title: f.title.trim(),
    decided_on: f.decided_on,
    suggestion_ids: [...f.suggestion_ids],
    ...optional('description'),
    ...optional('meeting'),
    ...(f.leader_user_id != null ? { leader_user_id: f.leader_user_id } : {}),
    ...optional('government_leader'),
    ...optional('committee'),
  }
}

/** The index of a server field `suggestion_ids[3]`, else null. */
export function itemIndex(field: string): number | null {
  const m = /^suggestion_ids\[(\d+)\]$/.exec(field)
  return m ? Number(m[1]) : null
}

// ---- 记录督办活动 ----------------------------------------------------------------------------

export interface QuestionForm {
  question: string
  asked_by: string
  answer: string
  answered_by: string
}

export interface ActivityForm {
  kind: ActivityKind
  held_on: string
  place: string
  participants: string
  summary: string
  questions: QuestionForm[]
}

export function blankQuestion(): QuestionForm {
  return { question: '', asked_by: '', answer: '', answered_by: '' }
}

export function blankActivity(today = ''): ActivityForm {
  return { kind: 'inspection', held_on: today, place: '', participants: '', summary: '', questions: [] }
}

/** The body of POST …/{id}/activities: questions only for an inquiry, an answer only with its text. */
export function activityBody(f: ActivityForm) {
  const questions: KeyQuestion[] =
    f.kind === 'inquiry'
      ? f.questions.map((q) => ({
          question: q.question.trim(),
          asked_by: q.asked_by.trim(),
          ...(q.answer.trim() ? { answer: q.answer.trim() } : {}),
          ...(q.answered_by.trim() ? { answered_by: q.answered_by.trim() } : {}),
        }))
      : []
  return {
    kind: f.kind,
    held_on: f.held_on,
    summary: f.summary.trim(),
    ...(f.place.trim() ? { place: f.place.trim() } : {}),
    ...(f.participants.trim() ? { participants: f.participants.trim() } : {}),
    ...(questions.length ? { questions } : {}),
  }
}

// ---- the item's topic, from its timeline ------------------------------------------------

/** The active topic an item is in, as its timeline's 列为重点督办 step tells it. */
export interface ItemTopic {
  title: string
  /** What the step says besides the title: the meeting and the three roles. */
  detail: string
  /** When it was listed. */
  at: string
}

/**
 * The title of 《title》 at the start of a step's detail — the 》 that ends the detail or is
 * followed by ， ； or ：(a title may hold a 》 of its own).
 */
export function titleOf(detail: string): string | null {
  if (!detail.startsWith('《')) return null
  for (let i = detail.indexOf('》'); i > 0; i = detail.indexOf('》', i + 1)) {
    const next = detail.charAt(i + 1)
    if (next === '' || next === '，' || next === '；' || next === '：') return detail.slice(1, i)
  }
  return null
}

/**
 * The active topic holding the item: its latest 列为重点督办 not followed by that topic's
 * 重点督办办结 (an item is in one active topic at a time); null when none.
 */
export function activeTopicOf(timeline: Detail['timeline']): ItemTopic | null {
  const open: ItemTopic[] = []
  for (const e of timeline) {
    const title = titleOf(e.detail)
    if (title === null) continue
    if (e.action === 'key_designated') {
      const rest = e.detail.slice(title.length + 2).replace(/^[，；]/, '')
      open.push({ title, detail: rest, at: e.at })
    } else if (e.action === 'key_concluded') {
      for (let i = open.length - 1; i >= 0; i--) {
        if (open[i].title !== title) continue
        open.splice(i, 1)
        break
      }
    }
  }
  return open.at(-1) ?? null
}
