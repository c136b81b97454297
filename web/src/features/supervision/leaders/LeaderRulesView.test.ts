// 领衔督办分工 against a mocked fetch: the caller's congress's rules — star level, category
// (全部类别 when empty) and leader — read-only for a reader; the committee adds, changes and
// removes rules and saves them all at once (PUT with the category left out for any category),
// the server's word on a rule shows at that rule and nothing is lost; 撤销修改 goes back to the
// stored rules. The coverage of the congress's year stands under it.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'
import { invalidFields, json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { openSelect } from '@/test/select'
import { useAuthStore, type Permission } from '@/stores/auth'
import type { Schemas } from '@/api/client'
import { keyTopicsRouter } from '../key_topics/fixtures'
import LeaderRulesView from './LeaderRulesView.vue'
import { rulesBody, sameRules, rowsOf } from './leaderRules'

type LeaderRules = Schemas['LeaderRules']

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

const OPTIONS = {
  answer_classes: [],
  star_levels: [
    { stars: 1, supervised_by: '联工委督办' },
    { stars: 2, supervised_by: '专门委员会督办' },
    { stars: 3, supervised_by: '主任会议成员督办' },
  ],
  not_suggestion_reasons: [],
  categories: ['教育科技', '交通运输'],
  contact_methods: [],
  raised_in: [],
  answer: '3个月',
  urgent_answer: '1个月',
  sessions: [],
  units: [],
}

function rules(changes: Partial<LeaderRules> = {}): LeaderRules {
  return {
    org_node_id: 17,
    org_name: '衡阳县人民代表大会',
    rules: [
      { star_level: 3, category: '', user_id: 5, user_name: '刘建国' },
      { star_level: 2, category: '教育科技', user_id: 6, user_name: '陈志远' },
    ],
    leaders: [
      { user_id: 5, name: '刘建国' },
      { user_id: 6, name: '陈志远' },
    ],
    can_manage: true,
    ...changes,
  }
}

let current: () => LeaderRules
let put: () => Response

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
  current = () => rules()
  put = () => json(200, rules())
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    if (url === '/api/v1/supervision/leaders' && init?.method === 'PUT') return put()
    if (url.startsWith('/api/v1/supervision/leaders')) return json(200, current())
    if (url.startsWith('/api/v1/supervision/coverage'))
      return json(200, {
        org_node_id: 17,
        org_name: '衡阳县人民代表大会',
        year: 2026,
        items: 10,
        covered: 7,
        named: 1,
        by_key_topic: 2,
        by_rule: 4,
        uncovered: 3,
        rate: 70,
      })
    if (url === '/api/v1/suggestions/options') return json(200, OPTIONS)
    if (url === '/api/v1/org/nodes/17') return json(200, NODE)
    if (url.startsWith('/api/v1/org/nodes?'))
      return json(200, { items: [NODE], page: 1, page_size: 50, total: 1, total_capped: false })
    return json(404, problem(404, 'not_found', '未找到'))
  })
})

