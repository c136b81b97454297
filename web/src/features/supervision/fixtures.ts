// A draw as GET /api/v1/supervision/draws/{id} answers, for the area's tests.
import type { Draw, DrawItem } from './model'

export const HASH = '9f2c4d1e0b7a56c3d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5'

export function draw(patch: Partial<Draw> = {}): Draw {
  return {
    id: 7,
    org_node_id: 17,
    org_name: '衡阳县人民代表大会',
    title: '县人大常委会第十二次会议随机抽样点评',
    session_id: 3,
    session_title: '衡阳县十八届人大四次会议',
    stage: 'assigned',
    unit_id: null,
    unit_name: '',
    category: '',
    star_level: null,
    strata: 'none',
    sample_size: 2,
    seed_source: '主任会议当场公布的四位数',
    seed: null,
    status: 'announced',
    population_size: 9,
    population_hash: HASH,
    announced_by_name: '王晓燕',
    announced_at: '2026-12-01T02:00:00Z',
    seeded_at: null,
    drawn_at: null,
    drawn_by_name: '',
    version: 1,
    can_manage: true,
    items: [],
    ...patch,
  } as Draw // fields added to the API later take their defaults
}

export function item(patch: Partial<DrawItem> = {}): DrawItem {
  return {
    ordinal: 1,
    suggestion_id: 41,
    stratum: '',
    key: '03ab'.repeat(16),
    number: '12',
    title: '关于提升乡镇消防救援能力的建议',
    state: 'handling',
    lead_unit_name: '县应急管理局',
    lead_name: '李明',
    ...patch,
  }
}
