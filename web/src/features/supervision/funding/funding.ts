// 经费保障: the API's types under the screens' names, the words and tags of the statuses and
// sources, the limits the dialogs check before sending (a grant never more than asked nor
// more than the pool has, a payment never more than is left of its grant, a pool's total never
// below what it granted) and the bodies of the calls. Amounts are whole fen (money.ts); the
// server checks everything again.
import type { FormRules } from 'element-plus'
import type { LocationQuery } from 'vue-router'
import type { Schemas } from '@/api/client'
import type { TagType } from '@/features/suggestions/model'
import { i18n } from '@/i18n'
import { queryText } from '@/utils/query'
import { formatFen, parseYuan } from './money'

export type FundPool = Schemas['FundPool']
export type FundSource = Schemas['FundSource']
export type FundPoolStatus = Schemas['FundPoolStatus']
export type FundingRequest = Schemas['FundingRequest']
export type FundingStatus = Schemas['FundingRequestStatus']
export type FundingSpend = Schemas['FundingSpend']
export type ItemFunding = Schemas['ItemFunding']

export const FUND_SOURCES: FundSource[] = ['special_fund', 'budget_line']
export const POOL_STATUSES: FundPoolStatus[] = ['open', 'closed']
export const FUNDING_STATUSES: FundingStatus[] = ['asked', 'granted', 'refused']

export const FUNDING_TAG: Record<FundingStatus, TagType> = { asked: 'warning', granted: 'success', refused: 'info' }
export const POOL_TAG: Record<FundPoolStatus, TagType> = { open: 'success', closed: 'info' }

/** The most a grant of `request` from `pool` may be: what was asked, and no more than the pool still has. */
export function grantLimit(request: Pick<FundingRequest, 'asked_fen'>, pool?: Pick<FundPool, 'available_fen'>): number {
  return pool ? Math.max(0, Math.min(request.asked_fen, pool.available_fen)) : request.asked_fen
}

/** Why `fen` may not be granted for `request` from `pool`, or null when it may. */
export function grantProblem(
  fen: number,
  request: Pick<FundingRequest, 'asked_fen'>,
  pool?: Pick<FundPool, 'available_fen'>,
): string | null {
  const t = i18n.global.t
  if (fen > request.asked_fen) return t('supervision.funding.grant.overAsked', { asked: formatFen(request.asked_fen) })
  if (pool && fen > pool.available_fen)
    return t('supervision.funding.grant.overAvailable', { available: formatFen(pool.available_fen) })
  return null
}

/** The pool a grant starts from: the first that can pay the whole ask, else the first. */
export function defaultPool(request: Pick<FundingRequest, 'asked_fen'>, pools: FundPool[]): FundPool | undefined {
  return pools.find((p) => p.available_fen >= request.asked_fen) ?? pools[0]
}

/** What is left to spend of a grant. */
export function leftToSpend(r: Pick<FundingRequest, 'status' | 'granted_fen' | 'spent_fen'>): number {
  return r.status === 'granted' ? Math.max(0, r.granted_fen - r.spent_fen) : 0
}

/** Why a payment of `fen` out of `request` is refused, or null. */
export function spendProblem(fen: number, request: Pick<FundingRequest, 'status' | 'granted_fen' | 'spent_fen'>) {
  const left = leftToSpend(request)
  return fen > left ? i18n.global.t('supervision.funding.spend.overLeft', { left: formatFen(left) }) : null
}

/** Why a pool's total of `fen` is refused (below what it granted), or null. */
export function totalProblem(fen: number, pool: Pick<FundPool, 'granted_fen'> | null): string | null {
  if (!pool || fen >= pool.granted_fen) return null
  return i18n.global.t('supervision.funding.pools.belowGranted', { granted: formatFen(pool.granted_fen) })
}

/** A share of a total in percent with one decimal (0 of a zero total), for the usage bar. */
export function percentOf(part: number, total: number): number {
  if (total <= 0) return 0
  return Math.min(100, Math.round((part * 1000) / total) / 10)
}

/** The fen of a typed amount a form already checked (0 when it is not one: the server refuses it). */
export function fenOrZero(text: string): number {
  const p = parseYuan(text)
  return p.ok ? p.fen : 0
}

/**
 * The rules of a dialog's form that only mark the required fields (the asterisk): the dialog
 * checks its fields itself as it saves (checkAsk …), so they never run on blur or change.
 */
export function requiredMarks(fields: string[]): FormRules {
  return Object.fromEntries(fields.map((f) => [f, [{ required: true, trigger: 'save' }]]))
}

// ---- the dialogs' checks before sending: messages by field (none: the form may be sent) ----

export type FieldErrors = Record<string, string>

const tr = (key: string, values: Record<string, unknown> = {}) => i18n.global.t(key, values)

/** A required text: filled with more than white space. */
function needText(errors: FieldErrors, field: string, value: string, label: string): void {
  if (!value.trim()) errors[field] = tr('common.required', { field: tr(label) })
}

