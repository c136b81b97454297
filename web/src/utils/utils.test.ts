import { describe, expect, it } from 'vitest'
import { beijingDayEnd, beijingDayStart, formatDate, formatDateTime, pickerDay } from './format'
import { checkPassword, generatePassword, passwordOk } from './password'
import { compactQuery } from './query'

describe('format', () => {
  it('shows UTC times in Beijing time', () => {
    expect(formatDateTime('2024-01-15T08:30:00.000Z')).toBe('2024-01-15 16:30:00')
    expect(formatDate('2024-01-15T20:30:00.000Z')).toBe('2024-01-16')
    expect(formatDateTime(null)).toBe('')
  })

  it('reads a date picker’s local day', () => {
    expect(pickerDay(new Date(2026, 2, 9))).toBe('2026-03-09')
    expect(pickerDay(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31')
  })

  it('turns Beijing days into UTC bounds for the audit filters', () => {
    expect(beijingDayStart('2026-01-02')).toBe('2026-01-01T16:00:00Z')
    expect(beijingDayEnd('2026-01-02')).toBe('2026-01-02T15:59:59Z')
  })
})

describe('password policy', () => {
  it('needs 10 characters of three classes without the username', () => {
    expect(passwordOk('Abcdefgh12')).toBe(true)
    expect(checkPassword('abcdefgh12')).toEqual({ length: true, classes: false, noUsername: true })
    expect(checkPassword('Abc1')).toMatchObject({ length: false })
    expect(passwordOk('Xstaff.wang1', 'staff.wang')).toBe(false)
  })

  it('generates passwords that meet it', () => {
    for (let i = 0; i < 50; i++) expect(passwordOk(generatePassword(), 'someone')).toBe(true)
  })
})

describe('compactQuery', () => {
  it('sends texts trimmed and leaves blank ones and nothing picked out', () => {
    expect(compactQuery({ q: '  王 ', level: '', org_node_id: null, term_id: 3, page: 1, sort: ['-id'] })).toEqual({
      q: '王',
      level: undefined,
      org_node_id: undefined,
      term_id: 3,
      page: 1,
      sort: ['-id'],
    })
    expect(compactQuery({ q: '   ' }).q).toBeUndefined()
  })
})
