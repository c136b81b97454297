// Money as the API speaks it: whole fen (1 元 = 100 fen), at most 10^12 fen (100 亿元). Shown as
// "1,234,567.89 元"; typed by a clerk as yuan ("12,345.6", "12345.67", "１２３４５元") and read
// back to fen exactly — with string arithmetic, never through a floating-point number, so
// "0.29" is 29 fen and not 28.999….
import { i18n } from '@/i18n'

/** The largest amount the server takes (100 亿元). */
export const MAX_FEN = 1_000_000_000_000

/** Groups a string of digits by thousands: "1234567" → "1,234,567". */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Fen as yuan with two decimals and thousands separators: 123456789 → "1,234,567.89". */
export function yuanText(fen: number): string {
  if (!Number.isSafeInteger(fen)) return String(fen)
  const digits = String(Math.abs(fen)).padStart(3, '0')
  const whole = digits.slice(0, -2)
  return `${fen < 0 ? '-' : ''}${grouped(whole)}.${digits.slice(-2)}`
}

/** Fen as the app shows money: 123456789 → "1,234,567.89 元". */
export function formatFen(fen: number): string {
  return `${yuanText(fen)} 元`
}

export type MoneyProblem = 'required' | 'invalid' | 'negative' | 'decimals' | 'zero' | 'tooLarge'
export type ParsedYuan = { ok: true; fen: number } | { ok: false; problem: MoneyProblem; error: string }

const FULL_WIDTH: Record<string, string> = { '，': ',', '．': '.', '。': '.', '－': '-' }

/** Full-width digits and marks as ASCII, white space (also U+3000) dropped, "¥" before and "元" after dropped. */
function normalised(text: string): string {
  const ascii = text.replace(/[０-９，．。－]/g, (c) =>
    c in FULL_WIDTH ? FULL_WIDTH[c] : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  )
  return ascii
    .replace(/\s+/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '')
}

function failed(problem: MoneyProblem, field?: string): ParsedYuan {
  const t = i18n.global.t
  const error =
    problem === 'required' && field ? t('common.required', { field }) : t(`supervision.funding.money.${problem}`)
  return { ok: false, problem, error }
}

/** Digits, a comma every three of them if any, then a point and decimals (either side may be empty, not both). */
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/

/**
 * A yuan amount as typed, to whole fen: digits with an optional comma every three of them and
 * at most two decimals; positive and at most 100 亿元. Otherwise the reason, in the app's
 * language (`field` names the amount in 请填写…).
 */
export function parseYuan(text: string, field?: string): ParsedYuan {
  const s = normalised(text)
  if (s === '') return failed('required', field)
  const negative = /^[-−]/.test(s)
  const m = AMOUNT.exec(negative ? s.slice(1) : s)
  if (!m || (m[1] === undefined && !m[2])) return failed('invalid')
  if (negative) return failed('negative')
  const [, whole = '', decimals = ''] = m
  if (decimals.length > 2) return failed('decimals')
  const fen = `${whole.replace(/,/g, '')}${decimals.padEnd(2, '0')}`.replace(/^0+/, '')
  if (fen === '') return failed('zero')
  const max = String(MAX_FEN)
  if (fen.length > max.length || (fen.length === max.length && fen > max)) return failed('tooLarge')
  return { ok: true, fen: Number(fen) }
}

/** Fen of a typed amount, or null when it does not read as one. */
export function fenOf(text: string): number | null {
  const p = parseYuan(text)
  return p.ok ? p.fen : null
}
