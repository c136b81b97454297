// The funding screens' model: a grant's limit — never more than asked, never more than the
// chosen pool has — and the pool it starts from; a payment's limit and day; a pool's checks
// (its total never below what it granted); the bodies sent; the usage bar's shares; the tab in
// the address.
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import {
  askBody,
  checkAsk,
  checkGrant,
  checkPool,
  checkSpend,
  createPoolBody,
  defaultPool,
  fundsTab,
  grantBody,
  grantLimit,
  leftToSpend,
  percentOf,
  spendBody,
  updatePoolBody,
  type PoolForm,
} from './funding'
import { granted, pool, request } from './fixtures'

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('granting', () => {
  const asked = request({ asked_fen: 800_000 })
  const rich = pool({ id: 3, available_fen: 440_000_000 })
  const poor = pool({ id: 4, available_fen: 300_000 })
  const empty = pool({ id: 5, available_fen: 0 })

  it('limits a grant to what was asked and what the pool has', () => {
    expect(grantLimit(asked)).toBe(800_000)
    expect(grantLimit(asked, rich)).toBe(800_000)
    expect(grantLimit(asked, poor)).toBe(300_000)
    expect(grantLimit(asked, empty)).toBe(0)
  })

  it('starts from the first pool that can pay it all, else the first', () => {
    expect(defaultPool(asked, [poor, rich])?.id).toBe(3)
    expect(defaultPool(asked, [poor, empty])?.id).toBe(4)
    expect(defaultPool(asked, [])).toBeUndefined()
  })

  it('checks the pool and the amount, naming the limit it passed', () => {
    const form = (pool_id: number | null, granted_fen: string) => ({ pool_id, granted_fen, note: '' })
    expect(checkGrant(form(3, '8,000.00'), asked, [poor, rich])).toEqual({})
    expect(checkGrant(form(4, '3000'), asked, [poor, rich])).toEqual({})
    expect(checkGrant(form(3, '0.01'), asked, [poor, rich])).toEqual({})
    expect(checkGrant(form(3, '8000.01'), asked, [poor, rich])).toEqual({
      granted_fen: '核定金额不能超过申请金额 8,000.00 元',
    })
    expect(checkGrant(form(4, '3000.01'), asked, [poor, rich])).toEqual({
      granted_fen: '超出资金余额：可用余额仅 3,000.00 元',
    })
    // More than asked is said first, whatever the pool.
    expect(checkGrant(form(4, '9000'), asked, [poor, rich])).toEqual({
      granted_fen: '核定金额不能超过申请金额 8,000.00 元',
    })
    expect(checkGrant(form(5, '1'), asked, [empty])).toEqual({ granted_fen: '超出资金余额：可用余额仅 0.00 元' })
    expect(checkGrant(form(null, ''), asked, [])).toEqual({ pool_id: '请选择列支资金', granted_fen: '请填写核定金额' })
    // A pool that is not offered (closed meanwhile, or of another congress) is no pool.
    expect(checkGrant(form(99, '1'), asked, [rich])).toEqual({ pool_id: '请选择列支资金' })
    expect(checkGrant(form(3, '-1'), asked, [rich])).toEqual({ granted_fen: '金额不能为负数' })
    expect(checkGrant(form(3, '1.001'), asked, [rich])).toEqual({ granted_fen: '金额最多保留两位小数（精确到分）' })
  })

  it('sends the version, the pool, the fen and a note only when written', () => {
    expect(grantBody(asked, { pool_id: 3, granted_fen: '6,000.5', note: ' ' })).toEqual({
      version: 1,
      pool_id: 3,
      granted_fen: 600_050,
    })
    expect(grantBody(asked, { pool_id: 3, granted_fen: '6000', note: ' 按工程量 ' })).toMatchObject({
      granted_fen: 600_000,
      note: '按工程量',
    })
  })
})

