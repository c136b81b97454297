// 评选表彰 as the server answers it, for the tests of the award screens: a suggestion round of
// 衡阳县人民代表大会 (congress 17) for 2026 with the default criteria and a quota of 1, over
// item 42 (the suggestion fixture) and item 43; a published round's ranking; honours; a router
// with the screens' routes.
import { createMemoryHistory, createRouter } from 'vue-router'
import { DEFAULT_CRITERIA, type AwardNomination, type AwardRound, type AwardRoundSummary, type Honour } from './awards'

export function nomination(changes: Partial<AwardNomination> = {}): AwardNomination {
  return {
    id: 7,
    target_id: 42,
    target_name: '关于加强农村学校校车安全管理的建议',
    reason: '问题反映准确，推动解决成效明显。',
    nominated_by_name: '王晓燕',
    sheets: 0,
    my_scores: null,
    score: null,
    rank: null,
    awarded: false,
    created_at: '2026-11-02T02:00:00Z',
    ...changes,
  }
}

export function round(changes: Partial<AwardRound> = {}): AwardRound {
  return {
    id: 5,
    org_node_id: 17,
    org_name: '衡阳县人民代表大会',
    year: 2026,
    kind: 'suggestion',
    title: '2026年度优秀代表建议评选',
    quota: 1,
    note: '经主任会议研究，评选年度优秀代表建议。',
    status: 'nominating',
    published_at: null,
    nomination_count: 2,
    version: 3,
    created_at: '2026-11-01T02:00:00Z',
    updated_at: '2026-11-02T02:00:00Z',
    criteria: DEFAULT_CRITERIA.suggestion.map((c) => ({ ...c })),
    nominations: [
      nomination(),
      nomination({ id: 8, target_id: 43, target_name: '关于改善乡村道路照明的建议', nominated_by_name: '王晓燕' }),
    ],
    panel_sheets: 0,
    can_manage: true,
    can_score: false,
    ...changes,
  }
}

/** The round published: item 42 first at 85.00 (won), item 43 second at 81.00. */
export function published(changes: Partial<AwardRound> = {}): AwardRound {
  return round({
    status: 'published',
    published_at: '2026-12-01T02:00:00Z',
    panel_sheets: 4,
    can_manage: false,
    nominations: [
      nomination({ sheets: 2, score: '85.00', rank: 1, awarded: true }),
      nomination({
        id: 8,
        target_id: 43,
        target_name: '关于改善乡村道路照明的建议',
        sheets: 2,
        score: '81.00',
        rank: 2,
      }),
    ],
    ...changes,
  })
}

export function summary(changes: Partial<AwardRoundSummary> = {}): AwardRoundSummary {
  const { criteria: _c, nominations: _n, panel_sheets: _p, can_manage: _m, can_score: _s, ...rest } = round()
  return { ...rest, ...changes }
}

export function honour(changes: Partial<Honour> = {}): Honour {
  return {
    round_id: 5,
    round_title: '2026年度优秀代表建议评选',
    org_name: '衡阳县人民代表大会',
    year: 2026,
    nomination_id: 7,
    target_name: '关于加强农村学校校车安全管理的建议',
    score: '85.00',
    rank: 1,
    published_at: '2026-12-01T02:00:00Z',
    ...changes,
  }
}

/** A page of a list route. */
export function page<T>(items: T[]) {
  return { items, page: 1, page_size: 20, total: items.length, total_capped: false }
}

/** A router with the award screens' routes, at `path`. */
export async function awardsRouter(path: string) {
  const blank = { template: '<div />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/supervision/awards', name: 'awards', component: blank },
      { path: '/supervision/awards/:id', name: 'award-detail', component: blank },
      { path: '/suggestions/:id', name: 'suggestion-detail', component: blank },
      { path: '/deputies/:id', name: 'deputy-detail', component: blank },
    ],
  })
  await router.push(path)
  return router
}
