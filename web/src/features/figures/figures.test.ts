// The figures' rules as the dashboard reads them: a rate in words (— without a denominator), the
// drill-down's query (the keyless row sends no key; the total no grouping), the league table's
// sort (a rate without a denominator last, 未交办 always last), the address, the years, and
// what a click on each chart opens.
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { classChart, comboChart, compareChart } from './charts'
import {
  daysText,
  drillOf,
  drillQuery,
  drillTitle,
  filtersFromQuery,
  filtersToQuery,
  monthRows,
  rateText,
  rateTone,
  sortLeague,
  yearChoices,
} from './figures'
import { figures, ratio, report, row, ROWS } from './fixtures'

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('figures', () => {
  it('reads a rate in percent, and — without a denominator', () => {
    expect(rateText(66.67)).toBe('66.67%')
    expect(rateText(100)).toBe('100%')
    expect(rateText(50.5)).toBe('50.5%')
    expect(rateText(0)).toBe('0%')
    expect(rateText(null)).toBe('—')
    expect(daysText(4.25)).toBe('4.25')
    expect(daysText(null)).toBe('—')
    expect(rateTone('on_time', 95)).toBe('good')
    expect(rateTone('on_time', 50)).toBe('poor')
    expect(rateTone('rehandling', 5)).toBe('good')
    expect(rateTone('rehandling', 50)).toBe('poor')
    expect(rateTone('satisfaction', null)).toBe('none')
  })

  it('asks the drill-down for the figure of the row, the keyless row and the total', () => {
    const units = report('unit', ROWS.unit)
    const unit = drillOf(units, ROWS.unit[0], 'on_time', 'denominator')
    expect(drillQuery(unit, 2, 20)).toEqual({
      org_node_id: 1,
      year: 2026,
      group_by: 'unit',
      key: '2',
      measure: 'on_time',
      part: 'denominator',
      page: 2,
      page_size: 20,
    })
    expect(drillTitle(unit)).toBe('省教育厅 · 按时答复率 · 应已答复')
    // 未交办: the keyless row is the server's default key.
    const keyless = drillOf(units, ROWS.unit[2], 'items')
    expect(drillQuery(keyless, 1, 20)).toMatchObject({ group_by: 'unit', key: undefined, measure: 'items' })
    expect(drillTitle(keyless)).toBe('未交办 · 建议件数')
    // The total: no grouping, no key.
    const total = drillOf(units, null, 'satisfaction')
    expect(drillQuery(total, 1, 20)).toMatchObject({ group_by: undefined, key: undefined, part: 'numerator' })
    expect(drillTitle(total)).toBe('全部建议 · 满意率 · 满意或基本满意')
  })

  it('sorts the league table with rates without a denominator last and 未交办 at the end', () => {
    const rows = [
      row('', '未交办', figures({ resolution: ratio(0, 0) })),
      row('1', '甲厅', figures({ resolution: ratio(1, 2) })),
      row('2', '乙厅', figures({ resolution: ratio(0, 0) })),
      row('3', '丙厅', figures({ resolution: ratio(3, 4) })),
    ]
    expect(sortLeague(rows, 'resolution', 'descending').map((r) => r.key)).toEqual(['3', '1', '2', ''])
    expect(sortLeague(rows, 'resolution', 'ascending').map((r) => r.key)).toEqual(['1', '3', '2', ''])
    const counts = [row('1', '甲厅', figures({ a_dissatisfied: 0 })), row('2', '乙厅', figures({ a_dissatisfied: 2 }))]
    expect(sortLeague(counts, 'a_dissatisfied', 'descending').map((r) => r.key)).toEqual(['2', '1'])
  })

  it('keeps the congress and the year in the address', () => {
    expect(filtersFromQuery({ org_node_id: '17', year: '2025' })).toEqual({ org_node_id: 17, year: 2025 })
    expect(filtersFromQuery({ org_node_id: 'x', year: '1999' })).toEqual({ org_node_id: null, year: null })
    expect(filtersToQuery({ org_node_id: 17, year: null })).toEqual({ org_node_id: '17' })
    expect(yearChoices(2026, null)).toHaveLength(10)
    expect(yearChoices(2026, 2010)).toContain(2010)
    expect(yearChoices(2026, null)[0]).toBe(2026)
  })

  it('says what a click on each chart opens', () => {
    const compare = compareChart(ROWS.unit, ['resolution', 'satisfaction'])
    // The keyless row has no bar: 省教育厅 and 省交通运输厅 only.
    expect(compare.empty).toBe(false)
    expect(compare.pick(1, 1)).toEqual({ row: ROWS.unit[1], measure: 'satisfaction' })
    expect(compare.pick(0, 5)).toBeNull()
    const unitSeries = (compare.option.series as { data: { value: unknown }[] }[])[1].data
    expect(unitSeries.map((d) => d.value)).toEqual([66.67, '-'])

    const classes = classChart(figures())
    expect(classes.pick(0, 2)).toEqual({ row: null, measure: 'class_c' })
    expect(classChart(figures({ class_a: ratio(0, 0), class_b: ratio(0, 0) })).empty).toBe(true)

    const months = monthRows(ROWS.month)
    expect(months.map((r) => r.key)).toEqual(['2026-06', '2026-07'])
    const trend = comboChart(months, ['answered'], ['on_time', 'satisfaction'])
    expect(trend.pick(0, 1)).toEqual({ row: months[1], measure: 'answered' })
    expect(trend.pick(2, 0)).toEqual({ row: months[0], measure: 'satisfaction' })
    expect(comboChart([], ['items'], []).empty).toBe(true)
  })
})
