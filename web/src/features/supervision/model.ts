// 随机抽样点评 (the draw, docs/supervision.md): the API's types and how the pages name a
// draw's population (stage and filters), its strata and an item's stratum.
import type { Schemas, SortOf } from '@/api/client'
import { i18n } from '@/i18n'

export type Draw = Schemas['SamplingDraw']
export type DrawItem = Schemas['SamplingItem']
export type DrawInput = Schemas['SamplingDrawInput']
export type Criterion = Schemas['SamplingCriterion']
export type Review = Schemas['SamplingReview']
export type Sheet = Review['sheets'][number]
/** announced (已公告), drawn (已抽取), published (已公布: results final). */
export type DrawStatus = Schemas['SamplingDrawStatus']
export type Stage = Draw['stage']
export type Strata = Draw['strata']
export type DrawSort = SortOf<'/api/v1/supervision/draws'>

export const STAGES: Stage[] = ['assigned', 'answered']
export const STRATA: Strata[] = ['none', 'lead_unit', 'category', 'answer_class']
export const STATUSES: DrawStatus[] = ['announced', 'drawn', 'published']
export const MAX_SAMPLE = 200

export const STATUS_TAG: Record<DrawStatus, 'warning' | 'success' | 'primary'> = {
  announced: 'warning',
  drawn: 'success',
  published: 'primary',
}

/** The criteria a draw gets unless the committee sets others (docs/supervision.md). */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { name: '办理态度', weight: 20 },
  { name: '沟通联系', weight: 20 },
  { name: '答复质量', weight: 20 },
  { name: '落实成效', weight: 40 },
]
export const DEFAULT_PASS_SCORE = 60
export const MAX_CRITERIA = 8

/** A criterion as a form keeps it while it is being set (CriteriaEditor): no weight yet is null. */
export interface CriterionRow {
  name: string
  weight: number | null
}

export function weightSum(criteria: readonly { weight: number | null | undefined }[]): number {
  return criteria.reduce((sum, c) => sum + (c.weight ?? 0), 0)
}

/** What a sheet form sends: the scores in the criteria's order, and a member's name when given. */
export interface SheetBody {
  scores: number[]
  member_name?: string
}

/** A sheet's total as the server computes it (Σ weight × score / 100), two decimals; '' while incomplete. */
export function sheetTotal(criteria: readonly Criterion[], scores: readonly (number | null | undefined)[]): string {
  if (criteria.length === 0 || scores.length !== criteria.length || scores.some((s) => s == null)) return ''
  const centi = criteria.reduce((sum, c, i) => sum + c.weight * (scores[i] as number), 0)
  return (centi / 100).toFixed(2)
}

/** The server's `scores[2]` / `criteria[1].weight` as the forms name them (`scores.2`, `criteria.1.weight`). */
export function formFieldName(server: string): string {
  return server.replace(/\[(\d+)\]/g, '.$1')
}

/** The draw's status as the list and page read it (the spec's type lacks `published`). */
export function drawStatus(d: Pick<Draw, 'status'>): DrawStatus {
  return d.status as DrawStatus
}

/** ★★☆ for a star level of 2 (of 3). */
export function stars(level: number): string {
  return '★'.repeat(level) + '☆'.repeat(Math.max(0, 3 - level))
}

/** The population in words: 已交办的建议 · 主办单位：省教育厅 · 类别：教育科技 · 星级：★★☆. */
export function scopeText(d: Pick<Draw, 'stage' | 'unit_name' | 'unit_id' | 'category' | 'star_level'>): string {
  const t = i18n.global.t
  const parts = [t(`supervision.stages.${d.stage}`)]
  if (d.unit_id != null) parts.push(t('supervision.scopeUnit', { name: d.unit_name || `#${d.unit_id}` }))
  if (d.category) parts.push(t('supervision.scopeCategory', { name: d.category }))
  if (d.star_level) parts.push(t('supervision.scopeStars', { stars: stars(d.star_level) }))
  return parts.join(' · ')
}

/** An item's stratum as people read it: the lead unit's name, the category, B类; '' without strata. */
export function stratumText(strata: Strata, item: Pick<DrawItem, 'stratum' | 'lead_unit_name'>): string {
  const t = i18n.global.t
  switch (strata) {
    case 'none':
      return ''
    case 'lead_unit':
      return item.lead_unit_name || item.stratum || t('supervision.detail.noStratum')
    case 'answer_class':
      return item.stratum ? t('supervision.detail.classN', { c: item.stratum }) : t('supervision.detail.noStratum')
    default:
      return item.stratum || t('supervision.detail.noStratum')
  }
}

/** A suggestion's number as people write it: 第12号 (the server may give the bare number); '' unnumbered. */
export function numberText(number: string): string {
  if (!number) return ''
  return /^\d+$/.test(number) ? i18n.global.t('supervision.detail.numberN', { n: number }) : number
}

/** The announce form as the dialog keeps it. */
export interface AnnounceForm {
  title: string
  session_id: number | null
  stage: Stage
  unit_id: number | null
  category: string
  star_level: number | null
  strata: Strata
  sample_size: number
  seed_source: string
  seed: string
  criteria: CriterionRow[]
  pass_score: number
}

export function blankAnnounce(): AnnounceForm {
  return {
    title: '',
    session_id: null,
    stage: 'assigned',
    unit_id: null,
    category: '',
    star_level: null,
    strata: 'none',
    sample_size: 10,
    seed_source: '',
    seed: '',
    criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
    pass_score: DEFAULT_PASS_SCORE,
  }
}

/** The body of POST /supervision/draws: texts trimmed, unset filters and an empty seed left out. */
export function announceBody(f: AnnounceForm): DrawInput {
  const body: DrawInput = {
    title: f.title.trim(),
    session_id: f.session_id ?? 0,
    stage: f.stage,
    strata: f.strata,
    sample_size: f.sample_size,
    seed_source: f.seed_source.trim(),
    criteria: f.criteria.map((c) => ({ name: c.name.trim(), weight: c.weight ?? 0 })),
    pass_score: f.pass_score,
  }
  if (f.unit_id != null) body.unit_id = f.unit_id
  if (f.category) body.category = f.category
  if (f.star_level != null) body.star_level = f.star_level
  const seed = f.seed.trim()
  if (seed) body.seed = seed
  return body
}
