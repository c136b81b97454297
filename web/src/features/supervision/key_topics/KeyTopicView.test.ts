// A key topic's page against a mocked fetch: what the chairman's meeting decided, the items
// (links to the suggestions, their state now) and the activities with an inquiry's questions
// and answers. The committee logs an inquiry — a question is needed, an answer needs who
// answered, the server's word on a question shows at it — and concludes the topic after the
// question (nothing is sent when it is dismissed; a 409 shows the server's word and reloads).
// A reader and a concluded topic offer neither; a topic outside the scope says so.
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'
import { invalidFields, json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import KeyTopicView from './KeyTopicView.vue'
import { activity, keyTopicsRouter, topic } from './fixtures'

const fetchMock = mockedFetch()
const settle = () => settleAfter(150)
const body = () => new DOMWrapper(document.body)

let confirm: MockInstance
let current: () => Response
let logAnswer: () => Response
let concludeAnswer: () => Response

const INQUIRY = activity({
  id: 4,
  kind: 'inquiry',
  held_on: '2026-05-20',
  place: '常委会会议室',
  summary: '就校车安全开展专题询问。',
  questions: [
    { question: '校车缺口还有多少？', asked_by: '李建华', answer: '年内补齐 20 辆。', answered_by: '县教育局局长' },
    { question: '驾驶员培训如何落实？', asked_by: '周敏', answer: '', answered_by: '' },
  ],
})

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
  confirm.mockClear()
  current = () => json(200, topic({ activities: [activity(), INQUIRY] }))
  logAnswer = () => json(201, topic({ activities: [activity(), INQUIRY, activity({ id: 5, kind: 'forum' })] }))
  concludeAnswer = () =>
    json(200, topic({ status: 'concluded', conclusion: '校车全部配齐，驾驶员全员培训。', version: 3 }))
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    if (url === '/api/v1/supervision/key-topics/9/activities' && init?.method === 'POST') return logAnswer()
    if (url === '/api/v1/supervision/key-topics/9/conclude' && init?.method === 'POST') return concludeAnswer()
    if (url === '/api/v1/supervision/key-topics/9') return current()
    return json(404, problem(404, 'not_found', '未找到'))
  })
})

async function mountPage() {
  const router = await keyTopicsRouter('/supervision/key-topics/9')
  const w = mount(KeyTopicView, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  await settle()
  return w
}

const posts = (path: string) =>
  fetchMock.mock.calls
    .filter(([u, init]) => String(u) === path && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init!.body)))
const reads = () => fetchMock.mock.calls.filter(([u]) => String(u) === '/api/v1/supervision/key-topics/9').length

