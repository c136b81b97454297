// 办理经费 on a suggestion's page against a mocked fetch: the totals and each ask in yuan with
// its status, decision and payments; the buttons follow the flags the server answers (can_ask,
// can_decide on open asks, can_spend on grants with money left); the grant dialog starts from
// the asked amount and a pool that can pay it and refuses more than asked or than the pool has;
// 不予安排 asks for a reason and confirms; a payment is at most what is left and not after today.
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { openSelect } from '@/test/select'
import { useAuthStore, type Permission } from '@/stores/auth'
import { todayInBeijing } from '@/utils/format'
import FundingSection from './FundingSection.vue'
import { granted, itemFunding, pool, request } from './fixtures'
import type { ItemFunding } from './funding'

const fetchMock = mockedFetch()
const settle = () => settleAfter(150)
const body = () => new DOMWrapper(document.body)
const ITEM = '/api/v1/supervision/items/42/funding'

let confirm: MockInstance
let funding: ItemFunding
let answer: (path: string) => Response

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
  confirm.mockClear()
  funding = itemFunding()
  answer = () => json(200, funding)
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    if (url === ITEM && (init?.method ?? 'GET') === 'GET') return json(200, funding)
    if (init?.method === 'POST') return answer(url)
    return json(404, problem(404, 'not_found', '不存在'))
  })
})

async function mountSection(flags: Partial<ItemFunding> = {}, permissions: Permission[] = ['suggestion.handle']) {
  funding = { ...funding, ...flags }
  useAuthStore().me = { id: 3, username: 'u', display_name: 'U', org_node_id: 1, grants: [], permissions } as never
  const blank = { template: '<div />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: blank },
      { path: '/supervision/funds', name: 'fund-pools', component: blank },
    ],
  })
  const w = mount(FundingSection, {
    props: { detail: { id: 42, state: 'handling' } },
    global: { plugins: [ElementPlus, i18n, router] },
    attachTo: document.body,
  })
  await settle()
  return w
}

const posts = (path: string) =>
  fetchMock.mock.calls
    .filter(([u, init]) => String(u) === path && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init!.body)))

const buttons = (w: { findAll: (s: string) => { length: number } }) => ({
  ask: w.findAll('[data-test="funding-ask"]').length,
  grant: w.findAll('[data-test="funding-grant"]').length,
  refuse: w.findAll('[data-test="funding-refuse"]').length,
  spend: w.findAll('[data-test="funding-spend"]').length,
})