/** An amount typed in yuan: it reads as one (money.ts), then passes `limit` (a message, or null). */
function needAmount(
  errors: FieldErrors,
  field: string,
  value: string,
  label: string,
  limit?: (fen: number) => string | null,
): void {
  const p = parseYuan(value, tr(label))
  const problem = p.ok ? (limit?.(p.fen) ?? null) : p.error
  if (problem) errors[field] = problem
}

export interface AskForm {
  asked_fen: string
  purpose: string
}

export function checkAsk(f: AskForm): FieldErrors {
  const errors: FieldErrors = {}
  needAmount(errors, 'asked_fen', f.asked_fen, 'supervision.funding.ask.amount')
  needText(errors, 'purpose', f.purpose, 'supervision.funding.ask.purpose')
  return errors
}

export function askBody(f: AskForm) {
  return { asked_fen: fenOrZero(f.asked_fen), purpose: f.purpose.trim() }
}

export interface GrantForm {
  pool_id: number | null
  granted_fen: string
  note: string
}

/** A grant: a pool among those offered, an amount not more than asked nor than that pool has. */
export function checkGrant(f: GrantForm, request: Pick<FundingRequest, 'asked_fen'>, pools: FundPool[]): FieldErrors {
  const errors: FieldErrors = {}
  const pool = pools.find((p) => p.id === f.pool_id)
  if (!pool) errors.pool_id = tr('common.requiredSelect', { field: tr('supervision.funding.grant.pool') })
  needAmount(errors, 'granted_fen', f.granted_fen, 'supervision.funding.grant.amount', (fen) =>
    grantProblem(fen, request, pool),
  )
  return errors
}

export function grantBody(r: Pick<FundingRequest, 'version'>, f: GrantForm) {
  return {
    version: r.version,
    pool_id: f.pool_id ?? 0,
    granted_fen: fenOrZero(f.granted_fen),
    ...(f.note.trim() ? { note: f.note.trim() } : {}),
  }
}

export interface SpendForm {
  amount_fen: string
  spent_on: string
  note: string
}

/** A payment: not more than is left of the grant, on a day not after `today`, with what it paid for. */
export function checkSpend(
  f: SpendForm,
  request: Pick<FundingRequest, 'status' | 'granted_fen' | 'spent_fen'>,
  today: string,
): FieldErrors {
  const errors: FieldErrors = {}
  needAmount(errors, 'amount_fen', f.amount_fen, 'supervision.funding.spend.amount', (fen) =>
    spendProblem(fen, request),
  )
  if (!f.spent_on) errors.spent_on = tr('common.requiredSelect', { field: tr('supervision.funding.spend.spentOn') })
  else if (f.spent_on > today) errors.spent_on = tr('supervision.funding.spend.notAfterToday')
  needText(errors, 'note', f.note, 'supervision.funding.spend.note')
  return errors
}

export function spendBody(f: SpendForm) {
  return { amount_fen: fenOrZero(f.amount_fen), spent_on: f.spent_on, note: f.note.trim() }
}

export interface PoolForm {
  org_node_id: number | null
  year: number
  name: string
  source: FundSource
  budget_line: string
  total_fen: string
  note: string
  status: FundPoolStatus
}

/** A pool: its congress and year when new, a name, a budget line's code when one, a total (never below what it granted). */
export function checkPool(f: PoolForm, pool: Pick<FundPool, 'granted_fen'> | null): FieldErrors {
  const errors: FieldErrors = {}
  const label = (key: string) => `supervision.funding.pools.${key}`
  if (!pool && !f.org_node_id) errors.org_node_id = tr('common.requiredSelect', { field: tr(label('congress')) })
  if (!pool && !(Number.isInteger(f.year) && f.year >= 2000 && f.year <= 2100))
    errors.year = tr('supervision.funding.pools.badYear')
  needText(errors, 'name', f.name, label('name'))
  if (f.source === 'budget_line') needText(errors, 'budget_line', f.budget_line, label('budgetLine'))
  needAmount(errors, 'total_fen', f.total_fen, label('total'), (fen) => totalProblem(fen, pool))
  return errors
}

/** The body of 新建资金. */
export function createPoolBody(f: PoolForm) {
  return {
    ...(f.org_node_id ? { org_node_id: f.org_node_id } : {}),
    year: f.year,
    name: f.name.trim(),
    source: f.source,
    ...(f.source === 'budget_line' ? { budget_line: f.budget_line.trim() } : {}),
    total_fen: fenOrZero(f.total_fen),
    ...(f.note.trim() ? { note: f.note.trim() } : {}),
  }
}

/** The body of a pool's change, at its version (a special fund keeps no budget line). */
export function updatePoolBody(p: Pick<FundPool, 'version'>, f: PoolForm) {
  return {
    version: p.version,
    status: f.status,
    name: f.name.trim(),
    source: f.source,
    budget_line: f.source === 'budget_line' ? f.budget_line.trim() : '',
    total_fen: fenOrZero(f.total_fen),
    note: f.note.trim(),
  }
}

/** The tabs of 经费保障. */
export type FundsTab = 'pools' | 'asks'

/** The tab the address names (`?tab=asks`), 资金池 otherwise. */
export function fundsTab(query: LocationQuery): FundsTab {
  return queryText(query.tab) === 'asks' ? 'asks' : 'pools'
}
