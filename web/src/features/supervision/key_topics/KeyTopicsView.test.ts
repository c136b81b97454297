// 重点督办 against a mocked fetch: the topics latest decision first, with their roles, item
// count and status; the name, status and congress filters go to the query, the sort to the
// server; 新建督办事项 only with supervision.manage, and the empty text says what to do. The
// candidates of the caller's congress and year, most deputies first: the committee lists one
// in one step (the dialog opens with it, its title and today), picks the leader among the
// congress's leader accounts and records the topic, then sees it; the server's word on an item
// shows beside that item, and the dialog stays open.
import { beforeEach, describe, expect, it } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { invalidFields, json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { openSelect } from '@/test/select'
import { useAuthStore, type Permission } from '@/stores/auth'
import { todayInBeijing } from '@/utils/format'
import KeyTopicsView from './KeyTopicsView.vue'
import { candidates, keyTopicsRouter, page, topic, topicItem } from './fixtures'
import type { Candidates, KeyTopicSummary } from './keyTopics'

const fetchMock = mockedFetch()
const settle = () => settleAfter(150)
const body = () => new DOMWrapper(document.body)

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

function summary(changes: Partial<KeyTopicSummary> = {}): KeyTopicSummary {
  const { items: _items, activities: _activities, can_manage: _can, ...s } = topic()
  return { ...s, ...changes }
}

let topics: KeyTopicSummary[]
let candidateList: () => Candidates
let create: () => Response

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  topics = [
    summary(),
    summary({
      id: 8,
      title: '乡村道路照明',
      status: 'concluded',
      leader_name: '',
      committee: '',
      government_leader: '',
      meeting: '',
      item_count: 3,
    }),
  ]
  candidateList = () =>
    candidates([
      topicItem({ deputies: 12 }),
      topicItem({ suggestion_id: 44, number: 30, title: '关于增加乡村公交班次的建议', deputies: 6 }),
    ])
  create = () => json(201, topic({ id: 11, item_count: 1 }))
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    if (url === '/api/v1/supervision/key-topics' && init?.method === 'POST') return create()
    if (url.startsWith('/api/v1/supervision/key-topics/candidates')) return json(200, candidateList())
    if (url.startsWith('/api/v1/supervision/key-topics?')) return json(200, page(topics))
    if (url.startsWith('/api/v1/supervision/leaders?'))
      return json(200, {
        org_node_id: 17,
        org_name: '衡阳县人民代表大会',
        rules: [],
        leaders: [
          { user_id: 5, name: '刘建国' },
          { user_id: 6, name: '陈志远' },
        ],
        can_manage: true,
      })
    if (url === '/api/v1/org/nodes/17') return json(200, NODE)
    if (url.startsWith('/api/v1/org/nodes?')) return json(200, { ...page([NODE]), page_size: 50 })
    return json(404, problem(404, 'not_found', '未找到'))
  })
})

async function mountView(permissions: Permission[]) {
  useAuthStore().me = { id: 3, username: 'u', display_name: 'U', org_node_id: 17, grants: [], permissions } as never
  const router = await keyTopicsRouter('/supervision/key-topics')
  const w = mount(KeyTopicsView, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  await settle()
  return { w, router }
}

const urls = (prefix: string) =>
  fetchMock.mock.calls.map(([u]) => decodeURIComponent(String(u))).filter((u) => u.startsWith(prefix))
const posts = () =>
  fetchMock.mock.calls
    .filter(([u, init]) => String(u) === '/api/v1/supervision/key-topics' && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init!.body)))

