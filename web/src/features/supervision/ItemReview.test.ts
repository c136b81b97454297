// One drawn item's review against a mocked fetch: the sheet form sends one score per
// criterion in the draw's order (PUT …/score), the committee's member name only when given,
// the caller's own sheet to start from; the server's word on a score shows under it; the
// report and comment forms only while drawn and for whom they are (report: can_manage;
// comments and sheets: can_score); once published the score, 合格/不合格 and 已督办重办.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { invalidFields, json, mockedFetch, settle as settleAfter } from '@/test/http'
import { useAuthStore, type Me } from '@/stores/auth'
import ItemReview from './ItemReview.vue'
import { draw, item } from './fixtures'
import { DEFAULT_CRITERIA, type Draw, type DrawItem, type Review } from './model'

const fetchMock = mockedFetch()
const settle = () => settleAfter(100)

function review(patch: Partial<Review> = {}): Review {
  return {
    report: '',
    reported_at: null,
    score: null,
    outcome: null,
    rehandling: false,
    comments: [],
    sheets: [],
    ...patch,
  }
}

const drawn = (patch: Partial<Draw> = {}) =>
  draw({
    status: 'drawn',
    seed: '7351',
    criteria: [...DEFAULT_CRITERIA],
    pass_score: 60,
    can_score: true,
    can_manage: true,
    ...patch,
  })

function mountReview(d: Draw, it: DrawItem, me = '刘振东') {
  useAuthStore().me = { id: 5, username: 'leader.liu', display_name: me } as Me
  return mount(ItemReview, {
    props: { draw: d, item: it },
    global: { plugins: [ElementPlus, i18n] },
    attachTo: document.body,
  })
}

async function setScores(w: ReturnType<typeof mountReview>, scores: number[]) {
  const inputs = w.findAll('[data-test="sheet-score"] input')
  expect(inputs).toHaveLength(4)
  for (const [i, s] of scores.entries()) {
    await inputs[i].setValue(String(s))
    await inputs[i].trigger('change')
  }
  await settle()
}

const calls = (method: string) =>
  fetchMock.mock.calls
    .filter(([, init]) => init?.method === method)
    .map(([url, init]) => ({ url: String(url), body: JSON.parse(String(init!.body)) }))

