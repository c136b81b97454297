// Money: fen shown as "1,234,567.89 元"; a clerk's yuan read back to fen exactly (string
// arithmetic: 0.29 元 is 29 fen, 100 亿元 the most), or refused with the reason in zh-CN.
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { MAX_FEN, fenOf, formatFen, parseYuan, yuanText } from './money'

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('formatFen', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [99, '0.99'],
    [100, '1.00'],
    [12_345, '123.45'],
    [99_999, '999.99'],
    [100_000, '1,000.00'],
    [123_456_789, '1,234,567.89'],
    [500_000_000, '5,000,000.00'],
    [MAX_FEN, '10,000,000,000.00'],
    [-1, '-0.01'],
    [-123_456_789, '-1,234,567.89'],
  ])('%d fen → %s', (fen, text) => {
    expect(yuanText(fen)).toBe(text)
    expect(formatFen(fen)).toBe(`${text} 元`)
  })

  it('leaves what is not a whole number of fen as it is', () => {
    expect(yuanText(1.5)).toBe('1.5')
    expect(yuanText(Number.NaN)).toBe('NaN')
  })

  it('reads back what it writes', () => {
    for (const fen of [1, 29, 100, 12_345, 100_001, 123_456_789, 999_999_999_999, MAX_FEN])
      expect(parseYuan(yuanText(fen))).toEqual({ ok: true, fen })
  })
})

describe('parseYuan', () => {
  it.each([
    ['12345.67', 1_234_567],
    ['12,345.6', 1_234_560],
    ['12,345', 1_234_500],
    ['1,234,567.89', 123_456_789],
    ['0.01', 1],
    ['0.1', 10],
    ['0.29', 29],
    ['0.57', 57],
    ['1.00', 100],
    ['8000', 800_000],
    ['007', 700],
    ['12.', 1_200],
    ['.5', 50],
    [' 8,000.00 ', 800_000],
    ['8000元', 800_000],
    ['8000 元', 800_000],
    ['¥8000', 800_000],
    ['￥8,000.5', 800_050],
    ['１２，３４５．６７', 1_234_567],
    ['１２３４５。６', 1_234_560],
    ['\u300012345\u3000', 1_234_500],
    ['10000000000', MAX_FEN],
    ['10,000,000,000.00', MAX_FEN],
    ['9999999999.99', MAX_FEN - 1],
  ])('%j → %d fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen })
    expect(fenOf(text)).toBe(fen)
  })

  it('is exact where floating point is not (0.07 × 100 = 7.000000000000001)', () => {
    for (let cents = 0; cents < 100; cents++) {
      const text = `123456789.${String(cents).padStart(2, '0')}`
      expect(parseYuan(text)).toEqual({ ok: true, fen: 12_345_678_900 + cents })
    }
  })

  const refused = (text: string) => {
    const p = parseYuan(text)
    if (p.ok) throw new Error(`${text} was read as ${p.fen}`)
    return [p.problem, p.error]
  }

  it.each(['', '   ', '\u3000', '元'])('asks for an amount when empty: %j', (text) => {
    expect(refused(text)).toEqual(['required', '请填写金额'])
    expect(parseYuan(text, '申请金额')).toMatchObject({ ok: false, error: '请填写申请金额' })
  })

  it.each(['-1', '-0.5', '-12,345.67', '−100', '－100'])('refuses a negative amount: %j', (text) => {
    expect(refused(text)).toEqual(['negative', '金额不能为负数'])
  })

  it.each(['1.234', '0.001', '12,345.678', '100.000'])('refuses more than two decimals: %j', (text) => {
    expect(refused(text)).toEqual(['decimals', '金额最多保留两位小数（精确到分）'])
  })

  it.each(['0', '0.00', '0.0', '000', '.0', '0.'])('refuses nothing: %j', (text) => {
    expect(refused(text)).toEqual(['zero', '金额应大于 0'])
  })

  it.each(['10000000000.01', '10,000,000,000.01', '99999999999', '123456789012345678901234567890'])(
    'refuses more than 100 亿元: %j',
    (text) => {
      expect(refused(text)).toEqual(['tooLarge', '金额不能超过 100 亿元'])
    },
  )

  it.each([
    'abc',
    '十万',
    '1e5',
    '1E5',
    '0x10',
    'Infinity',
    'NaN',
    '.',
    ',',
    '1.2.3',
    '12,34',
    '1,2345',
    '12345,678',
    ',123',
    '123,',
    '1,234.5,6',
    '12 元 5',
    '+100',
    '--5',
    '-',
    '-abc',
    '5-',
    '1,000万',
    '12.3a',
  ])('refuses what is not a number: %j', (text) => {
    expect(refused(text)).toEqual(['invalid', '金额格式不正确，请填写数字，如 12,345.67'])
  })

  it('speaks English in English', () => {
    i18n.global.locale.value = 'en'
    expect(parseYuan('1.234')).toMatchObject({ ok: false, error: 'At most two decimals (fen)' })
  })
})
