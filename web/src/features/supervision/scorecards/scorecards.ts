// 承办单位考评 (docs/supervision.md, "Unit scorecards"): the API's types and what the page makes
// of them — the six components in order, a component's value and parts in words, the ranking's
// sort (units without a score always last), the weights' defaults and their check, and the
// drill-down of a rate component (the unit's figure on 统计看板). The score itself is the
// server's: Σ weight × value ÷ Σ weight over the components the unit has data for.
import type { ResponseOf, Schemas } from '@/api/client'
import { i18n } from '@/i18n'
import { rateText, type Drill } from '@/features/figures/figures'

export type UnitScorecards = ResponseOf<'/api/v1/supervision/scorecards', 'get'>
export type ScorecardUnit = UnitScorecards['units'][number]
export type ScorecardWeights = Schemas['ScorecardWeights']
export type ScorecardComponent = Schemas['ScorecardComponent']
export type ComponentKey = keyof ScorecardWeights

/** The components in the order the page shows them (the server's). */
export const COMPONENTS: ComponentKey[] = [
  'on_time',
  'contact',
  'resolution',
  'implementation',
  'satisfaction',
  'sampling',
]

/** The components that are figures of 统计看板 (a rate with a numerator and a denominator). */
export type RateComponent = Exclude<ComponentKey, 'sampling'>
export const RATE_COMPONENTS: RateComponent[] = ['on_time', 'contact', 'resolution', 'implementation', 'satisfaction']

export function isRate(c: ComponentKey): c is RateComponent {
  return c !== 'sampling'
}

/** The weights a congress's year has until the committee sets its own (results weigh most). */
export const DEFAULT_WEIGHTS: Readonly<ScorecardWeights> = {
  on_time: 20,
  contact: 15,
  resolution: 25,
  implementation: 20,
  satisfaction: 10,
  sampling: 10,
}

const t = (key: string, values: Record<string, unknown> = {}) => i18n.global.t(`supervision.scorecards.${key}`, values)

/** A component's name: 按时答复率 … 抽样点评得分. */
export function componentTitle(c: ComponentKey): string {
  return t(`components.${c}`)
}

/** A score or a sampling mean with two decimals: 86.25, or — without one. */
export function scoreText(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : v.toFixed(2)
}

/** A component's value as the page reads it: a rate in percent (66.67%), the sampling mean as a score. */
export function componentText(c: ComponentKey, v: number | null | undefined): string {
  return isRate(c) ? rateText(v) : scoreText(v)
}

/** What stands under a component's value: 4/6 for a rate, “3件均分” for the sampling. */
export function partsText(c: ComponentKey, part: ScorecardComponent): string {
  if (isRate(c)) return `${part.numerator}/${part.denominator}`
  return part.denominator === 0 ? t('noSampling') : t('sampledN', { n: part.denominator })
}

/** The component in a sentence (the cell's tooltip). */
export function componentHint(c: ComponentKey, part: ScorecardComponent): string {
  if (!isRate(c)) {
    return part.denominator === 0
      ? t('hint.noSampling')
      : t('hint.sampling', { n: part.denominator, mean: scoreText(part.value) })
  }
  if (part.denominator === 0) return t('hint.noData', { name: componentTitle(c) })
  const tf = i18n.global.t
  return t('hint.rate', {
    name: componentTitle(c),
    numLabel: tf(`figures.parts.${c}.numerator`),
    n: part.numerator,
    denLabel: tf(`figures.parts.${c}.denominator`),
    d: part.denominator,
    rate: rateText(part.value),
  })
}

// ---- the ranking's sort ---------------------------------------------------------------------

export type ScorecardSort = 'score' | ComponentKey
export type SortOrder = 'ascending' | 'descending'

function valueOf(u: ScorecardUnit, by: ScorecardSort): number | null {
  return by === 'score' ? u.score : u.components[by].value
}

/**
 * The units sorted by their score or a component's value: units without a score stay last
 * (in the server's order); among the others those without the value go after those with it,
 * and equal values keep the ranking's order.
 */
export function sortUnits(units: readonly ScorecardUnit[], by: ScorecardSort, order: SortOrder): ScorecardUnit[] {
  const sign = order === 'ascending' ? 1 : -1
  const position = new Map(units.map((u, i) => [u.unit_id, i]))
  const scored = units.filter((u) => u.score !== null)
  const unscored = units.filter((u) => u.score === null)
  const byServer = (a: ScorecardUnit, b: ScorecardUnit) =>
    (position.get(a.unit_id) ?? 0) - (position.get(b.unit_id) ?? 0)
  scored.sort((a, b) => {
    const x = valueOf(a, by)
    const y = valueOf(b, by)
    if (x === null && y === null) return byServer(a, b)
    if (x === null) return 1
    if (y === null) return -1
    return x === y ? byServer(a, b) : sign * (x - y)
  })
  return [...scored, ...unscored]
}

// ---- the weights ----------------------------------------------------------------------------

/** The weights as the dialog holds them: a cleared input is null. */
export type WeightsForm = Record<ComponentKey, number | null | undefined>

export function weightsSum(w: WeightsForm): number {
  return COMPONENTS.reduce((sum, c) => sum + (w[c] ?? 0), 0)
}

/**
 * The browser's checks of the weights before they are sent, by form field (`weights.<c>`, or
 * `weights` for the sum): each an integer 0–100, all six summing to 100.
 */
export function checkWeights(w: WeightsForm): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const c of COMPONENTS) {
    const v = w[c]
    if (v === null || v === undefined || !Number.isInteger(v) || v < 0 || v > 100)
      errors[`weights.${c}`] = t('weights.oneRange')
  }
  if (Object.keys(errors).length === 0) {
    const sum = weightsSum(w)
    if (sum !== 100) errors.weights = t('weights.sumWrong', { sum })
  }
  return errors
}

/** PUT /supervision/scorecards/weights's body for a congress's year. */
export function weightsBody(org_node_id: number, year: number, w: WeightsForm) {
  const weights = Object.fromEntries(COMPONENTS.map((c) => [c, w[c] ?? 0])) as ScorecardWeights
  return { org_node_id, year, weights }
}

/** The weights in force in words: 按时答复率 20、答复前沟通率 15 … */
export function weightsText(w: ScorecardWeights): string {
  return COMPONENTS.map((c) => t('weightOf', { name: componentTitle(c), w: w[c] })).join('、')
}

// ---- the drill-down -------------------------------------------------------------------------

/** A unit's rate component as 统计看板's drill-down: the items its numerator (or denominator) counts. */
export function componentDrill(
  sc: Pick<UnitScorecards, 'org_node_id' | 'year'>,
  unit: Pick<ScorecardUnit, 'unit_id' | 'unit_name'>,
  c: RateComponent,
  part: 'numerator' | 'denominator' = 'numerator',
): Drill {
  return {
    org_node_id: sc.org_node_id,
    year: sc.year,
    group_by: 'unit',
    key: String(unit.unit_id),
    measure: c,
    part,
    rowTitle: unit.unit_name,
  }
}
