// The draws' list against a mocked fetch: newest first, rows with their population in words and
// status; the status and name filters go to the query; 新建抽样 only with supervision.manage;
// the empty text says what to do. Also the model's words for a population and a stratum.
import { describe, expect, it } from 'vitest'
import { DOMWrapper, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { json, mockedFetch, settle as settleAfter } from '@/test/http'
import { openSelect } from '@/test/select'
import { useAuthStore, type Permission } from '@/stores/auth'
import SamplingDrawsView from './SamplingDrawsView.vue'
import {
  announceBody,
  blankAnnounce,
  DEFAULT_CRITERIA,
  formFieldName,
  numberText,
  scopeText,
  sheetTotal,
  stratumText,
  weightSum,
} from './model'
import { draw, item } from './fixtures'

const fetchMock = mockedFetch()
const settle = () => settleAfter(100)

function page(items: unknown[]) {
  return { items, page: 1, page_size: 20, total: items.length, total_capped: false }
}

async function mountList(permissions: Permission[], rows: unknown[]) {
  useAuthStore().me = { id: 3, username: 'u', display_name: 'U', org_node_id: 17, grants: [], permissions } as never
  fetchMock.mockImplementation(async () => json(200, page(rows)))
  const blank = { template: '<div />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/supervision/draws', name: 'sampling-draws', component: blank },
      { path: '/supervision/draws/:id', name: 'sampling-draw-detail', component: blank },
    ],
  })
  await router.push('/supervision/draws')
  const w = mount(SamplingDrawsView, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  await settle()
  return w
}

describe('SamplingDrawsView', { timeout: 30_000 }, () => {
  it('lists the draws newest first and filters by status and name', async () => {
    const rows = [
      draw({ status: 'drawn', seed: '7351', unit_id: 8, unit_name: '县应急管理局', star_level: 2, strata: 'category' }),
      draw({ id: 6, title: '上半年抽样', stage: 'answered', population_size: 31, sample_size: 5 }),
    ]
    const w = await mountList(['supervision.manage'], rows)
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/v1/supervision/draws?page=1&page_size=20&sort=-created_at')
    const trs = w.findAll('[data-test="draws-table"] .el-table__body tr')
    expect(trs).toHaveLength(2)
    expect(trs[0].text()).toContain('已交办的建议 · 主办单位：县应急管理局 · 星级：★★☆')
    expect(trs[0].text()).toContain('按建议类别')
    expect(trs[0].get('[data-test="draw-status"]').text()).toBe('已抽取')
    expect(trs[0].get('a[data-test="draw-title"]').attributes('href')).toBe('/supervision/draws/7')
    expect(trs[1].text()).toContain('已答复的建议')
    expect(trs[1].text()).toContain('31 件')
    expect(trs[1].get('[data-test="draw-status"]').text()).toBe('已公告')
    expect(w.find('[data-test="create-draw"]').exists()).toBe(true)

    const items = await openSelect(new DOMWrapper(document.body), 'draws-status')
    items.find((o) => o.textContent?.includes('已抽取'))!.click()
    await w.get('input[data-test="draws-q"]').setValue(' 第十二次 ')
    await w.get('[data-test="draws-filters"]').trigger('submit')
    await settle()
    const last = decodeURIComponent(String(fetchMock.mock.calls.at(-1)![0]))
    expect(last).toBe('/api/v1/supervision/draws?page=1&page_size=20&sort=-created_at&q=第十二次&status=drawn')
    w.unmount()
  })

  it('offers 新建抽样 only to the committee, with an empty text for readers', async () => {
    const w = await mountList(['suggestion.read'], [])
    expect(w.find('[data-test="create-draw"]').exists()).toBe(false)
    expect(w.get('[data-test="draws-table"]').text()).toContain('还没有随机抽样点评。')
    w.unmount()

    const w2 = await mountList(['supervision.manage'], [])
    expect(w2.get('[data-test="draws-table"]').text()).toContain('点击“新建抽样”公告第一次抽样')
    w2.unmount()
  })
})

describe('the draw in words', () => {
  it('names the population and an item’s stratum', () => {
    expect(scopeText(draw({ stage: 'answered', category: '教育科技' }))).toBe('已答复的建议 · 类别：教育科技')
    expect(numberText('12')).toBe('第12号')
    expect(numberText('第12号')).toBe('第12号')
    expect(numberText('')).toBe('')
    expect(stratumText('none', item())).toBe('')
    expect(stratumText('lead_unit', item({ stratum: '8' }))).toBe('县应急管理局')
    expect(stratumText('category', item({ stratum: '教育科技' }))).toBe('教育科技')
    expect(stratumText('answer_class', item({ stratum: 'B' }))).toBe('B类')
    expect(stratumText('answer_class', item({ stratum: '' }))).toBe('（无）')
  })

  it('sends only the filters chosen and a seed that is not blank', () => {
    const f = { ...blankAnnounce(), title: ' 抽样 ', session_id: 3, seed_source: ' 四位数 ', seed: '   ' }
    expect(announceBody(f)).toEqual({
      title: '抽样',
      session_id: 3,
      stage: 'assigned',
      strata: 'none',
      sample_size: 10,
      seed_source: '四位数',
      criteria: DEFAULT_CRITERIA,
      pass_score: 60,
    })
  })

  it('computes a sheet’s total as the server does, and names scores as the form does', () => {
    expect(sheetTotal(DEFAULT_CRITERIA, [80, 70, 90, 65])).toBe('74.00')
    expect(sheetTotal(DEFAULT_CRITERIA, [80, null, 90, 65])).toBe('')
    expect(weightSum([{ weight: 20 }, { weight: null }, { weight: 35 }])).toBe(55)
    expect(formFieldName('scores[2]')).toBe('scores.2')
    expect(formFieldName('criteria[1].weight')).toBe('criteria.1.weight')
  })
})
