// 清零行动 against a mocked fetch: the countdown in its three cases; the board's congress and
// year in the address; the totals and the unit rows with their counts, a click on one opening
// the drill-down with the right query (a unit's id, or lead_unit=none for the row without
// one); the server's sort; 结转未清零建议 only for the committee while something remains and
// the year has no plan (then the plan's line links to it); the dialog refuses a date not after
// today, asks once more naming how many items, and shows a 409's message and reloads.
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'
import { json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { suggestion } from '@/test/suggestion'
import { useAuthStore, type Permission } from '@/stores/auth'
import ClearingView from './ClearingView.vue'
import { boardAddress, countdownText, drillQuery, type ClearingBoard } from './clearing'
import { board, clearingRouter, plan } from './fixtures'

const fetchMock = mockedFetch()
const settle = () => settleAfter(120)
let confirm: MockInstance

const NODE = {
  id: 17,
  code: '430421',
  name: '衡阳县人民代表大会',
  level: 'county',
  level_title: '县',
  parent_id: 5,
  path: '/1/5/17/',
  committee_name: '衡阳县人大常委会联工委',
  version: 1,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
}

let current: () => ClearingBoard
let carry: () => Response
beforeEach(() => {
  current = () => board()
  carry = () => json(201, plan())
  confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
  confirm.mockClear()
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    if (init?.method === 'POST' && url === '/api/v1/supervision/clearing/plans') return carry()
    if (/^\/api\/v1\/supervision\/clearing(\?|$)/.test(url)) return json(200, current())
    if (url.startsWith('/api/v1/suggestions?'))
      return json(200, { items: [suggestion()], page: 1, page_size: 20, total: 1, total_capped: false })
    if (url === '/api/v1/org/nodes/17') return json(200, NODE)
    if (url.startsWith('/api/v1/org/nodes?'))
      return json(200, { items: [NODE], page: 1, page_size: 50, total: 1, total_capped: false })
    return json(404, problem(404, 'not_found', '未找到'))
  })
})

