// The ranking: rank, unit, score (two decimals, — without one), each component's value with
// its numerator/denominator (the sampling: how many items averaged) and its weight in the
// header; a header sorts with the units without a score still last; a rate's numbers pick the
// unit's figure, a component without data picks nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mount, type DOMWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { settle } from '@/test/http'
import ScorecardTable from './ScorecardTable.vue'
import { DEFAULT_WEIGHTS } from './scorecards'
import { UNITS } from './fixtures'

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
})
afterEach(() => {
  document.body.innerHTML = ''
})

function mountTable() {
  return mount(ScorecardTable, {
    props: { units: UNITS, weights: { ...DEFAULT_WEIGHTS, implementation: 0, satisfaction: 30 }, loading: false },
    global: { plugins: [ElementPlus, i18n] },
    attachTo: document.body,
  })
}

const bodyRows = (w: ReturnType<typeof mountTable>) => w.findAll('.el-table__body-wrapper tr')
const texts = (w: ReturnType<typeof mountTable>, test: string) =>
  w.findAll(`.el-table__body-wrapper [data-test="${test}"]`).map((c) => c.text())

describe('ScorecardTable', { timeout: 30_000 }, () => {
  it('shows the rank, the score and each component with what it is made of', async () => {
    const w = mountTable()
    await settle(100)
    expect(bodyRows(w)).toHaveLength(3)
    expect(texts(w, 'sc-unit')).toEqual(['省教育厅', '省交通运输厅', '省水利厅'])
    expect(texts(w, 'sc-rank')).toEqual(['1', '2', '—'])
    expect(texts(w, 'sc-score')).toEqual(['75.04', '58.33', '—'])
    expect(texts(w, 'sc-weight-used')).toEqual(['100', '60', '0'])

    const [edu, transport, water] = bodyRows(w)
    const cell = (row: DOMWrapper<Element>, c: string) => row.get(`[data-test="sc-${c}"]`)
    expect(cell(edu, 'on_time').get('[data-test="sc-value"]').text()).toBe('80%')
    expect(cell(edu, 'on_time').get('[data-test="sc-parts"]').text()).toBe('4/5')
    expect(cell(edu, 'on_time').attributes('title')).toBe(
      '按时答复率：按期答复 4 / 应已答复 5 = 80%，点击查看所统计的建议',
    )
    expect(cell(edu, 'satisfaction').get('[data-test="sc-value"]').text()).toBe('66.67%')
    expect(cell(edu, 'sampling').get('[data-test="sc-value"]').text()).toBe('86.25')
    expect(cell(edu, 'sampling').get('[data-test="sc-parts"]').text()).toBe('2件均分')
    expect(cell(transport, 'implementation').get('[data-test="sc-value"]').text()).toBe('—')
    expect(cell(transport, 'implementation').get('[data-test="sc-parts"]').text()).toBe('0/0')
    expect(cell(transport, 'sampling').get('[data-test="sc-parts"]').text()).toBe('未抽样')
    expect(water.get('[data-test="sc-score"]').attributes('title')).toBe('各项都没有数据，暂无得分')
    expect(water.classes()).toContain('unscored')

    // The weights in the headers.
    expect(w.get('[data-test="sc-weight-resolution"]').text()).toBe('权重 25')
    expect(w.get('[data-test="sc-weight-implementation"]').classes()).toContain('zero')
  })

  it('sorts by a component with the units without a score last, and picks a rate’s figure', async () => {
    const w = mountTable()
    await settle(100)
    const headers = w.findAll('.el-table__header-wrapper th')
    const resolution = headers.find((h) => h.text().includes('问题解决率'))!
    await resolution.trigger('click') // ascending
    expect(texts(w, 'sc-unit')).toEqual(['省教育厅', '省交通运输厅', '省水利厅'])
    await resolution.trigger('click') // descending
    expect(texts(w, 'sc-unit')).toEqual(['省交通运输厅', '省教育厅', '省水利厅'])

    const edu = bodyRows(w).find((r) => r.text().includes('省教育厅'))!
    await edu.get('[data-test="sc-on_time"] button[data-test="sc-value"]').trigger('click')
    await edu.findAll('[data-test="sc-satisfaction"] [data-test="sc-parts"] button')[1].trigger('click')
    // No button where there is nothing to list: a rate without data, the sampling.
    expect(edu.find('[data-test="sc-sampling"] button').exists()).toBe(false)
    const water = bodyRows(w).find((r) => r.text().includes('省水利厅'))!
    expect(water.find('button').exists()).toBe(false)
    const picks = w.emitted('pick')!.map(([unit, c, part]) => [(unit as { unit_id: number }).unit_id, c, part])
    expect(picks).toEqual([
      [2, 'on_time', 'numerator'],
      [2, 'satisfaction', 'denominator'],
    ])
  })
})
