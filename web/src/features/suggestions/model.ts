// Types and pure rules of the suggestions screens (代表建议办理): state and flag tags, the
// list's filters as a URL query and as API parameters, and which inputs each workflow action
// takes (the table "Action inputs" of docs/suggestions.md), how they are checked in the
// browser and sent. The server decides everything again; these only shape the forms.
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { Schemas } from '@/api/client'

export type SuggestionState = Schemas['SuggestionState']
export type SuggestionAction = Schemas['SuggestionAction']
export type Summary = Schemas['SuggestionSummary']
export type Detail = Schemas['SuggestionDetail']
export type Options = Schemas['SuggestionOptions']
export type Flags = Schemas['DeadlineFlags']
export type ActionRequest = Schemas['SuggestionActionRequest']
export type AssignMode = Schemas['AssignMode']
export type ContactMethod = Schemas['ContactMethod']
export type Rating = Schemas['Rating']
export type LookBackResult = Schemas['LookBackResult']
export type SuggestionUnit = Schemas['SuggestionUnit']
export type Commitment = Schemas['SuggestionCommitment']
export type Notification = Schemas['Notification']

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

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

// ---- flags (临近到期 / 已超期 / 严重超期) ------------------------------------------------

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

// ---- list filters <-> URL query <-> API query ------------------------------------------

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
  if (f.flag) out.flag = f.flag
  if (f.box) out.box = f.box
  if (s.sort) out.sort = s.sort
  if (s.page > 1) out.page = String(s.page)
  if (s.pageSize !== defaultPageSize) out.page_size = String(s.pageSize)
  return out
}

/** Filters as API query parameters (empty ones left out): the list and the export. */
export function filterQuery(f: Partial<SuggestionFilters>) {
  return {
    q: f.q?.trim() || undefined,
    state: f.state || undefined,
    session_id: f.session_id ?? undefined,
    unit_id: f.unit_id ?? undefined,
    star_level: f.star_level ?? undefined,
    category: f.category || undefined,
    flag: f.flag || undefined,
    box: f.box || undefined,
  }
}

// ---- action forms ----------------------------------------------------------------------

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
]
const CONFIRM: SuggestionAction[] = ['withdraw', 'reject_not_suggestion', 'sign_off_answer', 'close', 'merge']
const DANGER: SuggestionAction[] = [
  'withdraw',
  'reject_not_suggestion',
  'return_for_revision',
  'send_back_answer',
  'cosigner_decline',
  'reject_extension',
  'reject_reassignment',
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

// ---- attachments -----------------------------------------------------------------------

export const ATTACHMENT_TYPES = ['pdf', 'ofd', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'jpeg', 'png']
export const ATTACHMENT_ACCEPT = ATTACHMENT_TYPES.map((e) => `.${e}`).join(',')
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024

/** Why a file cannot be attached (`type`, `size`, `empty`), or null when it can. */
export function attachmentProblem(name: string, size: number): 'type' | 'size' | 'empty' | null {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''
  if (!ATTACHMENT_TYPES.includes(ext)) return 'type'
  if (size === 0) return 'empty'
  if (size > ATTACHMENT_MAX_BYTES) return 'size'
  return null
}

/** 1536 → "1.5 KB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
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
