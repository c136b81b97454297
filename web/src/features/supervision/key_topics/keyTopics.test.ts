// 重点督办 in words and bodies: the topic and activity bodies leave out what is empty; an item's
// active topic is read from its timeline (列为重点督办 not followed by that topic's 重点督办办结);
// on the suggestion's page the line shows it — with a link to the topic for those who read
// the topics, found by its title among the active ones — and nothing once concluded. Also:
// every message key the area uses is there in both languages.
import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'
import { json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { suggestion } from '@/test/suggestion'
import { useAuthStore, type Permission } from '@/stores/auth'
import type { Detail } from '@/features/suggestions/model'
import KeyTopicLine from './KeyTopicLine.vue'
import { keyTopicsRouter, page, topic, topicItem } from './fixtures'
import {
  activeTopicOf,
  activityBody,
  blankActivity,
  blankQuestion,
  blankTopic,
  itemIndex,
  titleOf,
  topicBody,
} from './keyTopics'

type Step = Detail['timeline'][number]

function step(action: string, detail: string, at = '2026-04-21T02:00:00Z'): Step {
  return {
    at,
    actor_name: '王晓燕',
    relation: 'liaison_staff',
    relation_title: '联工委工作人员',
    action,
    action_title: action,
    from_state: 'handling',
    from_state_title: '办理中',
    to_state: 'handling',
    to_state_title: '办理中',
    detail,
  }
}

const DESIGNATED = step(
  'key_designated',
  '《农村学生上学安全》，第十二次主任会议；督办领导：刘建国；领办：分管副县长；对口督办：教科文卫委',
)

describe('the key topics in words and bodies', () => {
  it('sends a topic with its texts trimmed and the empty ones left out', () => {
    const f = {
      ...blankTopic(17, [42, 43]),
      title: ' 农村学生上学安全 ',
      decided_on: '2026-04-20',
      committee: ' 教科文卫委 ',
    }
    expect(topicBody(f)).toEqual({
      org_node_id: 17,
      title: '农村学生上学安全',
      decided_on: '2026-04-20',
      suggestion_ids: [42, 43],
      committee: '教科文卫委',
    })
    expect(topicBody({ ...f, leader_user_id: 5, meeting: '主任会议' })).toMatchObject({
      leader_user_id: 5,
      meeting: '主任会议',
    })
    expect(itemIndex('suggestion_ids[3]')).toBe(3)
    expect(itemIndex('suggestion_ids')).toBeNull()
    expect(itemIndex('title')).toBeNull()
  })

  it('sends questions only with an inquiry, an answer only with its text', () => {
    const q = { ...blankQuestion(), question: ' 缺口多少？ ', asked_by: '李建华' }
    const f = { ...blankActivity('2026-05-09'), summary: ' 询问 ', questions: [q] }
    expect(activityBody(f)).toEqual({ kind: 'inspection', held_on: '2026-05-09', summary: '询问' })
    expect(activityBody({ ...f, kind: 'inquiry', place: '会议室' })).toEqual({
      kind: 'inquiry',
      held_on: '2026-05-09',
      summary: '询问',
      place: '会议室',
      questions: [{ question: '缺口多少？', asked_by: '李建华' }],
    })
  })

  it('reads the title at the head of a step, a 》 of its own included', () => {
    expect(titleOf('《农村学生上学安全》')).toBe('农村学生上学安全')
    expect(titleOf('《农村学生上学安全》：已全部解决')).toBe('农村学生上学安全')
    expect(titleOf('《关于《条例》》，主任会议')).toBe('关于《条例》')
    expect(titleOf('2026-05-09 视察：……')).toBeNull()
  })

  it('finds the active topic in the timeline, and none once it is concluded', () => {
    expect(activeTopicOf([])).toBeNull()
    expect(activeTopicOf([DESIGNATED])).toEqual({
      title: '农村学生上学安全',
      detail: '第十二次主任会议；督办领导：刘建国；领办：分管副县长；对口督办：教科文卫委',
      at: '2026-04-21T02:00:00Z',
    })
    const activity = step('key_activity', '2026-05-09 视察：实地察看')
    const concluded = step('key_concluded', '《农村学生上学安全》：校车全部配齐')
    expect(activeTopicOf([DESIGNATED, activity, concluded])).toBeNull()
    const again = step('key_designated', '《乡村出行》', '2026-09-01T02:00:00Z')
    expect(activeTopicOf([DESIGNATED, concluded, again])).toMatchObject({ title: '乡村出行', detail: '' })
  })
})

const fetchMock = mockedFetch()
const settle = () => settleAfter(80)

let topics: unknown[]
beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  topics = [topic({ id: 9 })]
  fetchMock.mockImplementation(async (input) => {
    const url = decodeURIComponent(String(input))
    if (url.startsWith('/api/v1/supervision/key-topics?')) return json(200, page(topics))
    if (url === '/api/v1/supervision/key-topics/9') return json(200, topic({ id: 9 }))
    if (url === '/api/v1/supervision/key-topics/10')
      return json(200, topic({ id: 10, items: [topicItem({ suggestion_id: 77 })] }))
    return json(404, problem(404, 'not_found', '未找到'))
  })
})

