// The drill-down drawer against a mocked fetch: it asks for exactly the figure that was clicked
// (congress, year, grouping, the row's key, the measure and the part) a page at a time, lists
// the counted items each linking to its suggestion, and says how many it may not show.
import { beforeEach, describe, expect, it } from 'vitest'
import { DOMWrapper, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { json, mockedFetch, settle as settleAfter } from '@/test/http'
import FigureDrillDrawer from './FigureDrillDrawer.vue'
import { drillOf } from './figures'
import { drillItem, drillPage, figuresRouter, report, ROWS } from './fixtures'

const fetchMock = mockedFetch()
const settle = () => settleAfter(150)
const body = () => new DOMWrapper(document.body)
const urls = () => fetchMock.mock.calls.map(([u]) => decodeURIComponent(String(u)))

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  fetchMock.mockImplementation(async () =>
    json(
      200,
      drillPage(
        [
          drillItem(),
          drillItem({
            id: 43,
            number: null,
            title: '关于增设乡村公交的建议',
            answered_on: null,
            answer_class: '',
            rating: '',
          }),
        ],
        { total: 23, hidden: 1 },
      ),
    ),
  )
})

async function mountDrawer() {
  const router = await figuresRouter()
  const w = mount(FigureDrillDrawer, {
    props: { modelValue: false, drill: null },
    global: { plugins: [ElementPlus, i18n, router] },
    attachTo: document.body,
  })
  return w
}

describe('FigureDrillDrawer', { timeout: 30_000 }, () => {
  it('asks for the figure of the row that was clicked and lists its items', async () => {
    const w = await mountDrawer()
    const drill = drillOf(report('unit', ROWS.unit), ROWS.unit[0], 'on_time', 'denominator')
    await w.setProps({ modelValue: true, drill })
    await settle()
    expect(urls()).toEqual([
      '/api/v1/figures/suggestions/items?org_node_id=1&year=2026&group_by=unit&key=2&measure=on_time&part=denominator&page=1&page_size=20',
    ])
    const drawer = body().get('[data-test="figure-drill"]')
    expect(drawer.text()).toContain('省教育厅 · 按时答复率 · 应已答复')
    expect(drawer.get('[data-test="drill-total"]').text()).toBe('共 23 件。本页另有 1 件您无权查看，未列出。')
    const items = drawer.findAll('[data-test="drill-item"]')
    expect(items).toHaveLength(2)
    expect(items[0].get('a[data-test="drill-item-link"]').attributes('href')).toBe('/suggestions/42')
    expect(items[0].text()).toContain('第12号')
    expect(items[0].text()).toContain('A类答复')
    expect(items[0].text()).toContain('满意')
    expect(items[0].text()).toContain('2026-06-04 答复')
    expect(items[1].text()).toContain('未答复')
  })

  it('asks for the total of a count, and the keyless row without a key', async () => {
    const w = await mountDrawer()
    await w.setProps({ modelValue: true, drill: drillOf(report('unit', ROWS.unit), null, 'a_dissatisfied') })
    await settle()
    await w.setProps({ drill: drillOf(report('unit', ROWS.unit), ROWS.unit[2], 'items') })
    await settle()
    expect(urls()).toEqual([
      '/api/v1/figures/suggestions/items?org_node_id=1&year=2026&measure=a_dissatisfied&part=numerator&page=1&page_size=20',
      '/api/v1/figures/suggestions/items?org_node_id=1&year=2026&group_by=unit&measure=items&part=numerator&page=1&page_size=20',
    ])
    expect(body().get('[data-test="figure-drill"]').text()).toContain('未交办 · 建议件数')
  })
})