describe('KeyTopicView', { timeout: 30_000 }, () => {
  it('shows the decision, the items and the activities with their questions and answers', async () => {
    const w = await mountPage()
    expect(w.get('.page-title').text()).toBe('农村学生上学安全')
    expect(w.get('[data-test="key-topic-status"]').text()).toBe('督办中')
    const facts = w.get('[data-test="key-topic-facts"]').text()
    expect(facts).toContain('衡阳县人民代表大会')
    expect(facts).toContain('2026-04-20 · 第十二次主任会议')
    expect(facts).toContain('刘建国')
    expect(facts).toContain('分管副县长')
    expect(facts).toContain('教育科学文化卫生委员会')
    expect(facts).toContain('主任会议确定的年度重点督办事项。')

    const rows = w.findAll('[data-test="key-topic-items"] .el-table__body-wrapper tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].text()).toContain('第12号')
    expect(rows[0].get('a[data-test="key-topic-item"]').attributes('href')).toBe('/suggestions/42')
    expect(rows[0].get('[data-test="state-tag"]').text()).toBe('办理中')
    expect(rows[1].text()).toContain('未编号')

    const acts = w.findAll('[data-test="key-activity"]')
    expect(acts).toHaveLength(2)
    expect(acts[0].get('[data-test="key-activity-kind-tag"]').text()).toBe('视察')
    expect(acts[0].text()).toContain('县第一中学')
    expect(acts[0].find('[data-test="key-activity-qa"]').exists()).toBe(false)
    expect(acts[1].get('[data-test="key-activity-kind-tag"]').text()).toBe('专题询问')
    const qa = acts[1].get('[data-test="key-activity-qa"]').text()
    expect(qa).toContain('问校车缺口还有多少？（李建华）')
    expect(qa).toContain('答年内补齐 20 辆。（县教育局局长）')
    expect(qa).toContain('尚未答复')
    expect(w.find('[data-test="key-activity-log"]').exists()).toBe(true)
    expect(w.find('[data-test="key-topic-conclude"]').exists()).toBe(true)
    w.unmount()
  })

  it('offers nothing to a reader or once concluded, and says so when the topic is not there', async () => {
    current = () => json(200, topic({ can_manage: false }))
    const reader = await mountPage()
    expect(reader.find('[data-test="key-activity-log"]').exists()).toBe(false)
    expect(reader.find('[data-test="key-topic-conclude"]').exists()).toBe(false)
    reader.unmount()

    current = () => json(200, topic({ status: 'concluded', conclusion: '已全部解决。' }))
    const done = await mountPage()
    expect(done.find('[data-test="key-activity-log"]').exists()).toBe(false)
    expect(done.get('[data-test="key-topic-status"]').text()).toBe('已办结')
    expect(done.get('[data-test="key-topic-conclusion"]').text()).toBe('已全部解决。')
    done.unmount()

    current = () => json(404, problem(404, 'not_found', '重点督办事项不存在'))
    const gone = await mountPage()
    expect(gone.text()).toContain('督办事项不存在')
    expect(gone.find('[data-test="key-topic-items"]').exists()).toBe(false)
    gone.unmount()
  })

  it('logs an inquiry with its questions; the server’s word on a question shows at it', async () => {
    const w = await mountPage()
    await w.get('[data-test="key-activity-log"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="key-activity-dialog"]')
    expect(dialog.find('[data-test="key-questions"]').exists()).toBe(false)
    const kinds = dialog.findAll('[data-test="key-activity-kind"] input')
    await kinds[2].setValue(true) // 专题询问
    await flushPromises()
    expect(dialog.findAll('[data-test="key-question"]')).toHaveLength(1)

    await dialog.get('input[data-test="key-activity-place"]').setValue(' 常委会会议室 ')
    await dialog.get('textarea[data-test="key-activity-summary"]').setValue('就校车安全开展专题询问。')
    const q = () => dialog.findAll('[data-test="key-question"]')
    await q()[0].get('textarea[data-test="key-question-text"]').setValue('校车缺口还有多少？')
    await q()[0].get('input[data-test="key-question-asked-by"]').setValue('李建华')
    await q()[0].get('textarea[data-test="key-question-answer"]').setValue('年内补齐 20 辆。')
    const save = async () => {
      await dialog.get('[data-test="key-activity-save"]').trigger('click')
      await settle()
    }
    // An answer needs who answered.
    await save()
    expect(dialog.text()).toContain('请填写应询人')
    expect(posts('/api/v1/supervision/key-topics/9/activities')).toHaveLength(0)
    await q()[0].get('input[data-test="key-question-answered-by"]').setValue('县教育局局长')
    await dialog.get('[data-test="key-question-add"]').trigger('click')
    await q()[1].get('textarea[data-test="key-question-text"]').setValue('驾驶员培训如何落实？')
    await q()[1].get('input[data-test="key-question-asked-by"]').setValue('周敏')

    logAnswer = () => json(400, invalidFields([{ field: 'questions[1].asked_by', message: '提问人不能超过 50 个字' }]))
    await save()
    const sent = posts('/api/v1/supervision/key-topics/9/activities')
    expect(sent).toHaveLength(1)
    expect(sent[0]).toEqual({
      kind: 'inquiry',
      held_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      summary: '就校车安全开展专题询问。',
      place: '常委会会议室',
      questions: [
        { question: '校车缺口还有多少？', asked_by: '李建华', answer: '年内补齐 20 辆。', answered_by: '县教育局局长' },
        { question: '驾驶员培训如何落实？', asked_by: '周敏' },
      ],
    })
    expect(q()[1].text()).toContain('提问人不能超过 50 个字')

    logAnswer = () => json(201, topic({ activities: [activity(), INQUIRY, activity({ id: 5, kind: 'forum' })] }))
    await save()
    expect(posts('/api/v1/supervision/key-topics/9/activities')).toHaveLength(2)
    expect(w.findAll('[data-test="key-activity"]')).toHaveLength(3)
    expect(body().get('.el-message--success').text()).toContain('已记录督办活动')
    w.unmount()
  })

  it('refuses an inquiry without questions and sends no questions for an inspection', async () => {
    const w = await mountPage()
    await w.get('[data-test="key-activity-log"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="key-activity-dialog"]')
    const kinds = dialog.findAll('[data-test="key-activity-kind"] input')
    await kinds[2].setValue(true)
    await flushPromises()
    await dialog.get('[data-test="key-question-remove"]').trigger('click')
    await dialog.get('textarea[data-test="key-activity-summary"]').setValue('询问')
    await dialog.get('[data-test="key-activity-save"]').trigger('click')
    await settle()
    expect(dialog.text()).toContain('专题询问请至少记录一个问题')

    await kinds[0].setValue(true) // 视察: no questions
    await flushPromises()
    await dialog.get('[data-test="key-activity-save"]').trigger('click')
    await settle()
    const sent = posts('/api/v1/supervision/key-topics/9/activities')
    expect(sent).toHaveLength(1)
    expect(sent[0].kind).toBe('inspection')
    expect(sent[0]).not.toHaveProperty('questions')
    w.unmount()
  })

  it('concludes the topic only after the question; a 409 shows the server’s word and reloads', async () => {
    const w = await mountPage()
    await w.get('[data-test="key-topic-conclude"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="key-conclude-dialog"]')
    const save = async () => {
      await dialog.get('[data-test="key-conclude-save"]').trigger('click')
      await settle()
    }
    await save()
    expect(dialog.text()).toContain('请填写办结情况')
    expect(confirm).not.toHaveBeenCalled()

    await dialog.get('textarea[data-test="key-conclusion"]').setValue(' 校车全部配齐，驾驶员全员培训。 ')
    confirm.mockRejectedValueOnce('cancel')
    await save()
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(String(confirm.mock.calls[0][0])).toContain('农村学生上学安全')
    expect(posts('/api/v1/supervision/key-topics/9/conclude')).toHaveLength(0)

    concludeAnswer = () => json(409, problem(409, 'conflict', '重点督办事项已被他人更新，请刷新后重试'))
    const before = reads()
    await save()
    expect(body().get('.el-message--error').text()).toContain('重点督办事项已被他人更新')
    expect(reads()).toBe(before + 1)

    concludeAnswer = () =>
      json(200, topic({ status: 'concluded', conclusion: '校车全部配齐，驾驶员全员培训。', version: 3 }))
    await save()
    expect(posts('/api/v1/supervision/key-topics/9/conclude').at(-1)).toEqual({
      version: 2,
      conclusion: '校车全部配齐，驾驶员全员培训。',
    })
    expect(w.get('[data-test="key-topic-status"]').text()).toBe('已办结')
    expect(w.get('[data-test="key-topic-conclusion"]').text()).toBe('校车全部配齐，驾驶员全员培训。')
    expect(w.find('[data-test="key-topic-conclude"]').exists()).toBe(false)
    w.unmount()
  })
})
