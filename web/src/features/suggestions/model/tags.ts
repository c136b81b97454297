// How a suggestion's state, star level and deadlines read: tag colours and texts.
import type { Flags, SuggestionState, TagType } from './types'

export const STATES: SuggestionState[] = [
  'draft',
  'cosigning',
  'submitted',
  'initial_reviewed',
  'returned',
  'not_accepted',
  'accepted',
  'assigned',
  'handling',
  'reassignment_requested',
  'answer_drafted',
  'answered',
  'rehandling',
  'follow_up',
  'closed',
  'withdrawn',
]

/** Tag colour of a state: grey before and after the work, blue in hand, orange waiting, red trouble. */
export const STATE_TAG: Record<SuggestionState, TagType> = {
  draft: 'info',
  cosigning: 'info',
  submitted: 'primary',
  initial_reviewed: 'primary',
  returned: 'warning',
  not_accepted: 'info',
  accepted: 'primary',
  assigned: 'warning',
  handling: 'primary',
  reassignment_requested: 'warning',
  answer_drafted: 'primary',
  answered: 'success',
  rehandling: 'danger',
  follow_up: 'warning',
  closed: 'success',
  withdrawn: 'info',
}

export function stateTag(state: string | null | undefined): TagType {
  return (state && STATE_TAG[state as SuggestionState]) || 'info'
}

/** ★★☆ style text of a star level (the empty stars fill up to `max`). */
export function starText(level: number | null | undefined, max = 3): string {
  if (!level || level < 1) return ''
  return '★'.repeat(level) + '☆'.repeat(Math.max(0, max - level))
}

// Flags (临近到期 / 已超期 / 严重超期).

export type FlagKey = 'due_soon' | 'overdue' | 'very_overdue'

export interface FlagTag {
  key: FlagKey
  /** i18n key of the tag text. */
  label: string
  type: TagType
  effect: 'light' | 'dark' | 'plain'
}

/**
 * The tags a clock's or an item's flags show. 严重超期 is a dark red tag and replaces
 * 已超期 (it is also overdue); 临近到期 is orange. No flags, no tags.
 */
export function flagTags(flags: Partial<Flags> | null | undefined): FlagTag[] {
  if (!flags) return []
  if (flags.very_overdue)
    return [{ key: 'very_overdue', label: 'suggestions.flags.very_overdue', type: 'danger', effect: 'dark' }]
  if (flags.overdue) return [{ key: 'overdue', label: 'suggestions.flags.overdue', type: 'danger', effect: 'light' }]
  if (flags.due_soon)
    return [{ key: 'due_soon', label: 'suggestions.flags.due_soon', type: 'warning', effect: 'light' }]
  return []
}

/** The days-left words as an i18n key and count: 剩 5 天 / 今天到期 / 超期 3 天; null when nothing is due. */
export function daysLeftText(daysLeft: number | null | undefined): { key: string; n: number } | null {
  if (daysLeft === null || daysLeft === undefined) return null
  if (daysLeft > 0) return { key: 'suggestions.daysLeft', n: daysLeft }
  if (daysLeft === 0) return { key: 'suggestions.dueToday', n: 0 }
  return { key: 'suggestions.daysOverdue', n: -daysLeft }
}

/** Tag colour of a rating or a look-back result: green when satisfied or done, red when not, else orange. */
export function ratingTag(rating: string): 'success' | 'danger' | 'warning' {
  if (rating === 'satisfied' || rating === 'done') return 'success'
  return rating === 'dissatisfied' || rating === 'not_done' ? 'danger' : 'warning'
}
