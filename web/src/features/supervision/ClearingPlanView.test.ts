// A carry-over plan's page against a mocked fetch: its facts, 已清零 X / 共 N 件 with the bar,
// and the items — the stage when carried over in the board's words with 已超期 / 承诺逾期,
// the state now in the suggestions' words, links to the items; a plan outside the caller's
// scope (404) says so.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import ClearingPlanView from './ClearingPlanView.vue'
import { clearingRouter, plan } from './fixtures'

const fetchMock = mockedFetch()
const settle = () => settleAfter(100)

async function mountPlan(answer: () => Response) {
  fetchMock.mockImplementation(async () => answer())
  const router = await clearingRouter('/supervision/clearing/plans/3')
  const w = mount(ClearingPlanView, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  await settle()
  return w
}

describe('ClearingPlanView', { timeout: 30_000 }, () => {
  it('shows the plan, how much of it is cleared, and its items as carried and as they stand', async () => {
    const w = await mountPlan(() => json(200, plan()))
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/v1/supervision/clearing/plans/3')
    expect(w.get('.page-title').text()).toBe('2026年度未清零建议结转计划')
    const facts = w.get('[data-test="plan-facts"]').text()
    expect(facts).toContain('衡阳县人民代表大会')
    expect(facts).toContain('2026 年')
    expect(facts).toContain('一季度内办结')
    expect(facts).toContain('王晓燕，2026-12-07 10:00:00')
    expect(w.get('[data-test="plan-due"]').text()).toBe('2027-03-31')
    expect(w.get('[data-test="plan-progress"]').text()).toContain('已清零 1 件 / 共 2 件')
    expect(w.get('[data-test="plan-progress"]').text()).toContain('50%')

    const rows = w.findAll('[data-test="plan-items"] .el-table__body-wrapper tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].text()).toContain('第12号')
    expect(rows[0].text()).toContain('县教育局')
    expect(rows[0].get('[data-test="plan-item-stage"]').text().replace(/\s+/g, '')).toBe('未答复已超期')
    expect(rows[0].get('[data-test="state-tag"]').text()).toBe('办理中')
    expect(rows[0].get('a[data-test="plan-item-title"]').attributes('href')).toBe('/suggestions/41')
    expect(rows[1].text()).toContain('未编号')
    expect(rows[1].text()).toContain('（尚无主办单位）')
    expect(rows[1].get('[data-test="plan-item-stage"]').text()).toBe('待审查立案')
    expect(rows[1].get('[data-test="state-tag"]').text()).toBe('办结')
    w.unmount()
  })

  it('says so when the plan is not there', async () => {
    const w = await mountPlan(() => json(404, problem(404, 'not_found', '结转计划不存在')))
    expect(w.text()).toContain('结转计划不存在')
    expect(w.find('[data-test="plan-items"]').exists()).toBe(false)
    w.unmount()
  })
})