async function mountLine(timeline: Step[], permissions: Permission[]) {
  useAuthStore().me = { id: 3, username: 'u', display_name: 'U', org_node_id: 17, grants: [], permissions } as never
  const router = await keyTopicsRouter('/suggestions/42')
  const w = mount(KeyTopicLine, {
    props: { detail: suggestion({ state: 'handling', timeline }) },
    global: { plugins: [ElementPlus, i18n, router] },
  })
  await settle()
  return w
}

describe('KeyTopicLine', { timeout: 30_000 }, () => {
  it('shows the item’s active topic with a link to it for those who read the topics', async () => {
    const w = await mountLine([DESIGNATED], ['supervision.manage'])
    expect(w.get('[data-test="item-key-topic"]').text()).toContain('重点督办：')
    expect(w.get('a[data-test="item-key-topic-link"]').attributes('href')).toBe('/supervision/key-topics/9')
    expect(w.get('a[data-test="item-key-topic-link"]').text()).toBe('《农村学生上学安全》')
    expect(w.get('[data-test="item-key-topic-detail"]').text()).toContain('督办领导：刘建国')
    expect(decodeURIComponent(String(fetchMock.mock.calls[0][0]))).toBe(
      '/api/v1/supervision/key-topics?q=农村学生上学安全&status=active&page_size=20',
    )
    w.unmount()
  })

  it('picks the topic that holds the item when two share the name', async () => {
    topics = [topic({ id: 10 }), topic({ id: 9 })]
    const w = await mountLine([DESIGNATED], ['suggestion.read'])
    expect(w.get('a[data-test="item-key-topic-link"]').attributes('href')).toBe('/supervision/key-topics/9')
    w.unmount()
  })

  it('shows the title without a link to a deputy, and nothing once concluded', async () => {
    const deputy = await mountLine([DESIGNATED], ['suggestion.draft'])
    expect(deputy.get('[data-test="item-key-topic-title"]').text()).toBe('《农村学生上学安全》')
    expect(deputy.find('a[data-test="item-key-topic-link"]').exists()).toBe(false)
    expect(fetchMock).not.toHaveBeenCalled()
    deputy.unmount()

    const concluded = step('key_concluded', '《农村学生上学安全》：校车全部配齐')
    const w = await mountLine([DESIGNATED, concluded], ['supervision.manage'])
    expect(w.find('[data-test="item-key-topic"]').exists()).toBe(false)
    w.unmount()
  })
})

describe('messages of the key topics and the division of work', () => {
  const files = import.meta.glob<string>(['./**/*.{vue,ts}', '../leaders/**/*.{vue,ts}', '!**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  })
  const used = new Set<string>()
  for (const src of Object.values(files))
    for (const m of src.matchAll(/\bte?\(\s*'([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1])
  const lookup = (messages: unknown, key: string) =>
    key
      .split('.')
      .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), messages)

  it('has every key the screens use in both languages, and names each status and kind', () => {
    expect(used.size).toBeGreaterThan(80)
    const missing = [...used].filter((k) => typeof lookup(zhCN, k) !== 'string' || typeof lookup(en, k) !== 'string')
    expect(missing).toEqual([])
    for (const s of ['active', 'concluded'])
      for (const m of [zhCN, en]) expect(typeof lookup(m, `supervision.keyTopics.status.${s}`)).toBe('string')
    for (const k of ['inspection', 'forum', 'inquiry'])
      for (const m of [zhCN, en]) expect(typeof lookup(m, `supervision.keyTopics.kinds.${k}`)).toBe('string')
    for (const k of ['notFound', 'notFoundHint', 'backToList', 'loadFailed'])
      expect(typeof lookup(zhCN, `supervision.keyTopics.page.${k}`)).toBe('string')
  })
})
