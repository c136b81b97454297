// 五到场办理会 on a suggestion's page against a mocked fetch: the meetings with their status and
// who came; 安排办理会 only for the committee or the lead unit while the unit has the item; the
// record dialog refuses a day after today and sends the five parties as filled in; cancelling
// asks first and sends nothing when the question is dismissed.
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'
import { json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { suggestion } from '@/test/suggestion'
import { todayInBeijing } from '@/utils/format'
import type { Detail } from '@/features/suggestions/model'
import MeetingsSection from './MeetingsSection.vue'
import { meeting } from './fixtures'
import type { Meeting } from './meetings'

const fetchMock = mockedFetch()
const settle = () => settleAfter(150)
const body = () => new DOMWrapper(document.body)

let confirm: MockInstance
let meetings: Meeting[]
let recordAnswer: () => Response
let cancelAnswer: () => Response

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
  confirm.mockClear()
  meetings = [meeting()]
  recordAnswer = () => json(200, meeting({ status: 'held', version: 2 }))
  cancelAnswer = () => json(200, meeting({ status: 'cancelled', version: 2 }))
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    if (url.startsWith('/api/v1/supervision/meetings?'))
      return json(200, { items: meetings, page: 1, page_size: 100, total: meetings.length, total_capped: false })
    if (url === '/api/v1/supervision/meetings/5/record' && init?.method === 'POST') return recordAnswer()
    if (url === '/api/v1/supervision/meetings/5/cancel' && init?.method === 'POST') return cancelAnswer()
    if (url === '/api/v1/supervision/meetings' && init?.method === 'POST') return json(201, meeting({ id: 6 }))
    return json(404, problem(404, 'not_found', '不存在'))
  })
})

const photo = {
  id: 9,
  file_name: '现场.jpg',
  content_type: 'image/jpeg',
  size: 1000,
  created_at: '2026-03-10T02:00:00Z',
}
const pdf = {
  id: 10,
  file_name: '答复.pdf',
  content_type: 'application/pdf',
  size: 1000,
  created_at: '2026-03-10T02:00:00Z',
}

async function mountSection(changes: Partial<Detail> = {}) {
  const detail = suggestion({
    state: 'handling',
    relations: ['lead_unit_officer'],
    attachments: [photo, pdf],
    ...changes,
  })
  const w = mount(MeetingsSection, {
    props: { detail },
    global: { plugins: [ElementPlus, i18n] },
    attachTo: document.body,
  })
  await settle()
  return w
}

const posts = (path: string) =>
  fetchMock.mock.calls
    .filter(([u, init]) => String(u) === path && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init!.body)))

