// The scorecards' helpers: a component in words, the ranking's sort (units without a score
// always last), the weights' check and body, a rate component's drill-down.
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import {
  DEFAULT_WEIGHTS,
  checkWeights,
  componentDrill,
  componentHint,
  componentText,
  partsText,
  scoreText,
  sortUnits,
  weightsBody,
  weightsSum,
  weightsText,
} from './scorecards'
import { UNITS, part, scorecards } from './fixtures'

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('scorecards', () => {
  it('reads a score, a rate and the sampling mean', () => {
    expect(scoreText(75.04)).toBe('75.04')
    expect(scoreText(80)).toBe('80.00')
    expect(scoreText(null)).toBe('—')
    expect(componentText('on_time', 80)).toBe('80%')
    expect(componentText('satisfaction', 66.67)).toBe('66.67%')
    expect(componentText('sampling', 86.25)).toBe('86.25')
    expect(componentText('resolution', null)).toBe('—')
    expect(partsText('on_time', part(4, 5, 20))).toBe('4/5')
    expect(partsText('sampling', part(17250, 2, 10, true))).toBe('2件均分')
    expect(partsText('sampling', part(0, 0, 10, true))).toBe('未抽样')
    expect(componentHint('on_time', part(4, 5, 20))).toBe(
      '按时答复率：按期答复 4 / 应已答复 5 = 80%，点击查看所统计的建议',
    )
    expect(componentHint('sampling', part(17250, 2, 10, true))).toBe('已公布的抽样点评 2 件，平均 86.25 分')
    expect(componentHint('implementation', part(0, 0, 20))).toBe('承诺落实率：没有可计算的件数，不计入综合得分')
  })

  it('sorts by a score or a component, units without a score last either way', () => {
    const names = (by: Parameters<typeof sortUnits>[1], order: 'ascending' | 'descending') =>
      sortUnits(UNITS, by, order).map((u) => u.unit_name)
    expect(names('score', 'descending')).toEqual(['省教育厅', '省交通运输厅', '省水利厅'])
    expect(names('score', 'ascending')).toEqual(['省交通运输厅', '省教育厅', '省水利厅'])
    expect(names('resolution', 'descending')).toEqual(['省交通运输厅', '省教育厅', '省水利厅'])
    // 省交通运输厅 has no sampling: after the unit that has one, whichever the order.
    expect(names('sampling', 'ascending')).toEqual(['省教育厅', '省交通运输厅', '省水利厅'])
    expect(names('sampling', 'descending')).toEqual(['省教育厅', '省交通运输厅', '省水利厅'])
  })

  it('checks the weights: integers 0–100 summing to 100', () => {
    expect(weightsSum({ ...DEFAULT_WEIGHTS })).toBe(100)
    expect(checkWeights({ ...DEFAULT_WEIGHTS })).toEqual({})
    expect(checkWeights({ ...DEFAULT_WEIGHTS, sampling: 15 })).toEqual({ weights: '各项权重之和应为 100，现为 105' })
    expect(checkWeights({ ...DEFAULT_WEIGHTS, contact: null })).toEqual({ 'weights.contact': '请填写 0–100 的整数' })
    const only = { on_time: 0, contact: 0, resolution: 100, implementation: 0, satisfaction: 0, sampling: 0 }
    expect(checkWeights(only)).toEqual({})
    expect(weightsBody(1, 2026, only)).toEqual({ org_node_id: 1, year: 2026, weights: only })
    expect(weightsText(DEFAULT_WEIGHTS)).toBe(
      '按时答复率 20、答复前沟通率 15、问题解决率 25、承诺落实率 20、满意率 10、抽样点评得分 10',
    )
  })

  it('drills into the unit’s figure on 统计看板', () => {
    expect(componentDrill(scorecards(), UNITS[1], 'resolution')).toEqual({
      org_node_id: 1,
      year: 2026,
      group_by: 'unit',
      key: '5',
      measure: 'resolution',
      part: 'numerator',
      rowTitle: '省交通运输厅',
    })
  })
})