describe('ItemReview', { timeout: 30_000 }, () => {
  it('sends a sheet’s scores in the criteria’s order and hands back the draw', async () => {
    const answered = drawn({ version: 5 })
    fetchMock.mockResolvedValue(json(200, answered))
    const w = mountReview(drawn(), item({ review: review() }))
    await settle()
    expect(w.findAll('[data-test="sheet-form"] label').map((l) => l.text())).toEqual([
      '办理态度（20%）',
      '沟通联系（20%）',
      '答复质量（20%）',
      '落实成效（40%）',
      '代为录入（成员姓名）',
    ])
    await setScores(w, [80, 70, 90, 65])
    expect(w.get('[data-test="sheet-total"]').text()).toBe('总分 74.00')
    await w.get('[data-test="sheet-form"]').trigger('submit')
    await settle()
    expect(calls('PUT')).toEqual([
      { url: '/api/v1/supervision/draws/7/items/41/score', body: { scores: [80, 70, 90, 65] } },
    ])
    expect(w.emitted('updated')?.[0]?.[0]).toMatchObject({ version: 5 })
    w.unmount()
  })

  it('asks for every score, sends the member named by the committee, and shows the server’s word at a score', async () => {
    fetchMock.mockResolvedValue(json(400, invalidFields([{ field: 'scores[2]', message: '分数应为 0 至 100' }])))
    const w = mountReview(drawn(), item({ review: review() }))
    await settle()
    await setScores(w, [80, 70])
    await w.get('[data-test="sheet-form"]').trigger('submit')
    await settle()
    expect(calls('PUT')).toHaveLength(0)
    expect(w.get('[data-test="sheet-form"]').text()).toContain('请为“答复质量”打分')

    await setScores(w, [80, 70, 90, 65])
    await w.get('input[data-test="sheet-member"]').setValue(' 张卫国 ')
    await w.get('[data-test="sheet-form"]').trigger('submit')
    await settle()
    expect(calls('PUT')[0].body).toEqual({ scores: [80, 70, 90, 65], member_name: '张卫国' })
    const scoreItems = w.findAll('[data-test="sheet-form"] .el-form-item')
    expect(scoreItems[2].get('.el-form-item__error').text()).toBe('分数应为 0 至 100')
    expect(w.emitted('updated')).toBeUndefined()
    w.unmount()
  })

  it('starts from the caller’s own sheet, to replace it; a member has no name field', async () => {
    const sheets = [
      { member_name: '刘振东', scores: [30, 30, 30, 30], total: '30.00', updated_at: '2026-12-07T02:00:00Z' },
      { member_name: '张卫国', scores: [90, 90, 90, 90], total: '90.00', updated_at: '2026-12-07T02:05:00Z' },
    ]
    const w = mountReview(drawn({ can_manage: false }), item({ review: review({ sheets }) }))
    await settle()
    const values = w.findAll('[data-test="sheet-score"] input').map((i) => (i.element as HTMLInputElement).value)
    expect(values).toEqual(['30', '30', '30', '30'])
    expect(w.find('[data-test="sheet-member"]').exists()).toBe(false)
    expect(w.text()).toContain('再次提交将替换')
    const rows = w.findAll('[data-test="sheets"] .el-table__body tr')
    expect(rows.map((r) => r.get('[data-test="sheet-row-total"]').text())).toEqual(['30.00', '90.00'])
    w.unmount()
  })

  it('offers the report to the committee only, comments and sheets to members, nothing once published', async () => {
    const it = item({ review: review({ report: '已完成消防站选址。' }) })
    // A member: comments and scores, reads the report.
    let w = mountReview(drawn({ can_manage: false }), it)
    await settle()
    expect(w.find('[data-test="report-form"]').exists()).toBe(false)
    expect(w.get('[data-test="report-text"]').text()).toBe('已完成消防站选址。')
    expect(w.find('[data-test="comment-form"]').exists()).toBe(true)
    expect(w.find('[data-test="comment-member"]').exists()).toBe(false)
    expect(w.find('[data-test="sheet-form"]').exists()).toBe(true)
    w.unmount()

    // The committee: the report too, and the member's name.
    fetchMock.mockResolvedValue(json(201, drawn({ version: 9 })))
    w = mountReview(drawn(), it)
    await settle()
    expect((w.get('[data-test="report-input"]').element as HTMLTextAreaElement).value).toBe('已完成消防站选址。')
    await w.get('[data-test="comment-input"]').setValue('  答复具体，落实到位。 ')
    await w.get('input[data-test="comment-member"]').setValue('张卫国')
    await w.get('[data-test="comment-form"]').trigger('submit')
    await settle()
    expect(calls('POST')).toEqual([
      {
        url: '/api/v1/supervision/draws/7/items/41/comments',
        body: { body: '答复具体，落实到位。', member_name: '张卫国' },
      },
    ])
    expect(w.emitted('updated')).toHaveLength(1)
    w.unmount()

    // Reading only (no can_score), or the draw published: no forms at all.
    for (const d of [drawn({ can_manage: false, can_score: false }), drawn({ status: 'published' as never })]) {
      w = mountReview(d, it)
      await settle()
      for (const f of ['report-form', 'comment-form', 'sheet-form'])
        expect(w.find(`[data-test="${f}"]`).exists()).toBe(false)
      w.unmount()
    }
  })

  it('saves the report', async () => {
    fetchMock.mockResolvedValue(json(200, drawn({ version: 3 })))
    const w = mountReview(drawn(), item({ review: review() }))
    await settle()
    expect(w.find('[data-test="report-text"]').exists()).toBe(false)
    await w.get('[data-test="report-input"]').setValue(' 县应急管理局汇报：新建消防站 2 个。 ')
    await w.get('[data-test="report-form"]').trigger('submit')
    await settle()
    expect(calls('PUT')).toEqual([
      {
        url: '/api/v1/supervision/draws/7/items/41/report',
        body: { body: '县应急管理局汇报：新建消防站 2 个。' },
      },
    ])
    w.unmount()
  })

  it('shows a published item’s score, outcome and re-handling', async () => {
    const published = drawn({ status: 'published' as never, published_at: '2026-12-07T03:00:00Z' })
    const low = item({ review: review({ score: '30.00', outcome: 'below', rehandling: true }) })
    let w = mountReview(published, low)
    await settle()
    expect(w.get('[data-test="review-score"]').text()).toBe('得分：30.00 分')
    expect(w.get('[data-test="review-outcome-tag"]').text()).toBe('不合格')
    expect(w.get('[data-test="review-rehandling"]').text()).toBe('已督办重办')
    w.unmount()

    w = mountReview(published, item({ review: review({ score: '86.50', outcome: 'passed' }) }))
    await settle()
    expect(w.get('[data-test="review-outcome-tag"]').text()).toBe('合格')
    expect(w.find('[data-test="review-rehandling"]').exists()).toBe(false)
    w.unmount()
  })
})
