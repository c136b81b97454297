// Types and word lists of the deputies registry (代表信息库).
//
// The spec's Person / Mandate / DeputyRow schemas list no `required` properties, so the
// generated types make every field optional; the server always sends all of them, and
// these aliases say so.
import type { Schemas } from '@/api/client'
import { compactQuery } from '@/utils/query'

export type Level = Schemas['OrgLevel']
export type MandateStatus = Schemas['MandateStatus']
export type Gender = 'male' | 'female'
export type Mandate = Required<Schemas['Mandate']>
export type Person = Required<Omit<Schemas['Person'], 'mandates'>> & { mandates: Mandate[] }
export type DeputyRow = Required<Omit<Schemas['DeputyRow'], 'mandates' | 'mandate'>> & { mandate: Mandate }

/** The list's and export's sort fields (the spec's DeputySort is a comma-separated string). */
export type DeputySort =
  | 'name'
  | '-name'
  | 'birth_date'
  | '-birth_date'
  | 'delegation'
  | '-delegation'
  | 'started_on'
  | '-started_on'
  | 'created_at'
  | '-created_at'

export interface DeputyFilters {
  q: string
  level: Level | ''
  org_node_id: number | null
  term_id: number | null
  delegation: string
  field: string
  status: MandateStatus | ''
  gender: Gender | ''
  party: string
}

export const EMPTY_FILTERS: DeputyFilters = {
  q: '',
  level: '',
  org_node_id: null,
  term_id: null,
  delegation: '',
  field: '',
  status: '',
  gender: '',
  party: '',
}

/** Filters as query parameters (empty ones left out). */
export function filterQuery(f: Partial<DeputyFilters>) {
  return compactQuery(f)
}

export const LEVELS: Level[] = ['province', 'city', 'county', 'township']
export const STATUSES: MandateStatus[] = ['serving', 'resigned', 'recalled', 'terminated', 'deceased']
export const END_STATUSES = ['resigned', 'recalled', 'terminated', 'deceased'] as const
export type EndStatus = (typeof END_STATUSES)[number]

export const STATUS_TAG: Record<MandateStatus, 'success' | 'info' | 'warning' | 'danger'> = {
  serving: 'success',
  resigned: 'info',
  recalled: 'danger',
  terminated: 'warning',
  deceased: 'info',
}

export const LEVEL_TAG: Record<Level, 'danger' | 'warning' | 'primary' | 'info'> = {
  province: 'danger',
  city: 'warning',
  county: 'primary',
  township: 'info',
}

// Word lists offered in selects; each also accepts a typed value (allow-create), since
// places word them differently. Values are stored as the Chinese words.
export const PARTIES = [
  '中共党员',
  '中共预备党员',
  '共青团员',
  '民革党员',
  '民盟盟员',
  '民建会员',
  '民进会员',
  '农工党党员',
  '致公党党员',
  '九三学社社员',
  '台盟盟员',
  '无党派人士',
  '群众',
]

export const FIELDS = [
  '教育',
  '医疗卫生',
  '农业',
  '法律',
  '经济',
  '科技',
  '文化旅游',
  '生态环境',
  '基层社区',
  '工业',
  '社会保障',
  '交通建设',
]

export const EDUCATIONS = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中', '小学']

export const ETHNICITIES = [
  '汉族',
  '土家族',
  '苗族',
  '侗族',
  '瑶族',
  '白族',
  '回族',
  '壮族',
  '满族',
  '蒙古族',
  '维吾尔族',
  '藏族',
  '彝族',
  '布依族',
  '朝鲜族',
]

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1–99 in Chinese numerals: 7 → 七, 13 → 十三, 20 → 二十. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n)
  if (n < 10) return DIGITS[n]
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`
}

/** The term's title as the terms page shows it: 13 → 十三届. */
export function termTitle(n: number | null | undefined): string {
  return n ? `${chineseNumber(n)}届` : ''
}