describe('MeetingsSection', { timeout: 30_000 }, () => {
  it('lists the meetings with who came, and offers 安排办理会 only to an organiser while the unit has the item', async () => {
    meetings = [
      meeting({
        id: 7,
        status: 'held',
        held_on: '2026-03-10',
        attendance: {
          leader: '王副县长',
          deputy: '李建华',
          unit: '张局长',
          supervisor: '刘主任',
          press: '县融媒体中心',
        },
        parties_present: 5,
        all_five: true,
        minutes: '会议议定三项措施',
        photos: [{ attachment_id: 9, file_name: '现场.jpg', content_type: 'image/jpeg' }],
      }),
      meeting({ id: 8, status: 'cancelled', cancel_reason: '代表出差' }),
    ]
    const w = await mountSection()
    const rows = w.findAll('[data-test="meeting"]')
    expect(rows).toHaveLength(2)
    expect(rows[0].get('[data-test="meeting-status"]').text()).toBe('已召开')
    expect(rows[0].get('[data-test="meeting-presence"]').text()).toBe('五方到场')
    expect(rows[0].get('[data-test="meeting-attendance"]').text()).toContain('分管领导王副县长')
    expect(rows[0].find('[data-test="meeting-minutes-text"]').exists()).toBe(false)
    await rows[0].get('[data-test="meeting-minutes-toggle"]').trigger('click')
    expect(rows[0].get('[data-test="meeting-minutes-text"]').text()).toBe('会议议定三项措施')
    expect(rows[0].get('[data-test="meeting-photo"]').attributes('href')).toBe('/api/v1/suggestions/42/attachments/9')
    expect(rows[1].get('[data-test="meeting-status"]').text()).toBe('已取消')
    expect(rows[1].text()).toContain('代表出差')
    expect(w.find('[data-test="meeting-schedule"]').exists()).toBe(true)
    expect(w.find('[data-test="meeting-record"]').exists()).toBe(false)
    w.unmount()

    const deputy = await mountSection({ relations: ['lead_deputy'] })
    expect(deputy.find('[data-test="meeting-schedule"]').exists()).toBe(false)
    deputy.unmount()
    const closed = await mountSection({ state: 'closed', relations: ['liaison_staff'] })
    expect(closed.find('[data-test="meeting-schedule"]').exists()).toBe(false)
    closed.unmount()
  })

  it('shows an empty card, and a load failure', async () => {
    meetings = []
    const w = await mountSection()
    expect(w.text()).toContain('还没有安排五到场办理会')
    w.unmount()
    fetchMock.mockResolvedValue(json(500, problem(500, 'internal', '服务器出错了')))
    const failed = await mountSection()
    expect(failed.text()).toContain('服务器出错了')
    failed.unmount()
  })

  it('records a meeting: refuses a day after today, then sends the attendance, minutes and photos', async () => {
    const w = await mountSection()
    await w.get('[data-test="meeting-record"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="meeting-record-dialog"]')
    // The photos offered are the item's images only.
    expect(dialog.findAll('[data-test="meeting-photos"] .el-checkbox')).toHaveLength(1)
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000)
    const future = todayInBeijing(tomorrow)
    w.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', future)
    await flushPromises()
    const parties = {
      leader: '王副县长',
      deputy: '李建华',
      unit: '张局长',
      supervisor: '刘主任',
      press: '县融媒体中心',
    }
    for (const [p, name] of Object.entries(parties))
      await dialog.get(`input[data-test="meeting-party-${p}"]`).setValue(` ${name} `)
    expect(dialog.get('[data-test="meeting-presence-hint"]').text()).toContain('五方全部到场')
    await dialog.get('textarea[data-test="meeting-minutes"]').setValue('会议议定三项措施')
    await dialog.get('[data-test="meeting-photos"] input').setValue(true)
    const save = async () => {
      await dialog.get('[data-test="meeting-record-save"]').trigger('click')
      await settle()
    }
    await save()
    expect(dialog.text()).toContain('召开日期不能晚于今天')
    expect(posts('/api/v1/supervision/meetings/5/record')).toHaveLength(0)

    w.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', '2026-03-10')
    await flushPromises()
    await save()
    expect(posts('/api/v1/supervision/meetings/5/record')).toEqual([
      { version: 1, held_on: '2026-03-10', attendance: parties, minutes: '会议议定三项措施', photo_ids: [9] },
    ])
    expect(w.emitted('changed')).toHaveLength(1)
    w.unmount()
  })

  it('refuses a record where nobody came; a 409 shows the server’s word and reloads the meetings', async () => {
    const w = await mountSection()
    await w.get('[data-test="meeting-record"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="meeting-record-dialog"]')
    w.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', '2026-03-10')
    await dialog.get('textarea[data-test="meeting-minutes"]').setValue('纪要')
    await dialog.get('[data-test="meeting-record-save"]').trigger('click')
    await settle()
    expect(dialog.text()).toContain('请至少填写一方到场人员')
    expect(posts('/api/v1/supervision/meetings/5/record')).toHaveLength(0)

    await dialog.get('input[data-test="meeting-party-unit"]').setValue('张局长')
    expect(dialog.get('[data-test="meeting-presence-hint"]').text()).toContain('1 方')
    recordAnswer = () => json(409, problem(409, 'conflict', '该办理会已被取消'))
    const loads = () =>
      fetchMock.mock.calls.filter(([u]) => String(u).startsWith('/api/v1/supervision/meetings?')).length
    const before = loads()
    await dialog.get('[data-test="meeting-record-save"]').trigger('click')
    await settle()
    expect(posts('/api/v1/supervision/meetings/5/record')[0].attendance).toEqual({
      leader: '',
      deputy: '',
      unit: '张局长',
      supervisor: '',
      press: '',
    })
    expect(body().get('.el-message--error').text()).toContain('该办理会已被取消')
    expect(loads()).toBe(before + 1)
    w.unmount()
  })

  it('cancels a meeting with its reason only after the question', async () => {
    const w = await mountSection()
    await w.get('[data-test="meeting-cancel"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="meeting-cancel-dialog"]')
    const save = async () => {
      await dialog.get('[data-test="meeting-cancel-save"]').trigger('click')
      await settle()
    }
    await save()
    expect(dialog.text()).toContain('请填写取消原因')
    expect(confirm).not.toHaveBeenCalled()

    await dialog.get('textarea[data-test="meeting-cancel-reason"]').setValue(' 代表出差 ')
    confirm.mockRejectedValueOnce('cancel')
    await save()
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(String(confirm.mock.calls[0][0])).toContain('县教育局三楼会议室')
    expect(posts('/api/v1/supervision/meetings/5/cancel')).toHaveLength(0)

    await save()
    expect(posts('/api/v1/supervision/meetings/5/cancel')).toEqual([{ version: 1, reason: '代表出差' }])
    expect(w.emitted('changed')).toHaveLength(1)
    w.unmount()
  })
})
