// The award screens' model: the default title the server gives, the body of 新建评选 (no
// criteria with the defaults, the committee's own trimmed otherwise), the counts the round's
// page shows, and what the 提名 dialog offers for each kind (accepted suggestions of the round's
// year only, serving deputies once each by person, nominated targets blocked).
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { json, mockedFetch, problem } from '@/test/http'
import { suggestion } from '@/test/suggestion'
import { blankRound, checkRound, defaultTitle, myScored, roundBody, unscored, winners } from './awards'
import { nomination, page, published, round } from './fixtures'
import { searchTargets } from './targets'

const fetchMock = mockedFetch()

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('awards model', () => {
  it('names a round as the server does', () => {
    expect(defaultTitle(2026, 'suggestion')).toBe('2026年度优秀代表建议评选')
    expect(defaultTitle(2025, 'unit')).toBe('2025年度优秀建议承办单位评选')
    expect(defaultTitle(2025, 'deputy')).toBe('2025年度优秀人大代表评选')
    expect(defaultTitle(null, 'deputy')).toBe('')
  })

  it('sends no criteria for the defaults, and the committee’s own otherwise', () => {
    const f = blankRound(17, 2026)
    f.title = '  '
    expect(roundBody(f)).toEqual({ kind: 'suggestion', quota: 3, org_node_id: 17, year: 2026 })
    f.useDefaults = false
    f.kind = 'unit'
    f.quota = 2
    f.title = ' 年度优秀承办单位 '
    f.note = ' 经主任会议研究。 '
    f.criteria = [
      { name: ' 态度 ', weight: 50 },
      { name: '成效', weight: 50 },
    ]
    expect(roundBody(f)).toEqual({
      kind: 'unit',
      quota: 2,
      org_node_id: 17,
      year: 2026,
      title: '年度优秀承办单位',
      criteria: [
        { name: '态度', weight: 50 },
        { name: '成效', weight: 50 },
      ],
      note: '经主任会议研究。',
    })
  })

  it('checks the round before sending: the weights of the committee’s own criteria sum to 100', () => {
    const f = blankRound(17, 2026)
    expect(checkRound(f)).toEqual({})
    f.quota = null
    f.org_node_id = null
    expect(checkRound(f)).toEqual({ org_node_id: '请选择人大', quota: '请填写获奖名额' })
    f.quota = 2
    f.org_node_id = 17
    // The defaults are the server's: the rows are not looked at.
    f.criteria = [{ name: '', weight: 10 }]
    expect(checkRound(f)).toEqual({})
    f.useDefaults = false
    expect(checkRound(f)).toEqual({
      'criteria.0.name': '请填写项目名称',
      criteria: '各项权重之和应为 100，现为 10',
    })
    f.criteria = [
      { name: '态度', weight: 60 },
      { name: '成效', weight: null },
    ]
    expect(checkRound(f)).toEqual({ 'criteria.1.weight': '请填写权重', criteria: '各项权重之和应为 100，现为 60' })
    f.criteria[1].weight = 40
    expect(checkRound(f)).toEqual({})
  })

  it('counts the caller’s sheets, the unscored nominations and the winners', () => {
    const r = round({
      nominations: [nomination({ my_scores: [80, 80, 80], sheets: 2 }), nomination({ id: 8, sheets: 0 })],
    })
    expect(myScored(r)).toBe(1)
    expect(unscored(r)).toBe(1)
    expect(winners(published()).map((n) => n.target_id)).toEqual([42])
  })
})

describe('nomination targets', () => {
  const answer = (body: unknown) => fetchMock.mockResolvedValue(json(200, body))

  it('offers accepted suggestions, blocking another year’s and the nominated', async () => {
    answer(
      page([
        suggestion({ id: 42, state: 'handling', session_id: 3 }),
        suggestion({ id: 43, state: 'submitted', session_id: 3 }),
        suggestion({ id: 44, state: 'closed', session_id: 2, number_text: '第3号', title: '去年的建议' }),
        suggestion({ id: 45, state: 'answered', session_id: 3, title: '已提名的建议' }),
      ]),
    )
    const years = new Map([
      [3, 2026],
      [2, 2025],
    ])
    const found = await searchTargets({ kind: 'suggestion', year: 2026, nominated: [45], years }, ' 建议 ')
    expect(decodeURIComponent(String(fetchMock.mock.calls[0][0]))).toBe(
      '/api/v1/suggestions?q=建议&page_size=50&sort=number',
    )
    expect(found.map((x) => [x.id, x.blocked])).toEqual([
      [42, ''],
      [44, '非 2026 年度'],
      [45, '已提名'],
    ])
    expect(found[1].label).toBe('第3号 去年的建议')
  })

  it('offers active units and serving deputies once each, by person', async () => {
    answer(page([{ id: 8, org_node_id: 17, code: 'JY', name: '县教育局', kind: 'government', active: true }]))
    const units = await searchTargets({ kind: 'unit', year: 2026, nominated: [], years: new Map() }, '')
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/v1/org/units?active=true&page_size=50')
    expect(units).toEqual([{ id: 8, label: '县教育局', note: 'JY', blocked: '' }])

    fetchMock.mockReset()
    const mandate = { org_name: '衡阳县人民代表大会', delegation: '城关镇代表团' }
    answer(
      page([
        { id: 31, name: '李建华', mandate },
        { id: 31, name: '李建华', mandate: { org_name: '衡阳市人民代表大会', delegation: '' } },
        { id: 32, name: '周敏', mandate },
      ]),
    )
    const deputies = await searchTargets({ kind: 'deputy', year: 2026, nominated: [32], years: new Map() }, '李')
    expect(decodeURIComponent(String(fetchMock.mock.calls[0][0]))).toBe(
      '/api/v1/deputies?q=李&status=serving&page_size=50',
    )
    expect(deputies).toEqual([
      { id: 31, label: '李建华', note: '衡阳县人民代表大会 · 城关镇代表团', blocked: '' },
      { id: 32, label: '周敏', note: '衡阳县人民代表大会 · 城关镇代表团', blocked: '已提名' },
    ])
  })

  it('fails as the board does', async () => {
    fetchMock.mockResolvedValue(json(403, problem(403, 'forbidden', '无权访问')))
    await expect(searchTargets({ kind: 'unit', year: 2026, nominated: [], years: new Map() }, '')).rejects.toThrow()
  })
})
