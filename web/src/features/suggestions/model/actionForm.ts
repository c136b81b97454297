// An action's form: what it edits, the request body it sends, the browser's checks, and the
// server's field names as the form names them.
import type { ActionSpec } from './actions'
import type {
  ActionRequest,
  AssignMode,
  Commitment,
  ContactMethod,
  LookBackResult,
  Options,
  Rating,
  SuggestionAction,
} from './types'

export interface CommitmentRow {
  what: string
  due_on: string
}

/** Everything any action dialog edits; each action sends only its own part. */
export interface ActionForm {
  reason: string
  reason_code: string
  person_ids: number[]
  star_level: number | null
  category: string
  merge_with: number[]
  mode: AssignMode
  lead_unit_id: number | null
  co_unit_ids: number[]
  unit_ids: number[]
  unit_id: number | null
  until: string
  method: ContactMethod | ''
  contact_on: string
  summary: string
  note: string
  answer_class: string
  body: string
  commitments: CommitmentRow[]
  rating: Rating | ''
  comment: string
  commitment_id: number | null
  done: boolean
  result: LookBackResult | ''
}

export function emptyActionForm(today = ''): ActionForm {
  return {
    reason: '',
    reason_code: '',
    person_ids: [],
    star_level: null,
    category: '',
    merge_with: [],
    mode: 'joint',
    lead_unit_id: null,
    co_unit_ids: [],
    unit_ids: [],
    unit_id: null,
    until: '',
    method: '',
    contact_on: today,
    summary: '',
    note: '',
    answer_class: '',
    body: '',
    commitments: [],
    rating: '',
    comment: '',
    commitment_id: null,
    done: false,
    result: '',
  }
}

/** The request body of an action: `version` and only the fields its spec shows. */
export function buildActionBody(spec: ActionSpec, form: ActionForm, version: number): ActionRequest {
  const body: ActionRequest = { version }
  const text = (s: string) => s.trim()
  for (const field of spec.fields) {
    switch (field) {
      case 'reason':
        if (text(form.reason) || spec.reasonRequired) body.reason = text(form.reason)
        break
      case 'reason_code':
        body.reason_code = form.reason_code
        break
      case 'person_ids':
        body.person_ids = [...form.person_ids]
        break
      case 'classify':
        if (form.star_level !== null) body.star_level = form.star_level
        body.category = form.category
        break
      case 'merge_with':
        body.merge_with = [...form.merge_with]
        break
      case 'assign':
        body.mode = form.mode
        if (form.mode === 'joint') {
          if (form.lead_unit_id !== null) body.lead_unit_id = form.lead_unit_id
          body.co_unit_ids = form.co_unit_ids.filter((id) => id !== form.lead_unit_id)
        } else {
          body.unit_ids = [...form.unit_ids]
        }
        break
      case 'unit_id':
        if (form.unit_id !== null) body.unit_id = form.unit_id
        break
      case 'until':
        if (form.until) body.until = form.until
        break
      case 'contact':
        if (form.method) body.method = form.method
        if (form.contact_on) body.contact_on = form.contact_on
        body.summary = text(form.summary)
        break
      case 'note':
        body.note = text(form.note)
        break
      case 'answer':
        body.answer_class = form.answer_class
        body.body = text(form.body)
        body.commitments = form.commitments.map((c) => ({ what: text(c.what), due_on: c.due_on }))
        break
      case 'rating':
        if (form.rating) body.rating = form.rating
        break
      case 'comment':
        if (text(form.comment)) body.comment = text(form.comment)
        break
      case 'commitment_id':
        if (form.commitment_id !== null) body.commitment_id = form.commitment_id
        break
      case 'done':
        body.done = form.done
        break
      case 'result':
        if (form.result) body.result = form.result
        break
    }
  }
  return body
}

/** Translation function shape used by the checks (vue-i18n's `t`). */
export type Translate = (key: string, named?: Record<string, unknown>) => string

/**
 * The browser's checks of an action's inputs, as messages by form field (the same names
 * the server's field errors use after `formField`). Empty when the form may be sent.
 */
