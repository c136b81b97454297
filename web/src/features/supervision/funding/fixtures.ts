// Funding as the server answers it, for the tests of the funding screens: item 42 (the
// suggestion fixture) under 省教育厅, the demo's special fund of 5,000,000.00 元.
import type { FundPool, FundingRequest, ItemFunding } from './funding'

export function pool(changes: Partial<FundPool> = {}): FundPool {
  return {
    id: 3,
    org_node_id: 1,
    org_name: '湖南省人民代表大会',
    year: 2026,
    name: '代表建议办理专项资金',
    source: 'special_fund',
    budget_line: '',
    note: '财政部门年初安排',
    total_fen: 500_000_000,
    granted_fen: 60_000_000,
    spent_fen: 20_000_000,
    available_fen: 440_000_000,
    status: 'open',
    grants: 1,
    version: 2,
    created_at: '2026-01-05T02:00:00Z',
    updated_at: '2026-03-01T02:00:00Z',
    ...changes,
  }
}

export function request(changes: Partial<FundingRequest> = {}): FundingRequest {
  return {
    id: 9,
    suggestion_id: 42,
    suggestion_number: 12,
    suggestion_title: '关于加强农村学校校车安全管理的建议',
    suggestion_state: 'handling',
    org_node_id: 1,
    unit_id: 2,
    unit_name: '省教育厅',
    asked_fen: 800_000,
    purpose: '道路硬化 1.2 公里',
    status: 'asked',
    pool_id: null,
    pool_name: '',
    granted_fen: 0,
    spent_fen: 0,
    decision_note: '',
    asked_by_name: '赵志强',
    decided_by_name: '',
    decided_at: null,
    spends: [],
    version: 1,
    created_at: '2026-03-01T02:00:00Z',
    updated_at: '2026-03-01T02:00:00Z',
    ...changes,
  }
}

/** A granted ask: 6,000.00 of 8,000.00 元 from the pool, 2,000.00 spent. */
export function granted(changes: Partial<FundingRequest> = {}): FundingRequest {
  return request({
    id: 8,
    status: 'granted',
    pool_id: 3,
    pool_name: '代表建议办理专项资金',
    granted_fen: 600_000,
    spent_fen: 200_000,
    decision_note: '按实际工程量核定',
    decided_by_name: '王晓燕',
    decided_at: '2026-03-02T02:00:00Z',
    spends: [
      {
        id: 1,
        amount_fen: 200_000,
        spent_on: '2026-03-03',
        note: '支付第一期工程进度款',
        created_by_name: '赵志强',
        created_at: '2026-03-03T02:00:00Z',
      },
    ],
    version: 3,
    ...changes,
  })
}

export function itemFunding(changes: Partial<ItemFunding> = {}): ItemFunding {
  const requests = changes.requests ?? [granted(), request()]
  const counted = requests.filter((r) => r.status !== 'refused')
  return {
    suggestion_id: 42,
    asked_fen: counted.reduce((s, r) => s + r.asked_fen, 0),
    granted_fen: counted.reduce((s, r) => s + r.granted_fen, 0),
    spent_fen: counted.reduce((s, r) => s + r.spent_fen, 0),
    can_ask: false,
    can_spend: false,
    can_decide: false,
    pools: [],
    ...changes,
    requests,
  }
}
