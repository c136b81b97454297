// 承办单位考评 as the server answers it, for the tests of the scorecard screens: 湖南省人民代表大会's
// 2026 under the default weights — 省教育厅 first (every component), 省交通运输厅 second (no
// commitment due, no sampling: the others count in their place), 省水利厅 without any data (no
// score, unranked, last).
import { DEFAULT_WEIGHTS, type ScorecardComponent, type ScorecardUnit, type UnitScorecards } from './scorecards'

export function part(numerator: number, denominator: number, weight: number, sampling = false): ScorecardComponent {
  const value =
    denominator === 0
      ? null
      : sampling
        ? Math.round(numerator / denominator) / 100
        : Math.round((numerator * 10000) / denominator) / 100
  return { value, weight, numerator, denominator }
}

const W = DEFAULT_WEIGHTS

export function unit(changes: Partial<ScorecardUnit> = {}): ScorecardUnit {
  return {
    unit_id: 2,
    unit_name: '省教育厅',
    score: 75.04,
    weight_used: 100,
    rank: 1,
    components: {
      on_time: part(4, 5, W.on_time),
      contact: part(4, 4, W.contact),
      resolution: part(3, 4, W.resolution),
      implementation: part(1, 2, W.implementation),
      satisfaction: part(2, 3, W.satisfaction),
      sampling: part(17250, 2, W.sampling, true),
    },
    ...changes,
  }
}

export const UNITS: ScorecardUnit[] = [
  unit(),
  unit({
    unit_id: 5,
    unit_name: '省交通运输厅',
    score: 58.33,
    weight_used: 60,
    rank: 2,
    components: {
      on_time: part(1, 2, W.on_time),
      contact: part(0, 1, W.contact),
      resolution: part(1, 1, W.resolution),
      implementation: part(0, 0, W.implementation),
      satisfaction: part(0, 0, W.satisfaction),
      sampling: part(0, 0, W.sampling, true),
    },
  }),
  unit({
    unit_id: 9,
    unit_name: '省水利厅',
    score: null,
    weight_used: 0,
    rank: null,
    components: {
      on_time: part(0, 0, W.on_time),
      contact: part(0, 0, W.contact),
      resolution: part(0, 0, W.resolution),
      implementation: part(0, 0, W.implementation),
      satisfaction: part(0, 0, W.satisfaction),
      sampling: part(0, 0, W.sampling, true),
    },
  }),
]

export function scorecards(changes: Partial<UnitScorecards> = {}): UnitScorecards {
  return {
    org_node_id: 1,
    org_name: '湖南省人民代表大会',
    year: 2026,
    weights: { ...DEFAULT_WEIGHTS },
    default_weights: true,
    can_manage: true,
    units: UNITS,
    ...changes,
  }
}
