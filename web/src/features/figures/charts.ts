// The dashboard's charts as ECharts options, each with what a click on it means: the figure and
// the row (or the total) whose items the drill-down lists. Pure, so the tests read them without
// a canvas. Rates are in percent on a 0–100 axis; a rate without a denominator draws no bar.
import type { EChartsCoreOption } from 'echarts/core'
import { i18n } from '@/i18n'
import {
  classSlices,
  measureTitle,
  rateText,
  type CountMeasure,
  type FigureRow,
  type Measure,
  type RateMeasure,
  type SuggestionFigures,
} from './figures'

/** What a click on a chart picks: a figure of a row (null: of the total). */
export interface ChartPick {
  row: FigureRow | null
  measure: Measure
}

/** A chart: its option, and the figure behind the bar, point or slice a click lands on. */
export interface ChartSpec {
  option: EChartsCoreOption
  /** True when there is nothing to draw (the card shows its empty text instead). */
  empty: boolean
  pick: (seriesIndex: number, dataIndex: number) => ChartPick | null
}

export const PALETTE = ['#b5242a', '#2f6db5', '#e6a23c', '#3a9d5d', '#8e6bbf', '#909399']

const AXIS_LABEL = { color: '#606266', fontSize: 12 }
const PERCENT_AXIS = {
  type: 'value',
  min: 0,
  max: 100,
  axisLabel: { ...AXIS_LABEL, formatter: '{value}%' },
  splitLine: { lineStyle: { color: '#ebeef5' } },
}

/** A point of a rate: its rate, or '-' (nothing drawn) without a denominator; n/d for the tooltip. */
function ratePoint(f: SuggestionFigures, m: RateMeasure) {
  const r = f[m]
  return { value: r.rate ?? '-', n: r.numerator, d: r.denominator }
}

/** Tooltip lines: 问题解决率：75%（3/4）, or a count. */
function tooltip(params: unknown): string {
  const list = (Array.isArray(params) ? params : [params]) as {
    axisValueLabel?: string
    name?: string
    marker?: string
    seriesName?: string
    value?: unknown
    data?: { n?: number; d?: number; value?: unknown }
  }[]
  if (list.length === 0) return ''
  const head = list[0].axisValueLabel ?? list[0].name ?? ''
  const lines = list.map((p) => {
    const d = p.data
    const t = i18n.global.t
    if (d && typeof d === 'object' && d.d !== undefined) {
      const rate = typeof d.value === 'number' ? rateText(d.value) : '—'
      return (p.marker ?? '') + t('figures.charts.rateTip', { name: p.seriesName ?? '', rate, n: d.n ?? 0, d: d.d })
    }
    return (p.marker ?? '') + t('figures.charts.countTip', { name: p.seriesName ?? '', n: String(p.value ?? '') })
  })
  return [head, ...lines].join('<br/>')
}

/**
 * Two rates side by side per row (问题解决率 against 满意率 per unit): a satisfied deputy and a
 * solved problem are different things, and the gap between the bars shows it.
 */
export function compareChart(rows: FigureRow[], measures: RateMeasure[]): ChartSpec {
  const shown = rows.filter((r) => r.key !== '')
  return {
    empty: shown.length === 0 || shown.every((r) => measures.every((m) => r.figures[m].denominator === 0)),
    option: {
      animation: false,
      color: PALETTE,
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip },
      xAxis: {
        type: 'category',
        data: shown.map((r) => r.title),
        axisLabel: { ...AXIS_LABEL, interval: 0, width: 90, overflow: 'truncate' },
      },
      yAxis: PERCENT_AXIS,
      series: measures.map((m) => ({
        name: measureTitle(m),
        type: 'bar',
        barMaxWidth: 28,
        data: shown.map((r) => ratePoint(r.figures, m)),
        label: {
          show: true,
          position: 'top',
          fontSize: 11,
          formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? `${p.value}%` : ''),
        },
      })),
    },
    pick: (s, i) => (measures[s] && shown[i] ? { row: shown[i], measure: measures[s] } : null),
  }
}

/** The answer classes of the total (A/B/C/D) as a ring; a slice opens its items. */
export function classChart(total: SuggestionFigures | null): ChartSpec {
  const slices = total ? classSlices(total) : []
  return {
    empty: slices.every((s) => s.value === 0),
    option: {
      animation: false,
      color: ['#3a9d5d', '#2f6db5', '#e6a23c', '#909399'],
      legend: { bottom: 0 },
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; value: number; percent: number }) =>
          i18n.global.t('figures.charts.sliceTip', { name: p.name, n: p.value, pct: p.percent }),
      },
      series: [
        {
          name: i18n.global.t('figures.charts.classes'),
          type: 'pie',
          radius: ['36%', '60%'],
          center: ['50%', '45%'],
          label: {
            overflow: 'none',
            formatter: (p: { name: string; value: number }) =>
              i18n.global.t('figures.charts.sliceLabel', { name: p.name, n: p.value }),
          },
          // An empty class draws no slice and no label.
          data: slices.map((s) => ({
            name: s.name,
            value: s.value,
            label: { show: s.value > 0 },
            labelLine: { show: s.value > 0 },
          })),
        },
      ],
    },
    pick: (_s, i) => (slices[i] ? { row: null, measure: slices[i].measure } : null),
  }
}

/**
 * Counts as bars (left axis) and rates as lines (right axis, percent) per row: the trend by
 * answer month, the breakdown by congress or by level.
 */
export function comboChart(rows: FigureRow[], counts: CountMeasure[], rates: RateMeasure[]): ChartSpec {
  const measures: Measure[] = [...counts, ...rates]
  return {
    empty: rows.length === 0,
    option: {
      animation: false,
      color: PALETTE,
      legend: { top: 0 },
      grid: { left: 40, right: 48, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', formatter: tooltip },
      xAxis: {
        type: 'category',
        data: rows.map((r) => r.title),
        axisLabel: { ...AXIS_LABEL, interval: 0, width: 90, overflow: 'truncate' },
      },
      yAxis: [
        { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL, splitLine: { lineStyle: { color: '#ebeef5' } } },
        { ...PERCENT_AXIS, splitLine: { show: false } },
      ],
      series: [
        ...counts.map((m) => ({
          name: measureTitle(m),
          type: 'bar',
          barMaxWidth: 28,
          data: rows.map((r) => r.figures[m]),
          label: { show: true, position: 'top', fontSize: 11 },
        })),
        ...rates.map((m) => ({
          name: measureTitle(m),
          type: 'line',
          yAxisIndex: 1,
          connectNulls: false,
          symbolSize: 8,
          data: rows.map((r) => ratePoint(r.figures, m)),
        })),
      ],
    },
    pick: (s, i) => (measures[s] && rows[i] ? { row: rows[i], measure: measures[s] } : null),
  }
}
