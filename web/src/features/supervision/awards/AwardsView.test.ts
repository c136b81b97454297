// 评选表彰 against a mocked fetch: the rounds with kind, year, nomination count and status; the
// kind, status and year filters and the search go to the query; the empty text says what to do;
// 新建评选 only with supervision.manage. The dialog shows the server's default title as the
// placeholder, sends no criteria with 使用默认测评项目 and the committee's own otherwise — never
// while the weights do not sum to 100 — and opens the new round.
import { beforeEach, describe, expect, it } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { invalidFields, json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { openSelect } from '@/test/select'
import { useAuthStore, type Permission } from '@/stores/auth'
import AwardsView from './AwardsView.vue'
import { awardsRouter, page, round, summary } from './fixtures'
import type { AwardRoundSummary } from './awards'

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

let rounds: AwardRoundSummary[]
let create: () => Response

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  rounds = [
    summary(),
    summary({
      id: 4,
      kind: 'unit',
      title: '2026年度优秀建议承办单位评选',
      status: 'scoring',
      nomination_count: 3,
      quota: 2,
    }),
    summary({ id: 3, year: 2025, title: '2025年度优秀代表建议评选', status: 'published', nomination_count: 5 }),
  ]
  create = () => json(201, round({ id: 12, nominations: [], nomination_count: 0 }))
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    if (url === '/api/v1/supervision/awards' && init?.method === 'POST') return create()
    if (url.startsWith('/api/v1/supervision/awards?')) return json(200, page(rounds))
    if (url === '/api/v1/org/nodes/17') return json(200, NODE)
    if (url.startsWith('/api/v1/org/nodes?')) return json(200, { ...page([NODE]), page_size: 50 })
    return json(404, problem(404, 'not_found', '未找到'))
  })
})

async function mountView(permissions: Permission[]) {
  useAuthStore().me = { id: 3, username: 'u', display_name: 'U', org_node_id: 17, grants: [], permissions } as never
  const router = await awardsRouter('/supervision/awards')
  const w = mount(AwardsView, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  await settle()
  return { w, router }
}

const urls = (prefix: string) =>
  fetchMock.mock.calls.map(([u]) => decodeURIComponent(String(u))).filter((u) => u.startsWith(prefix))
const posts = () =>
  fetchMock.mock.calls
    .filter(([u, init]) => String(u) === '/api/v1/supervision/awards' && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init!.body)))

async function setNumber(scope: Pick<DOMWrapper<Element>, 'get'>, test: string, value: number) {
  const input = scope.get(`[data-test="${test}"] input`)
  await input.setValue(String(value))
  await input.trigger('change')
  await flushPromises()
}

