// 重点督办 as the server answers it, for the tests of the key-topic screens: an active topic of
// 衡阳县人民代表大会 (congress 17) over item 42 (the suggestion fixture) and item 43, with an
// inspection logged; candidates raised by many deputies; a router with the screens' routes.
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Activity, Candidates, KeyTopic, KeyTopicItem } from './keyTopics'

export function topicItem(changes: Partial<KeyTopicItem> = {}): KeyTopicItem {
  return {
    suggestion_id: 42,
    number: 12,
    title: '关于加强农村学校校车安全管理的建议',
    state: 'handling',
    lead_name: '李建华',
    lead_unit_name: '县教育局',
    next_due_on: '2026-06-30',
    deputies: 8,
    ...changes,
  }
}

export function activity(changes: Partial<Activity> = {}): Activity {
  return {
    id: 3,
    kind: 'inspection',
    held_on: '2026-05-09',
    place: '县第一中学',
    participants: '督办领导、部分代表',
    summary: '实地察看校车运行情况，听取县教育局汇报。',
    questions: [],
    created_by_name: '王晓燕',
    created_at: '2026-05-09T08:00:00Z',
    ...changes,
  }
}

export function topic(changes: Partial<KeyTopic> = {}): KeyTopic {
  return {
    id: 9,
    org_node_id: 17,
    org_name: '衡阳县人民代表大会',
    title: '农村学生上学安全',
    description: '主任会议确定的年度重点督办事项。',
    decided_on: '2026-04-20',
    meeting: '第十二次主任会议',
    leader_user_id: 5,
    leader_name: '刘建国',
    government_leader: '分管副县长',
    committee: '教育科学文化卫生委员会',
    status: 'active',
    conclusion: '',
    item_count: 2,
    version: 2,
    created_at: '2026-04-21T02:00:00Z',
    updated_at: '2026-05-09T08:00:00Z',
    items: [
      topicItem(),
      topicItem({ suggestion_id: 43, number: null, title: '关于改善乡村道路照明的建议', deputies: 6 }),
    ],
    activities: [activity()],
    can_manage: true,
    ...changes,
  }
}

export function candidates(items: KeyTopicItem[] = [topicItem()]): Candidates {
  return { org_node_id: 17, org_name: '衡阳县人民代表大会', year: 2026, min_deputies: 5, items }
}

/** A page of a list route. */
export function page<T>(items: T[]) {
  return { items, page: 1, page_size: 20, total: items.length, total_capped: false }
}

/** A router with the key-topic screens' routes, at `path`. */
export async function keyTopicsRouter(path: string) {
  const blank = { template: '<div />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/supervision/key-topics', name: 'key-topics', component: blank },
      { path: '/supervision/key-topics/:id', name: 'key-topic-detail', component: blank },
      { path: '/supervision/leaders', name: 'leader-rules', component: blank },
      { path: '/suggestions', name: 'suggestions', component: blank },
      { path: '/suggestions/:id', name: 'suggestion-detail', component: blank },
    ],
  })
  await router.push(path)
  return router
}
