// An award round's page against a mocked fetch. Its buttons follow the round: 提名, 撤回提名 and
// 开始评审 only for the committee (can_manage) while nominating, 公布结果 only while scoring, the
// score sheets only for a panel member (can_score) while scoring, nothing once published. The
// committee nominates (the server's word on the target shows at it), withdraws and opens the
// scoring after the question (nothing is sent when dismissed; a 409 reloads). A member scores
// with the weighted total shown live, their own sheet starting the form; the page says nobody
// sees another's scores. Publishing asks first, naming the quota and ties; the ranking shows
// rank, score and 获奖.
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'
import { invalidFields, json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { suggestion } from '@/test/suggestion'
import { useAuthStore } from '@/stores/auth'
import AwardRoundView from './AwardRoundView.vue'
import { awardsRouter, nomination, page, published, round } from './fixtures'
import type { AwardRound } from './awards'

const fetchMock = mockedFetch()
const settle = () => settleAfter(150)
const body = () => new DOMWrapper(document.body)

let confirm: MockInstance
let current: () => Response
let answers: Record<string, () => Response>

const SCORING = () =>
  round({
    status: 'scoring',
    version: 4,
    can_score: true,
    nominations: [
      nomination({ sheets: 1, my_scores: [70, 70, 100] }),
      nomination({ id: 8, target_id: 43, target_name: '关于改善乡村道路照明的建议', sheets: 0 }),
    ],
    panel_sheets: 1,
  })

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
  confirm.mockClear()
  current = () => json(200, round())
  answers = {}
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    const key = `${init?.method ?? 'GET'} ${url.split('?')[0]}`
    if (answers[key]) return answers[key]()
    if (url === '/api/v1/supervision/awards/5') return current()
    if (url.startsWith('/api/v1/suggestions?'))
      return json(
        200,
        page([
          suggestion({
            id: 44,
            state: 'handling',
            session_id: 3,
            number_text: '第20号',
            title: '关于增加乡村公交班次的建议',
          }),
          suggestion({ id: 42, state: 'answered', session_id: 3 }),
        ]),
      )
    if (url.startsWith('/api/v1/org/sessions?'))
      return json(200, page([{ id: 3, term_id: 1, number: 3, title: '三次会议', opens_on: '2026-01-10' }]))
    return json(404, problem(404, 'not_found', '未找到'))
  })
})

