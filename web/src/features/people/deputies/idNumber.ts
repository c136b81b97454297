// Client-side checks of the 居民身份证号码 (GB 11643-1999, MOD 11-2) and mainland mobile
// numbers. They only help the user while typing: the server checks again and its field
// errors are what the form shows on save.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export type IdProblem = 'length' | 'digits' | 'check' | 'birth'

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** The birth date (YYYY-MM-DD) in digits 7–14, or '' when they are not a real date. */
export function birthDateFromId(id: string): string {
  if (!/^\d{14}/.test(id)) return ''
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  if (y < 1900 || !validDate(y, m, d)) return ''
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
}

/** Gender from the 17th digit (odd male, even female), or '' before it is typed. */
export function genderFromId(id: string): 'male' | 'female' | '' {
  if (!/^\d{17}/.test(id)) return ''
  return Number(id[16]) % 2 === 1 ? 'male' : 'female'
}

/** What is wrong with a complete ID number, or null when it passes. */
export function idNumberProblem(raw: string): IdProblem | null {
  const id = raw.trim().toUpperCase()
  if (id.length !== 18) return 'length'
  if (!/^\d{17}[\dX]$/.test(id)) return 'digits'
  if (idCheckChar(id) !== id[17]) return 'check'
  if (!birthDateFromId(id)) return 'birth'
  return null
}

/** 11 digits starting 13–19. */
export function isMobile(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone)
}

/** Age in whole years on `today` (YYYY-MM-DD). */
export function ageOn(birth: string, today: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birth)) return null
  let age = Number(today.slice(0, 4)) - Number(birth.slice(0, 4))
  if (today.slice(5) < birth.slice(5)) age--
  return age
}

/**
 * The age on `today` (YYYY-MM-DD) known from the birth year alone (the registry shows no
 * more without a reveal): "49–50" before the birthday is known, or the one possible age
 * when it is the same either way (born this year: "0"). Null without a year.
 */
export function ageFromYear(birthYear: number | null | undefined, today: string): string | null {
  if (!birthYear || !/^\d{4}-/.test(today)) return null
  const max = Number(today.slice(0, 4)) - birthYear
  if (max < 0) return null
  return max === 0 ? '0' : `${max - 1}–${max}`
}