describe('KeyTopicsView', { timeout: 30_000 }, () => {
  it('lists the topics with their roles and status, and filters and sorts on the server', async () => {
    const { w } = await mountView(['supervision.manage'])
    expect(urls('/api/v1/supervision/key-topics?')[0]).toBe(
      '/api/v1/supervision/key-topics?page=1&page_size=20&sort=-decided_on',
    )
    const rows = w.findAll('[data-test="key-topics-table"] .el-table__body-wrapper tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].get('a[data-test="key-topic-title-link"]').attributes('href')).toBe('/supervision/key-topics/9')
    expect(rows[0].text()).toContain('第十二次主任会议')
    expect(rows[0].text()).toContain('督办领导：刘建国')
    expect(rows[0].text()).toContain('领办领导：分管副县长')
    expect(rows[0].text()).toContain('对口督办：教育科学文化卫生委员会')
    expect(rows[0].text()).toContain('2 件')
    expect(rows[0].get('[data-test="key-topic-status"]').text()).toBe('督办中')
    expect(rows[1].get('[data-test="key-topic-status"]').text()).toBe('已办结')
    expect(w.find('[data-test="key-topic-create"]').exists()).toBe(true)

    const items = await openSelect(body(), 'key-topics-status')
    items.find((o) => o.textContent?.includes('已办结'))!.click()
    await w.get('input[data-test="key-topics-q"]').setValue(' 照明 ')
    await w.get('[data-test="key-topics-filters"]').trigger('submit')
    await settle()
    expect(urls('/api/v1/supervision/key-topics?').at(-1)).toBe(
      '/api/v1/supervision/key-topics?page=1&page_size=20&sort=-decided_on&q=照明&status=concluded',
    )

    const header = w
      .findAll('[data-test="key-topics-table"] .el-table__header th')
      .find((th) => th.text() === '督办事项')!
    await header.get('.caret-wrapper .ascending').trigger('click')
    await settle()
    expect(urls('/api/v1/supervision/key-topics?').at(-1)).toContain('sort=title')
    w.unmount()
  })

  it('says what to do when there are none, and offers no creating to a reader', async () => {
    topics = []
    const { w } = await mountView(['supervision.manage'])
    expect(w.get('[data-test="key-topics-table"]').text()).toContain('点击“新建督办事项”')
    w.unmount()

    const reader = await mountView(['suggestion.read'])
    expect(reader.w.find('[data-test="key-topic-create"]').exists()).toBe(false)
    expect(reader.w.get('[data-test="key-topics-table"]').text()).toContain('还没有重点督办事项。')
    expect(reader.w.find('[data-test="key-candidate-create"]').exists()).toBe(false)
    expect(reader.w.findAll('[data-test="key-candidates-table"] .el-table__body-wrapper tr')).toHaveLength(2)
    reader.w.unmount()
  })

  it('lists the candidates, most deputies first, and lowers the threshold on the server', async () => {
    const { w } = await mountView(['supervision.manage'])
    const year = new Date().getFullYear()
    expect(urls('/api/v1/supervision/key-topics/candidates')[0]).toBe(
      `/api/v1/supervision/key-topics/candidates?year=${year}&min_deputies=5`,
    )
    const rows = w.findAll('[data-test="key-candidates-table"] .el-table__body-wrapper tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].text()).toContain('第12号')
    expect(rows[0].get('[data-test="key-candidate-deputies"]').text()).toBe('12')
    expect(rows[0].get('a[data-test="key-candidate-title"]').attributes('href')).toBe('/suggestions/42')

    candidateList = () => candidates([])
    const min = w.findComponent({ name: 'ElInputNumber' })
    min.vm.$emit('update:modelValue', 3)
    min.vm.$emit('change', 3)
    await settle()
    expect(urls('/api/v1/supervision/key-topics/candidates').at(-1)).toBe(
      `/api/v1/supervision/key-topics/candidates?org_node_id=17&year=${year}&min_deputies=3`,
    )
    expect(w.get('[data-test="key-candidates"]').text()).toContain('没有 3 位以上代表提出的候选建议')
    w.unmount()
  })

  it('records a topic from a candidate in one step and opens it', async () => {
    const { w, router } = await mountView(['supervision.manage'])
    const rows = w.findAll('[data-test="key-candidates-table"] .el-table__body-wrapper tr')
    await rows[0].get('[data-test="key-candidate-create"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="key-topic-dialog"]')
    expect((dialog.get('input[data-test="key-topic-title"]').element as HTMLInputElement).value).toBe(
      '关于加强农村学校校车安全管理的建议',
    )
    expect(dialog.findAll('[data-test="key-item-picked"]')).toHaveLength(1)
    expect(dialog.get('[data-test="key-item-picked"]').text()).toContain('第12号 关于加强农村学校校车安全管理的建议')
    expect(dialog.get('[data-test="key-item-picked"]').text()).toContain('李建华 等 12 位代表')
    expect(urls('/api/v1/supervision/leaders?').at(-1)).toBe('/api/v1/supervision/leaders?org_node_id=17')

    await dialog.get('input[data-test="key-topic-title"]').setValue(' 农村学生上学安全 ')
    await dialog.get('input[data-test="key-topic-meeting"]').setValue('第十二次主任会议')
    const leaders = await openSelect(body(), 'key-topic-leader')
    leaders.find((o) => o.textContent?.includes('陈志远'))!.click()
    await flushPromises()
    await dialog.get('input[data-test="key-topic-government-leader"]').setValue('分管副县长')
    await dialog.get('[data-test="key-topic-save"]').trigger('click')
    await settle()
    expect(posts()).toEqual([
      {
        org_node_id: 17,
        title: '农村学生上学安全',
        decided_on: todayInBeijing(),
        suggestion_ids: [42],
        meeting: '第十二次主任会议',
        leader_user_id: 6,
        government_leader: '分管副县长',
      },
    ])
    expect(router.currentRoute.value.fullPath).toBe('/supervision/key-topics/11')
    expect(body().get('.el-message--success').text()).toContain('已列为重点督办（1 件建议）')
    w.unmount()
  })

  it('records a topic over several candidates; the server’s word on an item shows beside it', async () => {
    const { w } = await mountView(['supervision.manage'])
    const create_ = w.get('[data-test="key-candidates-create"]')
    expect(create_.attributes('disabled')).toBeDefined()
    for (const box of w.findAll('[data-test="key-candidates-table"] .el-table__body-wrapper .el-checkbox input'))
      await box.setValue(true)
    await flushPromises()
    expect(create_.text()).toBe('以所选建议新建（2）')
    await create_.trigger('click')
    await settle()
    const dialog = body().get('[data-test="key-topic-dialog"]')
    expect(dialog.findAll('[data-test="key-item-picked"]')).toHaveLength(2)
    expect((dialog.get('input[data-test="key-topic-title"]').element as HTMLInputElement).value).toBe('')

    const save = async () => {
      await dialog.get('[data-test="key-topic-save"]').trigger('click')
      await settle()
    }
    await dialog.get('input[data-test="key-topic-title"]').setValue('乡村出行')
    create = () =>
      json(
        400,
        invalidFields([
          { field: 'suggestion_ids[1]', message: '该建议已在另一个重点督办事项中' },
          { field: 'decided_on', message: '主任会议决定日期不能晚于今天' },
        ]),
      )
    await save()
    expect(posts()).toHaveLength(1)
    expect(posts()[0].suggestion_ids).toEqual([42, 44])
    const picked = dialog.findAll('[data-test="key-item-picked"]')
    expect(picked[0].find('[data-test="key-item-error"]').exists()).toBe(false)
    expect(picked[1].get('[data-test="key-item-error"]').text()).toBe('该建议已在另一个重点督办事项中')
    expect(dialog.text()).toContain('有 1 件建议不能列为重点督办')
    expect(dialog.text()).toContain('主任会议决定日期不能晚于今天')

    // Taking the refused item out clears its word, and the topic goes through.
    await picked[1].get('[data-test="key-item-remove"]').trigger('click')
    await flushPromises()
    expect(dialog.findAll('[data-test="key-item-picked"]')).toHaveLength(1)
    create = () => json(201, topic({ id: 12 }))
    await save()
    expect(posts()[1].suggestion_ids).toEqual([42])
    w.unmount()
  })
})