async function mountView(permissions: Permission[]) {
  useAuthStore().me = { id: 3, username: 'u', display_name: 'U', org_node_id: 17, grants: [], permissions } as never
  const router = await keyTopicsRouter('/supervision/leaders')
  const w = mount(LeaderRulesView, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  await settle()
  return w
}

const puts = () =>
  fetchMock.mock.calls
    .filter(([u, init]) => String(u) === '/api/v1/supervision/leaders' && init?.method === 'PUT')
    .map(([, init]) => JSON.parse(String(init!.body)))
const rows = (w: VueWrapper) => w.findAll('[data-test="leader-rules-table"] .el-table__body-wrapper tr')

/** Picks `label` in the select `test` of the table's row `i` (the dropdown that is open). */
async function pickInRow(w: VueWrapper, i: number, test: string, label: string): Promise<void> {
  await openSelect(rows(w)[i], test)
  const open = [...document.querySelectorAll<HTMLElement>('.el-select__popper')].filter(
    (p) => p.style.display !== 'none',
  )
  const option = open
    .flatMap((p) => [...p.querySelectorAll<HTMLElement>('.el-select-dropdown__item')])
    .find((o) => o.textContent?.includes(label))
  option!.click()
  await flushPromises()
}

describe('LeaderRulesView', { timeout: 30_000 }, () => {
  it('shows a reader the rules, with 全部类别 for any category, and the coverage', async () => {
    current = () => rules({ can_manage: false })
    const w = await mountView(['suggestion.read'])
    expect(fetchMock.mock.calls.map(([u]) => String(u))).toContain('/api/v1/supervision/leaders')
    const trs = w.findAll('[data-test="leader-rules-table"] .el-table__body-wrapper tr')
    expect(trs).toHaveLength(2)
    expect(trs[0].get('[data-test="rule-stars-text"]').text()).toBe('★★★')
    expect(trs[0].get('[data-test="rule-category-text"]').text()).toBe('全部类别')
    expect(trs[0].get('[data-test="rule-leader-text"]').text()).toBe('刘建国')
    expect(trs[1].get('[data-test="rule-category-text"]').text()).toBe('教育科技')
    expect(w.find('[data-test="leader-rules-save"]').exists()).toBe(false)
    expect(w.find('[data-test="rule-add"]').exists()).toBe(false)
    expect(w.get('[data-test="coverage-rate"]').text()).toContain('70.00%')
    expect(
      fetchMock.mock.calls.some(([u]) => String(u).startsWith('/api/v1/supervision/coverage?org_node_id=17')),
    ).toBe(true)
    w.unmount()

    current = () => rules({ rules: [], can_manage: false })
    const none = await mountView(['suggestion.read'])
    expect(none.get('[data-test="leader-rules-table"]').text()).toContain('尚未设置分工规则。')
    none.unmount()
  })

  it('lets the committee add, change and remove rules and save them at once', async () => {
    const w = await mountView(['supervision.manage'])
    const save = w.get('[data-test="leader-rules-save"]')
    expect(save.attributes('disabled')).toBeDefined()
    expect(rows(w)).toHaveLength(2)

    // Remove the ★★ 教育科技 rule, add ★★ for any category to 陈志远.
    await w.findAll('[data-test="rule-remove"]')[1].trigger('click')
    await w.get('[data-test="rule-add"]').trigger('click')
    await flushPromises()
    expect(rows(w)).toHaveLength(2)
    expect(w.get('[data-test="leader-rules-dirty"]').text()).toBe('有未保存的修改')
    expect(save.attributes('disabled')).toBeUndefined()
    await pickInRow(w, 1, 'rule-stars', '专门委员会督办')
    await pickInRow(w, 1, 'rule-leader', '陈志远')

    put = () =>
      json(
        200,
        rules({
          rules: [
            { star_level: 3, category: '', user_id: 5, user_name: '刘建国' },
            { star_level: 2, category: '', user_id: 6, user_name: '陈志远' },
          ],
        }),
      )
    await save.trigger('click')
    await settle()
    expect(puts()).toEqual([
      {
        org_node_id: 17,
        rules: [
          { star_level: 3, user_id: 5 },
          { star_level: 2, user_id: 6 },
        ],
      },
    ])
    expect(body().get('.el-message--success').text()).toContain('分工规则已保存')
    expect(w.find('[data-test="leader-rules-dirty"]').exists()).toBe(false)
    w.unmount()
  })

  it('shows the server’s word at the rule it is about, keeps the edits, and undoes them on request', async () => {
    const w = await mountView(['supervision.manage'])
    await w.get('[data-test="rule-add"]').trigger('click')
    await flushPromises()
    const third = () => w.findAll('[data-test="leader-rules-table"] .el-table__body-wrapper tr')[2]
    await pickInRow(w, 2, 'rule-stars', '主任会议成员督办')
    await pickInRow(w, 2, 'rule-leader', '陈志远')

    put = () => json(400, invalidFields([{ field: 'rules[2].category', message: '同一星级和类别只能有一条分工规则' }]))
    await w.get('[data-test="leader-rules-save"]').trigger('click')
    await settle()
    expect(puts()).toHaveLength(1)
    expect(puts()[0].rules[2]).toEqual({ star_level: 3, user_id: 6 })
    expect(third().text()).toContain('同一星级和类别只能有一条分工规则')
    expect(rows(w)).toHaveLength(3)

    await w.get('[data-test="leader-rules-undo"]').trigger('click')
    await settle()
    expect(rows(w)).toHaveLength(2)
    expect(w.find('[data-test="leader-rules-dirty"]').exists()).toBe(false)
    w.unmount()
  })
})

describe('the division of work in the editor', () => {
  it('sends the rows with the category trimmed and left out for any category, and sees when they match', () => {
    const stored = rules().rules
    const rows_ = rowsOf(stored)
    expect(sameRules(rows_, stored)).toBe(true)
    rows_[1].category = ' 教育科技 '
    expect(sameRules(rows_, stored)).toBe(true)
    expect(rulesBody(17, rows_)).toEqual({
      org_node_id: 17,
      rules: [
        { star_level: 3, user_id: 5 },
        { star_level: 2, user_id: 6, category: '教育科技' },
      ],
    })
    rows_[0].user_id = 6
    expect(sameRules(rows_, stored)).toBe(false)
    expect(sameRules(rows_.slice(0, 1), stored)).toBe(false)
  })
})
