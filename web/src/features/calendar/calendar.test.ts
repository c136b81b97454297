// The working-day calendar page's checks: dates in the year and once each, names given,
// make-up working days on weekends and not holidays; ranges of holidays; server field names.
import { describe, expect, it } from 'vitest'
import {
  addDates,
  calendarField,
  checkCalendar,
  datesBetween,
  isWeekend,
  overridden,
  ownBody,
  sortRows,
  splitDays,
  weekday,
} from './calendar'
import { scopeMessages } from './messages'

const t = (key: string, named?: Record<string, unknown>) => (named ? `${key}${JSON.stringify(named)}` : key)

describe('working-day calendar', () => {
  it('knows weekdays', () => {
    expect(weekday('2025-10-01')).toBe(3) // Wednesday
    expect(isWeekend('2025-10-11')).toBe(true) // a Saturday worked in 2025
    expect(isWeekend('2025-09-30')).toBe(false)
    expect(weekday('')).toBe(-1)
  })

  it('expands a holiday period and skips dates already listed', () => {
    expect(datesBetween('2025-10-01', '2025-10-08')).toHaveLength(8)
    expect(datesBetween('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02'])
    expect(datesBetween('2025-10-08', '2025-10-01')).toEqual([])
    const rows = [{ date: '2025-10-01', name: '国庆节' }]
    expect(addDates(rows, datesBetween('2025-10-01', '2025-10-03'), '国庆节、中秋节')).toBe(2)
    expect(rows.map((r) => r.date)).toEqual(['2025-10-01', '2025-10-02', '2025-10-03'])
  })

  it('sorts rows by date, empty dates last', () => {
    expect(
      sortRows([
        { date: '', name: ' a ' },
        { date: '2025-05-02', name: 'b' },
        { date: '2025-05-01', name: 'c' },
      ]),
    ).toEqual([
      { date: '2025-05-01', name: 'c' },
      { date: '2025-05-02', name: 'b' },
      { date: '', name: 'a' },
    ])
  })

  it('checks each row and keys problems like the server', () => {
    const holidays = [
      { date: '2025-10-01', name: '国庆节' },
      { date: '2025-10-01', name: '国庆节' },
      { date: '2024-12-31', name: '元旦' },
      { date: '', name: '' },
    ]
    const makeup = [
      { date: '2025-09-28', name: '调休上班' }, // a Sunday: fine
      { date: '2025-09-30', name: '调休上班' }, // a Tuesday
      { date: '2025-10-01', name: '调休上班' }, // a holiday
      { date: '2025-10-11', name: 'x'.repeat(31) },
    ]
    expect(checkCalendar(2025, holidays, makeup, t)).toEqual({
      'holidays.1.date': 'calendar.check.duplicate{"n":1}',
      'holidays.2.date': 'calendar.check.inYear{"year":2025}',
      'holidays.3.date': 'calendar.check.date',
      'holidays.3.name': 'calendar.check.name',
      'makeup_workdays.1.date': 'calendar.check.weekendOnly',
      'makeup_workdays.2.date': 'calendar.check.alsoHoliday',
      'makeup_workdays.3.name': 'calendar.check.nameLong{"max":30}',
    })
    expect(checkCalendar(2025, holidays.slice(0, 1), makeup.slice(0, 1), t)).toEqual({})
  })

  it('reads server field names', () => {
    expect(calendarField('holidays[3].date')).toBe('holidays.3.date')
    expect(calendarField('makeup_workdays[0].name')).toBe('makeup_workdays.0.name')
  })

  it('splits a congress calendar into its own days and the inherited ones', () => {
    const province = { org_node_id: 1, org_name: '湖南省人民代表大会', inherited: true }
    const county = { org_node_id: 17, org_name: '衡阳县人民代表大会', inherited: false }
    const cal = {
      holidays: [
        { date: '2026-10-01', name: '国庆节', ...province },
        { date: '2026-03-03', name: '县庆', ...county },
      ],
      makeup_workdays: [{ date: '2026-10-10', name: '国庆节调休上班', ...province }],
    }
    const { own, inherited } = splitDays(cal)
    expect(own).toEqual({ holidays: [{ date: '2026-03-03', name: '县庆' }], makeup_workdays: [] })
    expect(inherited.holidays).toEqual([{ date: '2026-10-01', name: '国庆节', by: '湖南省人民代表大会' }])
    expect(inherited.makeup_workdays.map((r) => r.by)).toEqual(['湖南省人民代表大会'])
    // Only own days go back to the server, without the server's extra fields.
    const body = ownBody({
      holidays: [{ date: '2026-03-03', name: ' 县庆 ', ...county } as never],
      makeup_workdays: [],
    })
    expect(body).toEqual({ holidays: [{ date: '2026-03-03', name: '县庆' }], makeup_workdays: [] })
    expect(JSON.stringify(body)).not.toContain('inherited')
    // A local day on an inherited date overrides it.
    own.holidays.push({ date: '2026-10-10', name: '县里不调休' })
    expect([...overridden(inherited, own)]).toEqual(['2026-10-10'])
  })

  it('has every calendar-scope text in both languages', () => {
    expect(Object.keys(scopeMessages.en).sort()).toEqual(Object.keys(scopeMessages['zh-CN']).sort())
  })
})