async function mountBoard(path = '/supervision/clearing', permissions: Permission[] = ['supervision.manage']) {
  useAuthStore().me = { id: 3, username: 'u', display_name: 'U', org_node_id: 17, grants: [], permissions } as never
  const router = await clearingRouter(path)
  const w = mount(ClearingView, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  await settle()
  return { w, router }
}

const urls = (prefix: string) =>
  fetchMock.mock.calls.map(([u]) => decodeURIComponent(String(u))).filter((u) => u.startsWith(prefix))
const body = () => new DOMWrapper(document.body)

describe('the clearing board in words', () => {
  it('counts down to the year’s end, says its last day, and that it is over', () => {
    expect(countdownText({ year: 2026, days_left: 24, year_ended: false })).toBe('距 2026 年底还有 24 天')
    expect(countdownText({ year: 2026, days_left: 0, year_ended: false })).toBe('今天是 2026 年最后一天')
    expect(countdownText({ year: 2025, days_left: 0, year_ended: true })).toBe('2025 年度已结束')
  })

  it('keeps the congress, year, sort and page in the address, leaving out the defaults', () => {
    const read = boardAddress.read({ org_node_id: '17', year: '2025', sort: '-overdue', page: '2' })
    expect(read).toEqual({ filters: { org_node_id: 17, year: 2025 }, page: 2, pageSize: 50, sort: '-overdue' })
    expect(boardAddress.write(read)).toEqual({ org_node_id: '17', year: '2025', sort: '-overdue', page: '2' })
    const junk = boardAddress.read({ org_node_id: 'x', year: '-1', sort: 'lead_name', page_size: '7' })
    expect(junk).toEqual({ filters: { org_node_id: null, year: null }, page: 1, pageSize: 50, sort: '-remaining' })
    expect(boardAddress.write(junk)).toEqual({})
  })

  it('asks the suggestions of a reason, of a unit or of none', () => {
    const d = { reason: 'overdue' as const, org_node_id: 17, year: 2026 }
    expect(drillQuery(d)).toEqual({ clearing: 'overdue', year: 2026, within: 17 })
    expect(drillQuery({ ...d, unit: { id: 8, name: '县教育局' } })).toMatchObject({ lead_unit_id: 8 })
    expect(drillQuery({ ...d, unit: { id: null, name: '（尚无主办单位）' } })).toMatchObject({ lead_unit: 'none' })
  })
})

describe('ClearingView', { timeout: 30_000 }, () => {
  it('shows the countdown, the totals and the units, and writes the congress and year to the address', async () => {
    const { w, router } = await mountBoard()
    expect(urls('/api/v1/supervision/clearing')[0]).toBe(
      '/api/v1/supervision/clearing?page=1&page_size=50&sort=-remaining',
    )
    expect(router.currentRoute.value.query).toEqual({ org_node_id: '17', year: '2026' })
    expect(w.get('[data-test="clearing-countdown"]').text()).toBe('距 2026 年底还有 24 天')
    expect(w.find('[data-test="clearing-plan"]').exists()).toBe(false)
    const totals = w.get('[data-test="clearing-totals"]')
    expect(totals.get('[data-test="counter-remaining"]').text()).toBe('7未清零')
    expect(totals.get('[data-test="counter-overdue"]').text()).toBe('2已超期')
    expect(totals.findAll('button')).toHaveLength(9)

    const rows = w.findAll('[data-test="clearing-units"] .el-table__body-wrapper tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].get('[data-test="unit-name"]').text()).toBe('县教育局')
    expect(rows[1].get('[data-test="unit-name"]').text()).toBe('（尚无主办单位）')
    expect(rows[0].get('[data-test="count-unanswered"]').text()).toBe('3')
    expect(rows[0].find('[data-test="count-unreviewed"]').exists()).toBe(false) // 0: not a link
    w.unmount()
  })

  it('opens the board the address names, and the other year picked', async () => {
    current = () => board({ year: 2025, days_left: 0, year_ended: true })
    const { w } = await mountBoard('/supervision/clearing?org_node_id=17&year=2025&sort=unit_name')
    expect(urls('/api/v1/supervision/clearing')[0]).toBe(
      '/api/v1/supervision/clearing?org_node_id=17&year=2025&page=1&page_size=50&sort=unit_name',
    )
    expect(w.get('[data-test="clearing-countdown"]').text()).toBe('2025 年度已结束')
    w.unmount()

    current = () => board({ days_left: 0 })
    const { w: w2 } = await mountBoard()
    expect(w2.get('[data-test="clearing-countdown"]').text()).toBe('今天是 2026 年最后一天')
    w2.unmount()
  })

  it('drills down from a unit’s count, the unit-less row and a total', async () => {
    const { w } = await mountBoard()
    const rows = w.findAll('[data-test="clearing-units"] .el-table__body-wrapper tr')
    await rows[0].get('[data-test="count-unanswered"]').trigger('click')
    await settle()
    expect(urls('/api/v1/suggestions?').at(-1)).toBe(
      '/api/v1/suggestions?clearing=unanswered&year=2026&within=17&lead_unit_id=8&page=1&page_size=20',
    )
    const drawer = body().get('[data-test="clearing-drill"]')
    expect(drawer.text()).toContain('县教育局 · 未答复（2026 年）')
    expect(drawer.find('[data-test="suggestion-card-42"]').exists()).toBe(true)
    expect(drawer.text()).toContain('关于加强农村学校校车安全管理的建议')

    await rows[1].get('[data-test="count-unassigned"]').trigger('click')
    await settle()
    expect(urls('/api/v1/suggestions?').at(-1)).toBe(
      '/api/v1/suggestions?clearing=unassigned&year=2026&within=17&lead_unit=none&page=1&page_size=20',
    )

    await w.get('[data-test="counter-overdue"]').trigger('click')
    await settle()
    expect(urls('/api/v1/suggestions?').at(-1)).toBe(
      '/api/v1/suggestions?clearing=overdue&year=2026&within=17&page=1&page_size=20',
    )
    expect(body().get('[data-test="clearing-drill"]').text()).toContain('全部单位 · 已超期（2026 年）')
    w.unmount()
  })

  it('sorts on the server by a column', async () => {
    const { w, router } = await mountBoard()
    const header = w.findAll('[data-test="clearing-units"] .el-table__header th').find((th) => th.text() === '已超期')!
    await header.get('.caret-wrapper .ascending').trigger('click')
    await settle()
    expect(urls('/api/v1/supervision/clearing').at(-1)).toBe(
      '/api/v1/supervision/clearing?org_node_id=17&year=2026&page=1&page_size=50&sort=overdue',
    )
    expect(router.currentRoute.value.query).toMatchObject({ sort: 'overdue' })
    w.unmount()
  })

  it('says so when everything is cleared, or the year had no session', async () => {
    current = () => board({ totals: { ...board().totals, remaining: 0 }, units: [], total: 0 })
    const { w } = await mountBoard()
    expect(w.get('[data-test="clearing-units"]').text()).toContain('该年度的建议已全部清零')
    expect(w.find('[data-test="carry-over"]').exists()).toBe(false)
    w.unmount()

    current = () =>
      board({ year: 2027, years: [2026], totals: { ...board().totals, remaining: 0 }, units: [], total: 0 })
    const none = await mountBoard('/supervision/clearing?year=2027')
    expect(none.w.get('[data-test="clearing-units"]').text()).toContain('该年度没有召开会议')
    none.w.unmount()
  })

  it('offers 结转 only to the committee, while something remains and there is no plan', async () => {
    const { w } = await mountBoard()
    expect(w.find('[data-test="carry-over"]').exists()).toBe(true)
    w.unmount()

    current = () => board({ can_carry_over: false })
    const reader = await mountBoard('/supervision/clearing', ['suggestion.read'])
    expect(reader.w.find('[data-test="carry-over"]').exists()).toBe(false)
    reader.w.unmount()

    current = () => board({ plan: plan() })
    const carried = await mountBoard()
    expect(carried.w.find('[data-test="carry-over"]').exists()).toBe(false)
    const line = carried.w.get('[data-test="clearing-plan"]')
    expect(line.text()).toBe('已结转：2026年度未清零建议结转计划，计划 2027-03-31 前完成')
    expect(line.get('a').attributes('href')).toBe('/supervision/clearing/plans/3')
    carried.w.unmount()
  })
})

describe('CarryOverDialog', { timeout: 30_000 }, () => {
  async function openDialog() {
    const page = await mountBoard()
    await page.w.get('[data-test="carry-over"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="carry-over-dialog"]')
    const setDue = async (day: string) => {
      page.w.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', day)
      await flushPromises()
    }
    const save = async () => {
      await dialog.get('[data-test="carry-over-save"]').trigger('click')
      await settle()
    }
    return { ...page, dialog, setDue, save }
  }
  const posts = () =>
    fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').map(([, init]) => JSON.parse(String(init!.body)))

  it('refuses a date not after today, then carries over after the question and opens the plan', async () => {
    const { w, router, dialog, setDue, save } = await openDialog()
    expect(dialog.get('[data-test="carry-over-hint"]').text()).toContain('2026 年度尚有 7 件建议未清零')
    expect(dialog.get('input[data-test="carry-over-title"]').attributes('placeholder')).toBe(
      '2026年度未清零建议结转计划',
    )
    await save()
    expect(dialog.text()).toContain('请选择计划完成日期')
    await setDue('2026-12-07')
    await save()
    expect(dialog.text()).toContain('计划完成日期应在今天之后')
    expect(confirm).not.toHaveBeenCalled()
    expect(posts()).toHaveLength(0)

    await setDue('2027-03-31')
    await dialog.get('textarea[data-test="carry-over-note"]').setValue(' 一季度内办结 ')
    await save()
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(String(confirm.mock.calls[0][0])).toContain(
      '将把 2026 年度 7 件未清零建议结转到“2026年度未清零建议结转计划”，计划 2027-03-31 前完成',
    )
    expect(posts()).toEqual([{ org_node_id: 17, year: 2026, due_on: '2027-03-31', note: '一季度内办结' }])
    expect(router.currentRoute.value.fullPath).toBe('/supervision/clearing/plans/3')
    w.unmount()
  })

  it('shows the server’s 409 and reloads the board; sends nothing when the question is cancelled', async () => {
    const { w, setDue, save } = await openDialog()
    await setDue('2027-01-31')
    confirm.mockRejectedValueOnce('cancel')
    await save()
    expect(posts()).toHaveLength(0)

    carry = () => json(409, problem(409, 'failed_precondition', '2026年度的建议已全部清零，无需结转'))
    const loads = urls('/api/v1/supervision/clearing?').length
    await save()
    expect(posts()).toHaveLength(1)
    expect(body().get('.el-message--error').text()).toContain('2026年度的建议已全部清零，无需结转')
    expect(urls('/api/v1/supervision/clearing?').length).toBe(loads + 1)
    w.unmount()
  })
})