describe('AwardsView', { timeout: 30_000 }, () => {
  it('lists the rounds with kind, year, nominations and status, and filters on the server', async () => {
    const { w } = await mountView(['supervision.manage'])
    expect(urls('/api/v1/supervision/awards?')[0]).toBe('/api/v1/supervision/awards?page=1&page_size=20')
    const rows = w.findAll('[data-test="awards-table"] .el-table__body-wrapper tr')
    expect(rows).toHaveLength(3)
    expect(rows[0].get('a[data-test="award-title-link"]').attributes('href')).toBe('/supervision/awards/5')
    expect(rows[0].get('[data-test="award-kind"]').text()).toBe('优秀代表建议')
    expect(rows[0].text()).toContain('2026年')
    expect(rows[0].get('[data-test="award-nominations"]').text()).toBe('2 项')
    expect(rows[0].get('[data-test="award-status"]').text()).toBe('提名中')
    expect(rows[1].get('[data-test="award-kind"]').text()).toBe('优秀建议承办单位')
    expect(rows[1].get('[data-test="award-status"]').text()).toBe('评审中')
    expect(rows[2].get('[data-test="award-status"]').text()).toBe('已公布')
    expect(w.find('[data-test="award-create"]').exists()).toBe(true)

    const kinds = await openSelect(body(), 'awards-kind')
    kinds.find((o) => o.textContent?.includes('优秀人大代表'))!.click()
    await flushPromises()
    const statuses = await openSelect(body(), 'awards-status')
    statuses.find((o) => o.textContent?.includes('已公布'))!.click()
    await flushPromises()
    const years = await openSelect(body(), 'awards-year')
    years.find((o) => o.textContent?.trim() === '2025年')!.click()
    await flushPromises()
    await w.get('input[data-test="awards-q"]').setValue(' 年度 ')
    await w.get('[data-test="awards-filters"]').trigger('submit')
    await settle()
    expect(urls('/api/v1/supervision/awards?').at(-1)).toBe(
      '/api/v1/supervision/awards?page=1&page_size=20&q=年度&kind=deputy&status=published&year=2025',
    )
    w.unmount()
  })

  it('says what to do when there are none, and offers no creating to a reader', async () => {
    rounds = []
    const { w } = await mountView(['supervision.manage'])
    expect(w.get('[data-test="awards-table"]').text()).toContain('点击“新建评选”')
    w.unmount()

    const reader = await mountView(['suggestion.read'])
    expect(reader.w.find('[data-test="award-create"]').exists()).toBe(false)
    expect(reader.w.get('[data-test="awards-table"]').text()).toContain('还没有评选。')
    reader.w.unmount()
  })

  it('opens a round with the default criteria: the default title shown, no criteria sent', async () => {
    const { w, router } = await mountView(['supervision.manage'])
    await w.get('[data-test="award-create"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="award-dialog"]')
    const year = new Date().getFullYear()
    const title = () => dialog.get('input[data-test="award-title"]').attributes('placeholder')
    expect(title()).toBe(`${year}年度优秀代表建议评选`)
    expect(dialog.get('[data-test="award-defaults"]').text()).toBe(
      '默认测评项目：选题价值（30%）、内容质量（30%）、办理成效（40%）',
    )
    await setNumber(dialog, 'award-year', 2025)
    const kinds = dialog.findAll('[data-test="award-kind"] input')
    await kinds[1].setValue(true) // 优秀建议承办单位
    await flushPromises()
    expect(title()).toBe('2025年度优秀建议承办单位评选')
    expect(dialog.get('[data-test="award-defaults"]').text()).toContain('落实成效（40%）')
    await kinds[0].setValue(true)
    await setNumber(dialog, 'award-quota', 1)
    await dialog.get('[data-test="award-save"]').trigger('click')
    await settle()
    expect(posts()).toEqual([{ kind: 'suggestion', quota: 1, org_node_id: 17, year: 2025 }])
    expect(router.currentRoute.value.fullPath).toBe('/supervision/awards/12')
    w.unmount()
  })

  it('keeps the committee’s own criteria at 100, and shows the server’s word at a row', async () => {
    create = () => json(400, invalidFields([{ field: 'criteria[1].name', message: '测评项目名称重复' }]))
    const { w } = await mountView(['supervision.manage'])
    await w.get('[data-test="award-create"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="award-dialog"]')
    await dialog.get('[data-test="award-use-defaults"] input').setValue(false)
    await flushPromises()
    const rows = () => dialog.findAll('[data-test="criterion-row"]')
    expect(rows().map((r) => (r.get('input[data-test="criterion-name"]').element as HTMLInputElement).value)).toEqual([
      '选题价值',
      '内容质量',
      '办理成效',
    ])
    const sum = () => dialog.get('[data-test="weight-sum"]').text()
    expect(sum()).toBe('权重合计 100（应为 100）')
    await rows()[2].get('[data-test="criterion-remove"]').trigger('click')
    await flushPromises()
    expect(sum()).toBe('权重合计 60（应为 100）')
    expect(dialog.get('[data-test="weight-sum"]').classes()).toContain('bad')
    await dialog.get('[data-test="award-save"]').trigger('click')
    await settle()
    expect(posts()).toHaveLength(0)
    expect(dialog.text()).toContain('各项权重之和应为 100，现为 60')

    await dialog.get('[data-test="criterion-add"]').trigger('click')
    await flushPromises()
    await rows()[2].get('input[data-test="criterion-name"]').setValue('群众满意')
    await setNumber(rows()[2], 'criterion-weight', 40)
    expect(sum()).toBe('权重合计 100（应为 100）')
    await dialog.get('[data-test="award-save"]').trigger('click')
    await settle()
    expect(posts()).toHaveLength(1)
    expect(posts()[0].criteria).toEqual([
      { name: '选题价值', weight: 30 },
      { name: '内容质量', weight: 30 },
      { name: '群众满意', weight: 40 },
    ])
    expect(rows()[1].get('.el-form-item__error').text()).toBe('测评项目名称重复')
    expect(body().find('[data-test="award-dialog"]').isVisible()).toBe(true)
    w.unmount()
  })
})