export function checkActionForm(
  spec: ActionSpec,
  form: ActionForm,
  ctx: { today: string; answerClasses: Options['answer_classes'] },
  t: Translate,
): Record<string, string> {
  const errors: Record<string, string> = {}
  const blank = (s: string) => s.trim() === ''
  for (const field of spec.fields) {
    switch (field) {
      case 'reason':
        if (spec.reasonRequired && blank(form.reason)) errors.reason = t('suggestions.check.reason')
        break
      case 'reason_code':
        if (!form.reason_code) errors.reason_code = t('suggestions.check.reasonCode')
        break
      case 'person_ids':
        if (form.person_ids.length === 0) errors.person_ids = t('suggestions.check.cosigners')
        break
      case 'classify':
        if (form.star_level === null) errors.star_level = t('suggestions.check.starLevel')
        if (blank(form.category)) errors.category = t('suggestions.check.category')
        break
      case 'merge_with':
        if (form.merge_with.length === 0) errors.merge_with = t('suggestions.check.mergeWith')
        break
      case 'assign':
        if (form.mode === 'joint') {
          if (form.lead_unit_id === null) errors.lead_unit_id = t('suggestions.check.leadUnit')
          else if (form.co_unit_ids.includes(form.lead_unit_id)) errors.co_unit_ids = t('suggestions.check.coIsLead')
        } else if (form.unit_ids.length < 2) {
          errors.unit_ids = t('suggestions.check.splitUnits')
        }
        break
      case 'unit_id':
        if (form.unit_id === null) errors.unit_id = t('suggestions.check.coUnit')
        break
      case 'until':
        if (!form.until) errors.until = t('suggestions.check.until')
        else if (form.until <= ctx.today) errors.until = t('suggestions.check.untilFuture')
        break
      case 'contact':
        if (!form.method) errors.method = t('suggestions.check.method')
        if (!form.contact_on) errors.contact_on = t('suggestions.check.contactOn')
        else if (form.contact_on > ctx.today) errors.contact_on = t('suggestions.check.contactFuture')
        if (blank(form.summary)) errors.summary = t('suggestions.check.summary')
        break
      case 'note':
        if (blank(form.note)) errors.note = t('suggestions.check.note')
        break
      case 'answer': {
        const cls = ctx.answerClasses.find((c) => c.code === form.answer_class)
        if (!cls) errors.answer_class = t('suggestions.check.answerClass')
        if (blank(form.body)) errors.body = t('suggestions.check.answerBody')
        if (cls?.needs_commitments && form.commitments.length === 0) {
          errors.commitments = t('suggestions.check.commitmentsNeeded', { cls: cls.code })
        }
        form.commitments.forEach((c, i) => {
          if (blank(c.what)) errors[`commitments.${i}.what`] = t('suggestions.check.commitmentWhat')
          if (!c.due_on) errors[`commitments.${i}.due_on`] = t('suggestions.check.commitmentDue')
          else if (c.due_on < ctx.today) errors[`commitments.${i}.due_on`] = t('suggestions.check.commitmentPast')
        })
        break
      }
      case 'rating':
        if (!form.rating) errors.rating = t('suggestions.check.rating')
        break
      case 'commitment_id':
        if (form.commitment_id === null) errors.commitment_id = t('suggestions.check.commitment')
        break
      case 'result':
        if (!form.result) errors.result = t('suggestions.check.result')
        break
      default:
        break
    }
  }
  return errors
}

/**
 * A server field name as the form names it: `commitments[0].due` → `commitments.0.due_on`,
 * `lead_unit` → `lead_unit_id`, `units` → `unit_ids`, `cosigners` → `person_ids`,
 * `commitment` → `commitment_id`, `merge_with[1]` → `merge_with` (the picker of ids).
 * Others keep their name, with `[N]` written `.N`.
 */
export function formField(server: string): string {
  const aliases: Record<string, string> = {
    lead_unit: 'lead_unit_id',
    units: 'unit_ids',
    co_units: 'co_unit_ids',
    cosigners: 'person_ids',
    commitment: 'commitment_id',
  }
  if (server in aliases) return aliases[server]
  const m = /^commitments\[(\d+)\]\.(what|due|due_on)$/.exec(server)
  if (m) return `commitments.${m[1]}.${m[2] === 'due' ? 'due_on' : m[2]}`
  // One of several picked ids is wrong: the picker shows it.
  const picked = /^(merge_with|person_ids|co_unit_ids|unit_ids)[[.]\d+\]?$/.exec(server)
  if (picked) return picked[1]
  return server.replace(/\[(\d+)\]/g, '.$1')
}

/** The commitments a progress report or look-back may name: open ones (look-back: also due). */
export function commitmentChoices(action: SuggestionAction, commitments: Commitment[], today: string): Commitment[] {
  if (action === 'report_progress') return commitments.filter((c) => c.status === 'open')
  if (action === 'look_back') return commitments.filter((c) => c.due_on < today)
  return commitments
}