describe('FundingSection', { timeout: 30_000 }, () => {
  it('shows the totals and each ask in yuan, with its decision and payments', async () => {
    const refused = request({ id: 7, asked_fen: 50_000, status: 'refused', decision_note: '已列入部门年度预算' })
    funding = itemFunding({ requests: [granted(), request(), refused] })
    const w = await mountSection({}, ['supervision.manage'])
    expect(w.get('[data-test="funding-total-asked"]').text()).toBe('16,000.00 元')
    expect(w.get('[data-test="funding-total-granted"]').text()).toBe('6,000.00 元')
    expect(w.get('[data-test="funding-total-spent"]').text()).toBe('2,000.00 元')
    const rows = w.findAll('[data-test="funding-request"]')
    expect(rows).toHaveLength(3)
    expect(rows[0].get('[data-test="funding-status"]').text()).toBe('已核定')
    expect(rows[0].get('[data-test="funding-request-amount"]').text()).toBe('8,000.00 元')
    expect(rows[0].get('[data-test="funding-decision"]').text()).toContain(
      '核定 6,000.00 元，从“代表建议办理专项资金”列支',
    )
    expect(rows[0].get('[data-test="funding-pool-link"]').attributes('href')).toBe('/supervision/funds?pool=3')
    expect(rows[0].text()).toContain('核定说明：按实际工程量核定')
    expect(rows[0].get('[data-test="funding-left"]').text()).toBe('已支出 2,000.00 元，尚可支出 4,000.00 元')
    expect(rows[0].get('[data-test="funding-payment"]').text()).toContain('2026-03-03')
    expect(rows[0].get('[data-test="funding-payment"]').text()).toContain('支付第一期工程进度款')
    expect(rows[1].get('[data-test="funding-status"]').text()).toBe('待核定')
    expect(rows[1].get('[data-test="funding-request-purpose"]').text()).toBe('道路硬化 1.2 公里')
    expect(rows[2].get('[data-test="funding-status"]').text()).toBe('未予安排')
    expect(rows[2].get('[data-test="funding-decision"]').text()).toContain('原因：已列入部门年度预算')
    w.unmount()
  })

  it('offers each button only when the server’s flag allows it', async () => {
    // The deputy (or a leader): nothing to do; nor a link to the pool for one who cannot read pools.
    const deputy = await mountSection({}, ['suggestion.draft'])
    expect(buttons(deputy)).toEqual({ ask: 0, grant: 0, refuse: 0, spend: 0 })
    expect(deputy.find('[data-test="funding-pool-link"]').exists()).toBe(false)
    deputy.unmount()
    // The lead unit: asks, and spends out of the grant with money left.
    const unit = await mountSection({ can_ask: true, can_spend: true })
    expect(buttons(unit)).toEqual({ ask: 1, grant: 0, refuse: 0, spend: 1 })
    expect(unit.findAll('[data-test="funding-request"]')[0].find('[data-test="funding-spend"]').exists()).toBe(true)
    unit.unmount()
    // The committee: decides the open ask only.
    const committee = await mountSection({ can_ask: true, can_spend: true, can_decide: true }, ['supervision.manage'])
    expect(buttons(committee)).toEqual({ ask: 1, grant: 1, refuse: 1, spend: 1 })
    const open = committee.findAll('[data-test="funding-request"]')[1]
    expect(open.find('[data-test="funding-grant"]').exists()).toBe(true)
    committee.unmount()
    // A grant spent to the last fen offers no more spending; a closed item no asking.
    funding = itemFunding({ requests: [granted({ spent_fen: 600_000 })] })
    const spent = await mountSection({ can_spend: true, can_decide: true })
    expect(buttons(spent)).toEqual({ ask: 0, grant: 0, refuse: 0, spend: 0 })
    spent.unmount()
  })

  it('shows an empty card, and a load failure', async () => {
    funding = itemFunding({ requests: [] })
    const w = await mountSection({ can_ask: true })
    expect(w.text()).toContain('还没有申请办理经费')
    expect(w.find('[data-test="funding-totals"]').exists()).toBe(false)
    expect(buttons(w).ask).toBe(1)
    w.unmount()
    fetchMock.mockResolvedValue(json(500, problem(500, 'internal', '服务器出错了')))
    const failed = await mountSection()
    expect(failed.text()).toContain('服务器出错了')
    failed.unmount()
  })

  it('asks money in yuan, read to fen exactly', async () => {
    funding = itemFunding({ requests: [] })
    const w = await mountSection({ can_ask: true })
    await w.get('[data-test="funding-ask"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="funding-ask-dialog"]')
    const save = async () => {
      await dialog.get('[data-test="funding-ask-save"]').trigger('click')
      await settle()
    }
    await dialog.get('input[data-test="funding-ask-amount"]').setValue('12,345.678')
    await save()
    expect(dialog.text()).toContain('金额最多保留两位小数（精确到分）')
    expect(dialog.text()).toContain('请填写资金用途')
    expect(posts(ITEM)).toHaveLength(0)

    await dialog.get('input[data-test="funding-ask-amount"]').setValue('12,345.67')
    await dialog.get('textarea[data-test="funding-ask-purpose"]').setValue(' 道路硬化 ')
    answer = () => json(201, itemFunding({ requests: [request({ asked_fen: 1_234_567 })], can_ask: true }))
    await save()
    expect(posts(ITEM)).toEqual([{ asked_fen: 1_234_567, purpose: '道路硬化' }])
    expect(w.get('[data-test="funding-request-amount"]').text()).toBe('12,345.67 元')
    expect(w.emitted('changed')).toHaveLength(1)
    w.unmount()
  })

  it('grants from the pool that can pay, never more than asked nor than the pool has', async () => {
    const small = pool({ id: 4, name: '县级预算科目', source: 'budget_line', available_fen: 300_000 })
    const big = pool()
    const w = await mountSection({ can_decide: true, pools: [small, big] }, ['supervision.manage'])
    await w.get('[data-test="funding-grant"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="funding-grant-dialog"]')
    // Starts from what was asked, and the first pool that can pay all of it.
    expect(dialog.get<HTMLInputElement>('input[data-test="funding-grant-amount"]').element.value).toBe('8,000.00')
    expect(dialog.get('[data-test="funding-grant-pool"]').text()).toContain('代表建议办理专项资金（2026年）')
    expect(dialog.get('[data-test="funding-grant-limit"]').text()).toBe(
      '最多可核定 8,000.00 元（申请 8,000.00 元，可用余额 4,400,000.00 元）',
    )
    const save = async () => {
      await dialog.get('[data-test="funding-grant-save"]').trigger('click')
      await settle()
    }
    await dialog.get('input[data-test="funding-grant-amount"]').setValue('8,000.01')
    await save()
    expect(dialog.text()).toContain('核定金额不能超过申请金额 8,000.00 元')
    expect(posts('/api/v1/supervision/funding/9/grant')).toHaveLength(0)

    // The smaller pool has only 3,000.00 元.
    const options = await openSelect(dialog, 'funding-grant-pool')
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('可用余额 3,000.00 元'),
      expect.stringContaining('可用余额 4,400,000.00 元'),
    ])
    options[0].click()
    await settle()
    expect(dialog.get('[data-test="funding-grant-limit"]').text()).toContain('最多可核定 3,000.00 元')
    await dialog.get('input[data-test="funding-grant-amount"]').setValue('6000')
    await save()
    expect(dialog.text()).toContain('超出资金余额：可用余额仅 3,000.00 元')
    expect(posts('/api/v1/supervision/funding/9/grant')).toHaveLength(0)

    await dialog.get('input[data-test="funding-grant-amount"]').setValue('3,000')
    await dialog.get('textarea[data-test="funding-grant-note"]').setValue('按评审后的预算核定')
    answer = () => json(200, itemFunding({ requests: [granted(), granted({ id: 9, granted_fen: 300_000 })] }))
    await save()
    expect(posts('/api/v1/supervision/funding/9/grant')).toEqual([
      { version: 1, pool_id: 4, granted_fen: 300_000, note: '按评审后的预算核定' },
    ])
    expect(w.findAll('[data-test="funding-status"]').map((x) => x.text())).toEqual(['已核定', '已核定'])
    expect(w.emitted('changed')).toHaveLength(1)
    w.unmount()
  })

  it('says so when there is no pool to grant from; a 409 shows the server’s word and reloads', async () => {
    const w = await mountSection({ can_decide: true, pools: [] }, ['supervision.manage'])
    await w.get('[data-test="funding-grant"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="funding-grant-dialog"]')
    expect(dialog.find('[data-test="funding-grant-no-pools"]').exists()).toBe(true)
    await dialog.get('[data-test="funding-grant-save"]').trigger('click')
    await settle()
    expect(dialog.text()).toContain('请选择列支资金')
    w.unmount()

    const again = await mountSection({ can_decide: true, pools: [pool()] }, ['supervision.manage'])
    await again.get('[data-test="funding-grant"]').trigger('click')
    await settle()
    const loads = () => fetchMock.mock.calls.filter(([u, init]) => String(u) === ITEM && init?.method === 'GET').length
    const before = loads()
    answer = () =>
      json(409, problem(409, 'failed_precondition', '超出资金余额：核定 8,000.00 元，可用余额仅 1,000.00 元'))
    await body().get('[data-test="funding-grant-dialog"] [data-test="funding-grant-save"]').trigger('click')
    await settle()
    expect(body().get('.el-message--error').text()).toContain('可用余额仅 1,000.00 元')
    expect(loads()).toBe(before + 1)
    again.unmount()
  })

  it('refuses with a reason, only after the question', async () => {
    const w = await mountSection({ can_decide: true, pools: [pool()] }, ['supervision.manage'])
    await w.get('[data-test="funding-refuse"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="funding-refuse-dialog"]')
    const save = async () => {
      await dialog.get('[data-test="funding-refuse-save"]').trigger('click')
      await settle()
    }
    await save()
    expect(dialog.text()).toContain('请填写原因')
    expect(confirm).not.toHaveBeenCalled()

    await dialog.get('textarea[data-test="funding-refuse-reason"]').setValue(' 已列入部门年度预算 ')
    confirm.mockRejectedValueOnce('cancel')
    await save()
    expect(String(confirm.mock.calls[0][0])).toBe(
      '确定对申请的 8,000.00 元（道路硬化 1.2 公里）不予安排吗？决定后不能更改。',
    )
    expect(posts('/api/v1/supervision/funding/9/refuse')).toHaveLength(0)

    await save()
    expect(posts('/api/v1/supervision/funding/9/refuse')).toEqual([{ version: 1, reason: '已列入部门年度预算' }])
    expect(w.emitted('changed')).toHaveLength(1)
    w.unmount()
  })

  it('records a payment: at most what is left, not after today', async () => {
    const w = await mountSection({ can_spend: true })
    await w.get('[data-test="funding-spend"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="funding-spend-dialog"]')
    expect(dialog.get('[data-test="funding-spend-left"]').text()).toContain(
      '核定 6,000.00 元，已支出 2,000.00 元，尚可支出 4,000.00 元',
    )
    const save = async () => {
      await dialog.get('[data-test="funding-spend-save"]').trigger('click')
      await settle()
    }
    await dialog.get('input[data-test="funding-spend-amount"]').setValue('4,000.01')
    await dialog.get('textarea[data-test="funding-spend-note"]').setValue('支付第二期工程进度款')
    await save()
    expect(dialog.text()).toContain('累计支出不能超过核定金额，尚可支出 4,000.00 元')

    await dialog.get('input[data-test="funding-spend-amount"]').setValue('4000')
    const tomorrow = todayInBeijing(new Date(Date.now() + 36 * 3600 * 1000))
    w.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', tomorrow)
    await flushPromises()
    await save()
    expect(dialog.text()).toContain('支出日期不能晚于今天')
    expect(posts('/api/v1/supervision/funding/8/spend')).toHaveLength(0)

    w.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', '2026-03-10')
    await flushPromises()
    answer = () => json(201, itemFunding({ requests: [granted({ spent_fen: 600_000 }), request()], can_spend: true }))
    await save()
    expect(posts('/api/v1/supervision/funding/8/spend')).toEqual([
      { amount_fen: 400_000, spent_on: '2026-03-10', note: '支付第二期工程进度款' },
    ])
    expect(w.find('[data-test="funding-spend"]').exists()).toBe(false)
    expect(w.emitted('changed')).toHaveLength(1)
    w.unmount()
  })
})
