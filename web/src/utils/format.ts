// Times are stored in UTC; people read them in Beijing time (Asia/Shanghai).
const TZ = 'Asia/Shanghai'

function parts(iso: string, withTime: boolean): Record<string, string> | null {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return null
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' } : {}),
  })
  const out: Record<string, string> = {}
  for (const p of fmt.formatToParts(d)) out[p.type] = p.value
  return out
}

/** `2024-01-15T08:30:00.000Z` → `2024-01-15 16:30:00` (Beijing time). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const p = parts(iso, true)
  if (!p) return iso
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`
}

/** `2024-01-15T20:30:00.000Z` → `2024-01-16` (Beijing date). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const p = parts(iso, false)
  if (!p) return iso
  return `${p.year}-${p.month}-${p.day}`
}

/** Today's date in Beijing as YYYY-MM-DD. */
export function todayInBeijing(now = new Date()): string {
  return formatDate(now.toISOString())
}

/** A date picker's day (the local midnight it hands over) as YYYY-MM-DD, to compare with `todayInBeijing()`. */
export function pickerDay(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10)
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** First moment of a Beijing calendar day as a UTC time: `2026-01-02` → `2026-01-01T16:00:00Z`. */
export function beijingDayStart(date: string): string {
  return isoSeconds(Date.parse(`${date}T00:00:00+08:00`))
}

/** Last second of a Beijing calendar day as a UTC time: `2026-01-02` → `2026-01-02T15:59:59Z`. */
export function beijingDayEnd(date: string): string {
  return isoSeconds(Date.parse(`${date}T23:59:59+08:00`))
}
