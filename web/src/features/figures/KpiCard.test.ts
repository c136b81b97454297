// A KPI card: the rate with its numerator and denominator — each a button that asks for the
// items it counts — a rate without a denominator as —, the mean working days to answer, and a
// skeleton before the figures arrive.
import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import KpiCard from './KpiCard.vue'
import { figures, ratio } from './fixtures'

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

const mountCard = (props: InstanceType<typeof KpiCard>['$props']) =>
  mount(KpiCard, { props, global: { plugins: [ElementPlus, i18n] } })

describe('KpiCard', () => {
  it('shows the rate over its numerator and denominator, each opening its items', async () => {
    const w = mountCard({ measure: 'on_time', figures: figures() })
    expect(w.text()).toContain('按时答复率')
    expect(w.get('[data-test="kpi-rate"]').text()).toBe('66.67%')
    expect(w.get('[data-test="kpi-numerator"]').text()).toBe('4')
    expect(w.get('[data-test="kpi-denominator"]').text()).toBe('6')
    expect(w.text()).toContain('按期答复 / 应已答复')
    await w.get('[data-test="kpi-numerator"]').trigger('click')
    await w.get('[data-test="kpi-denominator"]').trigger('click')
    expect(w.emitted('pick')).toEqual([['numerator'], ['denominator']])
  })

  it('reads a rate without a denominator as —', () => {
    const w = mountCard({ measure: 'satisfaction', figures: figures({ satisfaction: ratio(0, 0) }) })
    expect(w.get('[data-test="kpi-rate"]').text()).toBe('—')
    expect(w.get('[data-test="kpi-numerator"]').text()).toBe('0')
    expect(w.get('[data-test="kpi-denominator"]').text()).toBe('0')
    expect(w.classes()).toContain('tone-none')
  })

  it('reads the mean days to answer in working days over the answered items', () => {
    const w = mountCard({ measure: 'mean_answer_days', figures: figures() })
    expect(w.get('[data-test="kpi-rate"]').text()).toBe('4.25个工作日')
    expect(w.get('[data-test="kpi-numerator"]').text()).toBe('17')
    expect(w.get('[data-test="kpi-denominator"]').text()).toBe('4')
    const none = mountCard({
      measure: 'mean_answer_days',
      figures: figures({ mean_answer_days: null, answer_days: { sum: 0, items: 0 } }),
    })
    expect(none.get('[data-test="kpi-rate"]').text()).toBe('—')
  })

  it('shows a skeleton until the figures arrive', () => {
    const w = mountCard({ measure: 'resolution', figures: null })
    expect(w.find('.el-skeleton').exists()).toBe(true)
    expect(w.find('[data-test="kpi-rate"]').exists()).toBe(false)
  })
})