async function mountPage() {
  useAuthStore().me = {
    id: 3,
    username: 'staff.wang',
    display_name: '王晓燕',
    org_node_id: 17,
    grants: [],
    permissions: ['supervision.manage'],
  } as never
  const router = await awardsRouter('/supervision/awards/5')
  const w = mount(AwardRoundView, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  await settle()
  return w
}

const sent = (method: string, path: string) =>
  fetchMock.mock.calls
    .filter(([u, init]) => String(u) === path && init?.method === method)
    .map(([, init]) => (init?.body ? JSON.parse(String(init.body)) : null))
const reads = () => fetchMock.mock.calls.filter(([u]) => String(u) === '/api/v1/supervision/awards/5').length
const has = (w: { find: (s: string) => { exists: () => boolean } }, test: string) =>
  w.find(`[data-test="${test}"]`).exists()

async function setScores(scope: Pick<DOMWrapper<Element>, 'findAll'>, scores: number[]) {
  const inputs = scope.findAll('[data-test="sheet-score"] input')
  for (const [i, s] of scores.entries()) {
    await inputs[i].setValue(String(s))
    await inputs[i].trigger('change')
  }
  await flushPromises()
}

describe('AwardRoundView', { timeout: 30_000 }, () => {
  it('shows the round and its nominations; the committee’s buttons while nominating', async () => {
    const w = await mountPage()
    expect(w.get('.page-title').text()).toBe('2026年度优秀代表建议评选')
    expect(w.get('[data-test="award-status"]').text()).toBe('提名中')
    const facts = w.get('[data-test="award-facts"]').text()
    expect(facts).toContain('优秀代表建议')
    expect(facts).toContain('衡阳县人民代表大会')
    expect(facts).toContain('1 名')
    expect(w.get('[data-test="award-criteria"]').text()).toMatch(/选题价值（30%）\s*内容质量（30%）\s*办理成效（40%）/)
    const rows = w.findAll('[data-test="award-nominations"] .el-table__body-wrapper tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].get('a[data-test="award-target"]').attributes('href')).toBe('/suggestions/42')
    expect(rows[0].text()).toContain('问题反映准确，推动解决成效明显。')
    expect(rows[0].text()).toContain('王晓燕')
    for (const b of ['award-nominate', 'award-open-scoring', 'award-withdraw']) expect(has(w, b)).toBe(true)
    for (const b of ['award-publish', 'award-scoring', 'award-ranking']) expect(has(w, b)).toBe(false)
    w.unmount()

    current = () => json(200, round({ can_manage: false }))
    const reader = await mountPage()
    for (const b of ['award-nominate', 'award-open-scoring', 'award-withdraw', 'award-publish', 'award-scoring'])
      expect(has(reader, b)).toBe(false)
    reader.unmount()
  })

  it('nominates an accepted suggestion; the server’s word on the target shows at it', async () => {
    answers['POST /api/v1/supervision/awards/5/nominations'] = () =>
      json(400, invalidFields([{ field: 'target_id', message: '只能提名本年度已立案的建议' }]))
    const w = await mountPage()
    await w.get('[data-test="award-nominate"]').trigger('click')
    await settle()
    const dialog = body().get('[data-test="nominate-dialog"]')
    expect(dialog.text()).toContain('只能提名 2026 年度已立案')
    await dialog.get('[data-test="nominate-target"] .el-select__wrapper').trigger('click')
    await settle()
    const options = [...document.querySelectorAll<HTMLElement>('[data-test="nominate-option"]')]
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('第20号 关于增加乡村公交班次的建议'),
      expect.stringContaining('已提名'),
    ])
    expect(options[1].classList).toContain('is-disabled')
    options[0].click()
    await flushPromises()
    await dialog.get('[data-test="nominate-save"]').trigger('click')
    await settle()
    expect(sent('POST', '/api/v1/supervision/awards/5/nominations')).toHaveLength(0)
    expect(dialog.text()).toContain('请填写提名理由')

    await dialog.get('textarea[data-test="nominate-reason"]').setValue(' 群众反映强烈，办理成效明显。 ')
    await dialog.get('[data-test="nominate-save"]').trigger('click')
    await settle()
    expect(sent('POST', '/api/v1/supervision/awards/5/nominations')).toEqual([
      { target_id: 44, reason: '群众反映强烈，办理成效明显。' },
    ])
    expect(dialog.get('.el-form-item__error').text()).toBe('只能提名本年度已立案的建议')

    answers['POST /api/v1/supervision/awards/5/nominations'] = () =>
      json(
        201,
        round({
          nomination_count: 3,
          nominations: [
            ...round().nominations,
            nomination({ id: 9, target_id: 44, target_name: '关于增加乡村公交班次的建议' }),
          ],
        }),
      )
    await dialog.get('[data-test="nominate-save"]').trigger('click')
    await settle()
    expect(w.findAll('[data-test="award-nominations"] .el-table__body-wrapper tr')).toHaveLength(3)
    w.unmount()
  })

  it('withdraws a nomination and opens the scoring after the question', async () => {
    const one = round({ nominations: [round().nominations[0]], nomination_count: 1, version: 4 })
    answers['DELETE /api/v1/supervision/awards/5/nominations/8'] = () => json(200, one)
    answers['POST /api/v1/supervision/awards/5/open-scoring'] = () =>
      json(200, round({ ...one, status: 'scoring', version: 5, can_score: true }))
    const w = await mountPage()
    confirm.mockRejectedValueOnce('cancel')
    await w.findAll('[data-test="award-withdraw"]')[1].trigger('click')
    await settle()
    expect(sent('DELETE', '/api/v1/supervision/awards/5/nominations/8')).toHaveLength(0)
    await w.findAll('[data-test="award-withdraw"]')[1].trigger('click')
    await settle()
    expect(confirm.mock.calls.at(-1)?.[0]).toContain('关于改善乡村道路照明的建议')
    expect(sent('DELETE', '/api/v1/supervision/awards/5/nominations/8')).toHaveLength(1)
    expect(w.findAll('[data-test="award-nominations"] .el-table__body-wrapper tr')).toHaveLength(1)

    await w.get('[data-test="award-open-scoring"]').trigger('click')
    await settle()
    expect(confirm.mock.calls.at(-1)?.[0]).toContain('提名截止')
    expect(sent('POST', '/api/v1/supervision/awards/5/open-scoring')).toEqual([{ version: 4 }])
    expect(w.get('[data-test="award-status"]').text()).toBe('评审中')
    expect(has(w, 'award-nominate')).toBe(false)
    expect(has(w, 'award-publish')).toBe(true)
    expect(has(w, 'award-scoring')).toBe(true)
    w.unmount()
  })

  it('reloads a round changed meanwhile (409)', async () => {
    answers['POST /api/v1/supervision/awards/5/open-scoring'] = () =>
      json(409, problem(409, 'conflict', '记录已被修改'))
    const w = await mountPage()
    const before = reads()
    await w.get('[data-test="award-open-scoring"]').trigger('click')
    await settle()
    expect(reads()).toBe(before + 1)
    expect(body().text()).toContain('评选已被他人更新，已刷新')
    w.unmount()
  })

  it('lets a member score with the weighted total live, starting from their own sheet', async () => {
    current = () => json(200, SCORING())
    let saved: AwardRound | null = null
    answers['PUT /api/v1/supervision/awards/5/nominations/8/score'] = () => {
      saved = SCORING()
      saved.nominations[1] = { ...saved.nominations[1], sheets: 1, my_scores: [90, 80, 60] }
      return json(200, saved)
    }
    const w = await mountPage()
    expect(w.get('[data-test="award-stage-note"]').text()).toContain('看不到其他成员的评分')
    expect(w.get('[data-test="award-my-progress"]').text()).toBe('您已评分 1 / 2 项')
    const rows = w.findAll('[data-test="award-nominations"] .el-table__body-wrapper tr')
    expect(rows.map((r) => r.get('[data-test="award-sheets"]').text())).toEqual(['1 份', '0 份'])
    expect(has(w, 'award-withdraw')).toBe(false)

    const mine = w.get('[data-test="award-score-7"]')
    expect(mine.get('[data-test="award-my-sheet"]').text()).toBe('我的评分 82.00')
    const own = mine.findAll('[data-test="sheet-score"] input').map((i) => (i.element as HTMLInputElement).value)
    expect(own).toEqual(['70', '70', '100'])

    // The one not scored yet is open; its total follows the scores as they are typed.
    const next = w.get('[data-test="award-score-8"]')
    expect(next.get('[data-test="award-my-sheet"]').text()).toBe('未评分')
    expect(next.findAll('[data-test="sheet-form"] label').map((l) => l.text())).toEqual([
      '选题价值（30%）',
      '内容质量（30%）',
      '办理成效（40%）',
    ])
    await setScores(next, [90])
    expect(next.get('[data-test="sheet-total"]').text()).toBe('')
    await setScores(next, [90, 80, 60])
    expect(next.get('[data-test="sheet-total"]').text()).toBe('总分 75.00')
    await next.get('[data-test="sheet-form"]').trigger('submit')
    await settle()
    expect(sent('PUT', '/api/v1/supervision/awards/5/nominations/8/score')).toEqual([{ scores: [90, 80, 60] }])
    expect(w.get('[data-test="award-my-progress"]').text()).toBe('您已评分 2 / 2 项')
    expect(w.get('[data-test="award-score-8"] [data-test="award-my-sheet"]').text()).toBe('我的评分 75.00')
    w.unmount()
  })

  it('offers sheets to the panel only, and publishing to the committee after the question', async () => {
    current = () => json(200, SCORING())
    answers['POST /api/v1/supervision/awards/5/publish'] = () => json(200, published({ version: 5 }))
    const w = await mountPage()
    confirm.mockRejectedValueOnce('cancel')
    await w.get('[data-test="award-publish"]').trigger('click')
    await settle()
    const question = String(confirm.mock.calls.at(-1)?.[0])
    expect(question).toContain('前 1 名获奖')
    expect(question).toContain('与第 1 名分数相同的全部获奖')
    expect(question).toContain('尚有 1 项提名没有评分，不参加排名')
    expect(sent('POST', '/api/v1/supervision/awards/5/publish')).toHaveLength(0)
    await w.get('[data-test="award-publish"]').trigger('click')
    await settle()
    expect(sent('POST', '/api/v1/supervision/awards/5/publish')).toEqual([{ version: 4 }])

    // Published: the ranking, and no button at all.
    expect(w.get('[data-test="award-status"]').text()).toBe('已公布')
    const rows = w.findAll('[data-test="award-ranking"] .el-table__body-wrapper tr')
    expect(rows.map((r) => r.get('[data-test="award-rank"]').text())).toEqual(['第 1 名', '第 2 名'])
    expect(rows.map((r) => r.get('[data-test="award-score"]').text())).toEqual(['85.00', '81.00'])
    expect(rows[0].get('[data-test="award-won"]').text()).toBe('获奖')
    expect(rows[1].find('[data-test="award-won"]').exists()).toBe(false)
    for (const b of ['award-nominate', 'award-open-scoring', 'award-publish', 'award-scoring', 'award-nominations'])
      expect(has(w, b)).toBe(false)
    w.unmount()

    // A reader off the panel while scoring: no sheet, no button; told why.
    current = () => json(200, round({ ...SCORING(), can_manage: false, can_score: false }))
    const reader = await mountPage()
    expect(has(reader, 'award-scoring')).toBe(false)
    expect(has(reader, 'award-publish')).toBe(false)
    expect(reader.get('[data-test="award-stage-note"]').text()).toContain('您不是本次评选的评审组成员')
    reader.unmount()
  })

  it('ranks an unscored nomination nowhere, and says so when the round is not there', async () => {
    current = () =>
      json(
        200,
        published({
          nominations: [
            nomination({ sheets: 2, score: '80.00', rank: 1, awarded: true }),
            nomination({ id: 8, target_id: 43, sheets: 2, score: '80.00', rank: 1, awarded: true }),
            nomination({ id: 9, target_id: 44, sheets: 0 }),
          ],
        }),
      )
    const w = await mountPage()
    const rows = w.findAll('[data-test="award-ranking"] .el-table__body-wrapper tr')
    expect(rows.map((r) => r.get('[data-test="award-rank"]').text())).toEqual(['第 1 名', '第 1 名', '—'])
    expect(rows.map((r) => r.find('[data-test="award-won"]').exists())).toEqual([true, true, false])
    expect(rows[2].get('[data-test="award-score"]').text()).toBe('未评分')
    w.unmount()

    current = () => json(404, problem(404, 'not_found', '评选不存在'))
    const gone = await mountPage()
    expect(gone.text()).toContain('评选不存在')
    gone.unmount()
  })
})