describe('asking and spending', () => {
  it('asks an amount with a purpose', () => {
    expect(checkAsk({ asked_fen: '', purpose: ' ' })).toEqual({
      asked_fen: '请填写申请金额',
      purpose: '请填写资金用途',
    })
    expect(checkAsk({ asked_fen: 'abc', purpose: '修路' })).toEqual({
      asked_fen: '金额格式不正确，请填写数字，如 12,345.67',
    })
    expect(checkAsk({ asked_fen: '12,345.67', purpose: '修路' })).toEqual({})
    expect(askBody({ asked_fen: '12,345.67', purpose: ' 修路 ' })).toEqual({ asked_fen: 1_234_567, purpose: '修路' })
  })

  it('spends at most what is left of a grant, on a day not after today', () => {
    const g = granted() // 6,000.00 granted, 2,000.00 spent
    expect(leftToSpend(g)).toBe(400_000)
    expect(leftToSpend(granted({ spent_fen: 600_000 }))).toBe(0)
    expect(leftToSpend(request())).toBe(0)
    const today = '2026-03-10'
    const form = (amount_fen: string, spent_on = today, note = '进度款') => ({ amount_fen, spent_on, note })
    expect(checkSpend(form('4,000.00'), g, today)).toEqual({})
    expect(checkSpend(form('4000.01'), g, today)).toEqual({
      amount_fen: '累计支出不能超过核定金额，尚可支出 4,000.00 元',
    })
    expect(checkSpend(form('1', '2026-03-11'), g, today)).toEqual({ spent_on: '支出日期不能晚于今天' })
    expect(checkSpend(form('', '', ''), g, today)).toEqual({
      amount_fen: '请填写支出金额',
      spent_on: '请选择支出日期',
      note: '请填写支出事项',
    })
    expect(spendBody(form('0.5', '2026-03-09', ' 材料费 '))).toEqual({
      amount_fen: 50,
      spent_on: '2026-03-09',
      note: '材料费',
    })
  })
})

describe('pools', () => {
  const blank = (changes: Partial<PoolForm> = {}): PoolForm => ({
    org_node_id: 1,
    year: 2026,
    name: '代表建议办理专项资金',
    source: 'special_fund',
    budget_line: '',
    total_fen: '5,000,000',
    note: '',
    status: 'open',
    ...changes,
  })

  it('checks a new pool: congress, year, name, a budget line’s code, the total', () => {
    expect(checkPool(blank(), null)).toEqual({})
    expect(checkPool(blank({ org_node_id: null, year: 1999, name: ' ', total_fen: '0' }), null)).toEqual({
      org_node_id: '请选择人大',
      year: '年度应在 2000 至 2100 之间',
      name: '请填写资金名称',
      total_fen: '金额应大于 0',
    })
    expect(checkPool(blank({ source: 'budget_line' }), null)).toEqual({ budget_line: '请填写预算科目' })
    expect(checkPool(blank({ total_fen: '10,000,000,000.01' }), null)).toEqual({ total_fen: '金额不能超过 100 亿元' })
  })

  it('keeps a pool’s total at least what it granted', () => {
    const p = pool({ granted_fen: 60_000_000 })
    expect(checkPool(blank({ total_fen: '600,000' }), p)).toEqual({})
    expect(checkPool(blank({ total_fen: '599,999.99' }), p)).toEqual({
      total_fen: '资金总额不能低于已核定的 600,000.00 元',
    })
    // The congress and year are not changed once it exists.
    expect(checkPool(blank({ org_node_id: null, year: 0, total_fen: '600000' }), p)).toEqual({})
  })

  it('sends a budget line only with one; a change carries the version and status', () => {
    expect(createPoolBody(blank({ budget_line: '2120399', note: ' 年初安排 ' }))).toEqual({
      org_node_id: 1,
      year: 2026,
      name: '代表建议办理专项资金',
      source: 'special_fund',
      total_fen: 500_000_000,
      note: '年初安排',
    })
    expect(createPoolBody(blank({ source: 'budget_line', budget_line: ' 2120399 其他 ' }))).toMatchObject({
      source: 'budget_line',
      budget_line: '2120399 其他',
    })
    expect(updatePoolBody(pool(), blank({ status: 'closed', budget_line: 'x' }))).toEqual({
      version: 2,
      status: 'closed',
      name: '代表建议办理专项资金',
      source: 'special_fund',
      budget_line: '',
      total_fen: 500_000_000,
      note: '',
    })
  })

  it('draws the usage bar’s shares', () => {
    expect(percentOf(60_000_000, 500_000_000)).toBe(12)
    expect(percentOf(1, 3)).toBe(33.3)
    expect(percentOf(5, 0)).toBe(0)
    expect(percentOf(7, 7)).toBe(100)
  })

  it('reads the tab from the address', () => {
    expect(fundsTab({})).toBe('pools')
    expect(fundsTab({ tab: 'asks' })).toBe('asks')
    expect(fundsTab({ tab: 'other' })).toBe('pools')
  })
})
