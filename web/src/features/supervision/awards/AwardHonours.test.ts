// 荣誉 on a suggestion's page and a deputy's record, against a mocked fetch: the published rounds
// the target won as badges (a link to the round for who reads the rounds, plain for others);
// nothing at all when there are none or they cannot be read.
import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { json, mockedFetch, problem, settle } from '@/test/http'
import { useAuthStore, type Permission } from '@/stores/auth'
import AwardHonours from './AwardHonours.vue'
import { awardsRouter, honour } from './fixtures'
import type { Honour } from './awards'

const fetchMock = mockedFetch()
let items: Honour[] | null

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  items = [honour(), honour({ round_id: 2, nomination_id: 3, round_title: '2025年度优秀代表建议评选', rank: 2 })]
  fetchMock.mockImplementation(async () =>
    items ? json(200, { kind: 'suggestion', target_id: 42, items }) : json(403, problem(403, 'forbidden', '无权访问')),
  )
})

async function mountHonours(permissions: Permission[], kind: 'suggestion' | 'deputy' = 'suggestion', id = 42) {
  useAuthStore().me = { id: 3, username: 'u', display_name: 'U', org_node_id: 17, grants: [], permissions } as never
  const router = await awardsRouter('/suggestions/42')
  const w = mount(AwardHonours, {
    props: { kind, targetId: id },
    global: { plugins: [ElementPlus, i18n, router] },
    attachTo: document.body,
  })
  await settle()
  return w
}

describe('AwardHonours', { timeout: 30_000 }, () => {
  it('shows the honours won, linking to the rounds for their readers', async () => {
    const w = await mountHonours(['suggestion.read'])
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/v1/supervision/awards/honours?kind=suggestion&target_id=42')
    const badges = w.findAll('[data-test="award-honour"]')
    expect(badges.map((b) => b.text())).toEqual([
      '2026年度优秀代表建议评选 · 第 1 名',
      '2025年度优秀代表建议评选 · 第 2 名',
    ])
    expect(badges[0].get('a').attributes('href')).toBe('/supervision/awards/5')
    expect(badges[0].attributes('title')).toContain('衡阳县人民代表大会，得分 85.00')
    w.unmount()

    const deputy = await mountHonours(['suggestion.draft'], 'deputy', 31)
    expect(String(fetchMock.mock.calls.at(-1)![0])).toBe('/api/v1/supervision/awards/honours?kind=deputy&target_id=31')
    expect(deputy.findAll('[data-test="award-honour"]')).toHaveLength(2)
    expect(deputy.find('[data-test="award-honour"] a').exists()).toBe(false)
    deputy.unmount()
  })

  it('renders nothing without honours, or when they cannot be read', async () => {
    items = []
    const none = await mountHonours(['suggestion.read'])
    expect(none.find('[data-test="award-honours"]').exists()).toBe(false)
    expect(none.text()).toBe('')
    none.unmount()

    items = null
    const failed = await mountHonours(['suggestion.read'])
    expect(failed.find('[data-test="award-honours"]').exists()).toBe(false)
    failed.unmount()
  })
})
