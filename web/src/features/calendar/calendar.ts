// The working-day calendar page's pure rules: rows of dates with names, checked before
// saving (dates in the year, once each, names given, make-up working days on weekends and
// not also holidays) with errors keyed like the server's (`holidays.3.date`).

export interface DayRow {
  date: string
  name: string
}

export type DayList = 'holidays' | 'makeup_workdays'

export type Translate = (key: string, named?: Record<string, unknown>) => string

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** 0 Sunday … 6 Saturday, for a `YYYY-MM-DD` date (calendar arithmetic, no time zone). */
export function weekday(date: string): number {
  if (!DATE.test(date)) return -1
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

export function isWeekend(date: string): boolean {
  const w = weekday(date)
  return w === 0 || w === 6
}

/** Every date from `from` to `to` inclusive (both `YYYY-MM-DD`); empty when reversed or malformed. */
export function datesBetween(from: string, to: string, max = 366): string[] {
  if (!DATE.test(from) || !DATE.test(to) || to < from) return []
  const out: string[] = []
  const [y, m, d] = from.split('-').map(Number)
  const day = new Date(Date.UTC(y, m - 1, d))
  while (out.length < max) {
    const s = day.toISOString().slice(0, 10)
    if (s > to) break
    out.push(s)
    day.setUTCDate(day.getUTCDate() + 1)
  }
  return out
}

/** Rows by date (empty dates last), names trimmed. */
export function sortRows(rows: DayRow[]): DayRow[] {
  return rows
    .map((r) => ({ date: r.date ?? '', name: (r.name ?? '').trim() }))
    .sort((a, b) => (a.date === b.date ? 0 : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? -1 : 1))
}

/** Adds `dates` as rows named `name`, skipping dates already listed. Returns how many were added. */
export function addDates(rows: DayRow[], dates: string[], name: string): number {
  const have = new Set(rows.map((r) => r.date))
  let added = 0
  for (const date of dates) {
    if (have.has(date)) continue
    rows.push({ date, name })
    have.add(date)
    added++
  }
  return added
}

/** Everything wrong with a year's lists, by field (`holidays.0.date`, `makeup_workdays.2.name`). */
export function checkCalendar(
  year: number,
  holidays: DayRow[],
  makeup: DayRow[],
  t: Translate,
): Record<string, string> {
  const errors: Record<string, string> = {}
  const holidaySet = new Set(holidays.map((r) => r.date).filter(Boolean))
  const check = (list: DayList, rows: DayRow[]) => {
    const seen = new Map<string, number>()
    rows.forEach((r, i) => {
      const at = `${list}.${i}`
      if (!r.date) errors[`${at}.date`] = t('calendar.check.date')
      else if (!DATE.test(r.date) || !r.date.startsWith(`${year}-`))
        errors[`${at}.date`] = t('calendar.check.inYear', { year })
      else if (seen.has(r.date)) errors[`${at}.date`] = t('calendar.check.duplicate', { n: seen.get(r.date)! + 1 })
      else if (list === 'makeup_workdays' && holidaySet.has(r.date))
        errors[`${at}.date`] = t('calendar.check.alsoHoliday')
      else if (list === 'makeup_workdays' && !isWeekend(r.date)) errors[`${at}.date`] = t('calendar.check.weekendOnly')
      if (r.date && !seen.has(r.date)) seen.set(r.date, i)
      const name = (r.name ?? '').trim()
      if (!name) errors[`${at}.name`] = t('calendar.check.name')
      else if ([...name].length > 30) errors[`${at}.name`] = t('calendar.check.nameLong', { max: 30 })
    })
  }
  check('holidays', holidays)
  check('makeup_workdays', makeup)
  return errors
}

/** A server field name as the page keys it: `holidays[3].date` → `holidays.3.date`. */
export function calendarField(server: string): string {
  return server.replace(/\[(\d+)\]/g, '.$1')
}

// ---- One calendar per congress ----
// GET /calendar/{year}?org_node_id= returns the days in force for that congress: its own and
// those set by the congresses above it (`inherited`, read-only here). The page edits its own
// days only and sends only those back; an own day on an inherited date overrides it locally.

/** A day in force as the server returns it. */
export interface DayInForce {
  date: string
  name: string
  org_node_id: number | null
  org_name: string
  inherited: boolean
}

export interface ScopedYear {
  holidays: DayInForce[]
  makeup_workdays: DayInForce[]
}

export interface InheritedRow extends DayRow {
  by: string // the congress that set it
}

/** Own (editable) and inherited (read-only) rows of each list, by date. */
export function splitDays(cal: ScopedYear): {
  own: Record<DayList, DayRow[]>
  inherited: Record<DayList, InheritedRow[]>
} {
  const own = (days: DayInForce[]) =>
    sortRows(days.filter((d) => !d.inherited).map((d) => ({ date: d.date, name: d.name })))
  const inherited = (days: DayInForce[]) =>
    days
      .filter((d) => d.inherited)
      .map((d) => ({ date: d.date, name: d.name, by: d.org_name }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return {
    own: { holidays: own(cal.holidays), makeup_workdays: own(cal.makeup_workdays) },
    inherited: { holidays: inherited(cal.holidays), makeup_workdays: inherited(cal.makeup_workdays) },
  }
}

/** The PUT body: the congress's own days only, `{date, name}` each (no inherited days). */
export function ownBody(own: Record<DayList, DayRow[]>): Record<DayList, DayRow[]> {
  const strip = (rows: DayRow[]) => sortRows(rows).map(({ date, name }) => ({ date, name }))
  return { holidays: strip(own.holidays), makeup_workdays: strip(own.makeup_workdays) }
}

/** Inherited days that an own day of the same date overrides (shown struck through). */
export function overridden(inherited: Record<DayList, InheritedRow[]>, own: Record<DayList, DayRow[]>): Set<string> {
  const mine = new Set([...own.holidays, ...own.makeup_workdays].map((r) => r.date).filter(Boolean))
  return new Set([...inherited.holidays, ...inherited.makeup_workdays].map((r) => r.date).filter((d) => mine.has(d)))
}
