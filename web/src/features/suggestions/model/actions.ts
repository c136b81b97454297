// Which inputs each workflow action takes (the table "Action inputs" of docs/suggestions.md),
// how its button looks and where it stands, and the buttons the detail offers
// (available_actions). The server decides everything again; these only shape the screens.
import type { Detail, SuggestionAction, SuggestionState, SuggestionUnit } from './types'

/** One input (or group of inputs) an action's dialog shows. */
export type ActionField =
  | 'reason'
  | 'reason_code'
  | 'person_ids'
  | 'classify'
  | 'merge_with'
  | 'assign'
  | 'unit_id'
  | 'until'
  | 'contact'
  | 'note'
  | 'answer'
  | 'rating'
  | 'comment'
  | 'commitment_id'
  | 'done'
  | 'result'

export interface ActionSpec {
  action: SuggestionAction
  fields: ActionField[]
  /** The reason must be given (else it is optional, when shown). */
  reasonRequired: boolean
  /** Irreversible: ask once more before sending. */
  confirm: boolean
  /** Shown as a red (danger) button. */
  danger: boolean
  /** A button that moves the item forward (primary colour). */
  primary: boolean
}

const OPTIONAL_REASON: SuggestionAction[] = [
  'cosigner_confirm',
  'cosigner_decline',
  'submit',
  'initial_review_pass',
  're_review_accept',
  'sign_for',
  'close',
  'approve_extension',
  'reject_extension',
]
const REQUIRED_REASON: SuggestionAction[] = [
  'withdraw',
  'return_for_revision',
  'request_reassignment',
  'reject_reassignment',
  'send_back_answer',
  'supervise_rehandling',
]
const CONFIRM: SuggestionAction[] = [
  'withdraw',
  'reject_not_suggestion',
  'sign_off_answer',
  'close',
  'merge',
  'supervise_rehandling',
]
const DANGER: SuggestionAction[] = [
  'withdraw',
  'reject_not_suggestion',
  'return_for_revision',
  'send_back_answer',
  'cosigner_decline',
  'reject_extension',
  'reject_reassignment',
  'supervise_rehandling',
]
const PRIMARY: SuggestionAction[] = [
  'submit',
  'initial_review_pass',
  're_review_accept',
  'assign',
  'sign_for',
  'draft_answer',
  'sign_off_answer',
  'evaluate',
  'cosigner_confirm',
  'approve_extension',
  'approve_reassignment',
]

/** States in which a withdrawal needs no written reason (nothing was submitted yet). */
const UNSUBMITTED: SuggestionState[] = ['draft', 'cosigning']

/** What the approval of a re-assignment concerns: the lead unit (re-assign) or a co-unit (release it). */
export function reassignmentTarget(units: SuggestionUnit[]): 'lead' | 'co' | null {
  const pending = units.filter((u) => u.reassignment_pending && !u.released)
  if (pending.some((u) => u.role === 'lead')) return 'lead'
  if (pending.some((u) => u.role === 'co')) return 'co'
  return null
}

/**
 * The inputs of `action` on an item in `state` (with its `units`, for 同意改办). Every action
 * of SuggestionAction has a spec; the dialog shows `fields` in this order.
 */
export function actionSpec(
  action: SuggestionAction,
  item: { state: SuggestionState; units?: SuggestionUnit[] } = { state: 'draft' },
): ActionSpec {
  let fields: ActionField[]
  let reasonRequired = false
  if (OPTIONAL_REASON.includes(action)) fields = ['reason']
  else if (REQUIRED_REASON.includes(action)) {
    fields = ['reason']
    reasonRequired = !(action === 'withdraw' && UNSUBMITTED.includes(item.state))
  } else {
    switch (action) {
      case 'invite_cosigners':
        fields = ['person_ids']
        break
      case 'reject_not_suggestion':
        fields = ['reason_code', 'reason']
        break
      case 'classify':
        fields = ['classify']
        break
      case 'merge':
        fields = ['merge_with']
        break
      case 'assign':
        fields = ['assign']
        break
      case 'approve_reassignment':
        fields = reassignmentTarget(item.units ?? []) === 'co' ? ['unit_id'] : ['assign']
        break
      case 'request_extension':
        fields = ['until', 'reason']
        reasonRequired = true
        break
      case 'log_contact':
        fields = ['contact']
        break
      case 'submit_co_opinion':
        fields = ['note']
        break
      case 'draft_answer':
        fields = ['answer']
        break
      case 'evaluate':
        fields = ['rating', 'comment']
        break
      case 'report_progress':
        fields = ['commitment_id', 'note', 'done']
        break
      case 'look_back':
        fields = ['commitment_id', 'result', 'comment']
        break
      case 'sign_off_answer':
        fields = []
        break
      default:
        fields = []
    }
  }
  return {
    action,
    fields,
    reasonRequired,
    confirm: CONFIRM.includes(action),
    danger: DANGER.includes(action),
    primary: PRIMARY.includes(action),
  }
}

/**
 * A button of the detail (`available_actions`): an action the workflow table gives the caller in
 * this state — enabled, or disabled with the server's reason (the refusal it would answer).
 */
export type OfferedAction = Detail['available_actions'][number]

/** Whether it can be taken now (the server always says; absent means yes). */
export function isEnabled(a: OfferedAction): boolean {
  return a.enabled !== false
}

/** Editing the text is the table's `edit` row (修改内容), taken with PATCH: its own button. */
export function canEdit(actions: OfferedAction[]): boolean {
  return actions.some((a) => a.name === 'edit' && isEnabled(a))
}

/** The workflow buttons (all but `edit`), in button order. */
export function workflowButtons(actions: OfferedAction[]): OfferedAction[] {
  return orderActions(actions.filter((a) => a.name !== 'edit'))
}

/** The actions in the order buttons show them: forward steps first, refusals and withdrawal last. */
export function orderActions<T extends { name: SuggestionAction }>(actions: T[]): T[] {
  const rank = (a: SuggestionAction) => (PRIMARY.includes(a) ? 0 : a === 'withdraw' ? 3 : DANGER.includes(a) ? 2 : 1)
  return [...actions].sort((a, b) => rank(a.name) - rank(b.name))
}
