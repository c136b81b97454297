// 评选表彰 (docs/supervision.md, "Awards"): the API's types under the screens' names, the kinds
// and statuses in order, each kind's default criteria (what the server gives a round opened
// without its own), the body of 新建评选, the default title, and what the round's page shows of
// a nomination's scoring. The server decides everything again.
import type { ResponseOf, Schemas, SortOf } from '@/api/client'
import type { TagType } from '@/features/suggestions/model'
import { i18n } from '@/i18n'
import { weightSum, type Criterion, type CriterionRow } from '../model'

export type AwardRound = Schemas['AwardRound']
export type AwardRoundSummary = Schemas['AwardRoundSummary']
export type AwardNomination = Schemas['AwardNomination']
/** suggestion 优秀代表建议, unit 优秀建议承办单位, deputy 优秀人大代表. */
export type AwardKind = Schemas['AwardKind']
/** nominating 提名中, scoring 评审中, published 已公布. */
export type AwardStatus = Schemas['AwardRoundStatus']
export type AwardSort = SortOf<'/api/v1/supervision/awards'>
export type Honours = ResponseOf<'/api/v1/supervision/awards/honours', 'get'>
export type Honour = Honours['items'][number]

export const AWARD_KINDS: AwardKind[] = ['suggestion', 'unit', 'deputy']
export const AWARD_STATUSES: AwardStatus[] = ['nominating', 'scoring', 'published']
export const STATUS_TAG: Record<AwardStatus, TagType> = {
  nominating: 'warning',
  scoring: 'primary',
  published: 'success',
}

/** A round's quota of winners (the server's bounds). */
export const MIN_QUOTA = 1
export const MAX_QUOTA = 100

/** The criteria a round of each kind gets when it is opened without its own (docs/supervision.md). */
export const DEFAULT_CRITERIA: Record<AwardKind, readonly Criterion[]> = {
  suggestion: [
    { name: '选题价值', weight: 30 },
    { name: '内容质量', weight: 30 },
    { name: '办理成效', weight: 40 },
  ],
  unit: [
    { name: '办理态度', weight: 20 },
    { name: '沟通联系', weight: 20 },
    { name: '答复质量', weight: 20 },
    { name: '落实成效', weight: 40 },
  ],
  deputy: [
    { name: '履职态度', weight: 30 },
    { name: '建议质量', weight: 40 },
    { name: '联系群众', weight: 30 },
  ],
}

/** 优秀代表建议 … as the kind's title. */
export function kindTitle(kind: AwardKind): string {
  return i18n.global.t(`supervision.awards.kinds.${kind}`)
}

/** The title the server gives a round without one: 2026年度优秀代表建议评选. */
export function defaultTitle(year: number | null | undefined, kind: AwardKind): string {
  return year ? `${year}年度${kindTitle(kind)}评选` : ''
}

// ---- 新建评选 ----------------------------------------------------------------------------------

export interface RoundForm {
  org_node_id: number | null
  year: number | null
  kind: AwardKind
  title: string
  quota: number | null
  /** 使用默认测评项目: the server's criteria for the kind; off, `criteria` as set here. */
  useDefaults: boolean
  criteria: CriterionRow[]
  note: string
}

export function blankRound(orgNodeId: number | null, year: number): RoundForm {
  return {
    org_node_id: orgNodeId,
    year,
    kind: 'suggestion',
    title: '',
    quota: 3,
    useDefaults: true,
    criteria: DEFAULT_CRITERIA.suggestion.map((c) => ({ ...c })),
    note: '',
  }
}

/**
 * What 新建评选 says before sending, by field ({} when it may be sent): the congress, year and
 * quota are needed; the committee's own criteria each need a name and a weight, and the weights
 * must sum to 100.
 */
export function checkRound(f: RoundForm): Record<string, string> {
  const t = i18n.global.t
  const label = (key: string) => t(`supervision.awards.${key}`)
  const errors: Record<string, string> = {}
  if (f.org_node_id == null) errors.org_node_id = t('common.requiredSelect', { field: label('congress') })
  if (f.year == null) errors.year = t('common.required', { field: label('year') })
  if (f.quota == null) errors.quota = t('common.required', { field: label('quota') })
  if (f.useDefaults) return errors
  f.criteria.forEach((c, i) => {
    if (!c.name.trim())
      errors[`criteria.${i}.name`] = t('common.required', { field: t('supervision.announce.criterionName') })
    if (c.weight == null)
      errors[`criteria.${i}.weight`] = t('common.required', { field: t('supervision.announce.weight') })
  })
  const sum = weightSum(f.criteria)
  if (sum !== 100) errors.criteria = t('supervision.announce.weightSum', { sum })
  return errors
}

/** The body of POST /supervision/awards: texts trimmed, the optional ones left out when empty, no criteria for the defaults. */
export function roundBody(f: RoundForm) {
  const title = f.title.trim()
  const note = f.note.trim()
  return {
    kind: f.kind,
    quota: f.quota ?? 0,
    ...(f.org_node_id != null ? { org_node_id: f.org_node_id } : {}),
    ...(f.year != null ? { year: f.year } : {}),
    ...(title ? { title } : {}),
    ...(f.useDefaults ? {} : { criteria: f.criteria.map((c) => ({ name: c.name.trim(), weight: c.weight ?? 0 })) }),
    ...(note ? { note } : {}),
  }
}

// ---- the round's page ---------------------------------------------------------------------

/** How many nominations the caller has scored (their own sheets). */
export function myScored(round: Pick<AwardRound, 'nominations'>): number {
  return round.nominations.filter((n) => n.my_scores != null).length
}

/** How many nominations have no sheet yet (these are not ranked when the round is published). */
export function unscored(round: Pick<AwardRound, 'nominations'>): number {
  return round.nominations.filter((n) => n.sheets === 0).length
}

/** The winners of a published round, by rank. */
export function winners(round: Pick<AwardRound, 'nominations'>): AwardNomination[] {
  return round.nominations.filter((n) => n.awarded)
}
