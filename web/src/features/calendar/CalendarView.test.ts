// The calendar page edits one congress's own days: inherited days are shown read-only with the
// congress that set them, only own days are sent back, and without calendar.manage over the
// congress the page is read-only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { configureClient } from '@/api/client'
import { i18n } from '@/i18n'
import { settle as settleAfter } from '@/test/http'
import { useAuthStore } from '@/stores/auth'
import CalendarView from './CalendarView.vue'

vi.mock('vue-router', async (importOriginal) => ({
  ...(await importOriginal<typeof import('vue-router')>()),
  onBeforeRouteLeave: () => {},
}))

const fetchMock = vi.fn<typeof fetch>()
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
const county = {
  id: 17,
  parent_id: 4,
  level: 'county',
  level_title: '县（区）',
  code: '430421',
  name: '衡阳县人民代表大会',
  path: '/1/4/17/',
  committee_name: '',
  version: 1,
  created_at: '',
  updated_at: '',
}

function calendar(canEdit: boolean) {
  const prov = { org_node_id: 1, org_name: '湖南省人民代表大会', inherited: true }
  return {
    year: 2026,
    org_node_id: 17,
    org_name: '衡阳县人民代表大会',
    can_edit: canEdit,
    holidays: [
      { date: '2026-03-03', name: '县庆', org_node_id: 17, org_name: '衡阳县人民代表大会', inherited: false },
      { date: '2026-10-01', name: '国庆节', ...prov },
    ],
    makeup_workdays: [{ date: '2026-10-10', name: '国庆节调休上班', ...prov }],
  }
}

const settle = () => settleAfter(150)

describe('CalendarView', () => {
  let canEdit = true
  beforeEach(() => {
    setActivePinia(createPinia())
    useAuthStore().me = {
      id: 9,
      username: 'clerk',
      display_name: '县联工委',
      org_node_id: 17,
      grants: [],
      permissions: ['calendar.manage'],
    } as never
    fetchMock.mockReset()
    fetchMock.mockImplementation(async (input, init) => {
      const url = String(input)
      if (url.startsWith('/api/v1/calendar/')) {
        if (init?.method === 'PUT') return json(200, { ...calendar(true), holidays: calendar(true).holidays.slice(1) })
        return json(200, calendar(canEdit))
      }
      if (url.startsWith('/api/v1/org/nodes/17')) return json(200, county)
      if (url.startsWith('/api/v1/org/nodes'))
        return json(200, { items: [county], page: 1, page_size: 50, total: 1, total_capped: false })
      return json(404, {})
    })
    configureClient({ fetch: fetchMock, getCsrfToken: () => 'tok' })
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows inherited days read-only and saves only the congress’s own days', async () => {
    canEdit = true
    const w = mount(CalendarView, { global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
    await settle()
    const get = fetchMock.mock.calls.find(([u]) => String(u).startsWith('/api/v1/calendar/'))
    expect(String(get![0])).toMatch(/\?org_node_id=17$/)
    expect(w.get('[data-test="calendar-editing"]').text()).toContain('衡阳县人民代表大会的工作日历')
    const inherited = w.get('[data-test="inherited-holidays"]').text()
    expect(inherited).toContain('2026-10-01')
    expect(inherited).toContain('湖南省人民代表大会设定')
    expect(w.get('[data-test="inherited-makeup_workdays"]').text()).toContain('2026-10-10')
    expect(w.get('[data-test="table-holidays"]').text()).not.toContain('2026-10-01')
    expect(w.find('[data-test="calendar-read-only"]').exists()).toBe(false)

    // Remove the county's own holiday and save: the inherited days are not sent.
    await w.get('[data-test="table-holidays"] .el-button--danger').trigger('click')
    await w.get('[data-test="calendar-save"]').trigger('click')
    await settle()
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')
    expect(put).toBeDefined()
    expect(String(put![0])).toMatch(/^\/api\/v1\/calendar\/\d{4}\?org_node_id=17$/)
    expect(JSON.parse(String(put![1]!.body))).toEqual({ holidays: [], makeup_workdays: [] })
    w.unmount()
  })

  it('is read-only without calendar.manage over the congress', async () => {
    canEdit = false
    const w = mount(CalendarView, { global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
    await settle()
    expect(w.get('[data-test="calendar-read-only"]').text()).toContain('您没有维护衡阳县人民代表大会工作日历的权限')
    expect(w.find('[data-test="calendar-save"]').exists()).toBe(false)
    expect(w.find('[data-test="add-holidays"]').exists()).toBe(false)
    expect(w.find('[data-test="table-holidays"] .el-button--danger').exists()).toBe(false)
    w.unmount()
  })
})
