// 统计 as the server answers it, for the tests of the figures screens: the figures of a set of
// items, a report of 湖南省人民代表大会's 2026 grouped by a field, a drill-down page, a router
// with the routes the screens link to.
import { createMemoryHistory, createRouter } from 'vue-router'
import type {
  DrillItem,
  DrillPage,
  FigureGroupBy,
  FigureRatio,
  FigureRow,
  FiguresReport,
  SuggestionFigures,
} from './figures'

export function ratio(numerator: number, denominator: number): FigureRatio {
  return {
    numerator,
    denominator,
    rate: denominator === 0 ? null : Math.round((numerator * 10000) / denominator) / 100,
  }
}

/** 10 items, 4 answered: on time 4/6, satisfaction 2/3, resolution 3/4, no co-signer ratings. */
export function figures(changes: Partial<SuggestionFigures> = {}): SuggestionFigures {
  return {
    items: 10,
    answered: 4,
    on_time: ratio(4, 6),
    contact: ratio(4, 4),
    class_a: ratio(2, 4),
    class_b: ratio(2, 4),
    class_c: ratio(0, 4),
    class_d: ratio(0, 4),
    satisfaction: ratio(2, 3),
    resolution: ratio(3, 4),
    implementation: ratio(1, 2),
    rehandling: ratio(1, 4),
    a_dissatisfied: 1,
    satisfied_c: 0,
    b_slipped_satisfied: 1,
    cosigner_satisfaction: ratio(0, 0),
    mean_answer_days: 4.25,
    answer_days: { sum: 17, items: 4 },
    ...changes,
  }
}

export function row(key: string, title: string, f: SuggestionFigures = figures()): FigureRow {
  return { key, title, figures: f }
}

export function report(group_by: FigureGroupBy = 'none', rows?: FigureRow[], total = figures()): FiguresReport {
  return {
    org_node_id: 1,
    org_name: '湖南省人民代表大会',
    unit_id: null,
    year: 2026,
    session_id: null,
    group_by,
    as_of: '2026-12-08',
    rows: rows ?? [row('', '合计', total)],
    total,
  }
}

/** The rows of each grouping the dashboard reads. */
export const ROWS: Record<'unit' | 'month' | 'org' | 'level', FigureRow[]> = {
  unit: [
    row('2', '省教育厅', figures({ items: 9 })),
    row('5', '省交通运输厅', figures({ items: 3, answered: 1, satisfaction: ratio(0, 0), resolution: ratio(1, 1) })),
    row('', '未交办', figures({ items: 1, answered: 0, satisfaction: ratio(0, 0), resolution: ratio(0, 0) })),
  ],
  month: [row('2026-07', '2026-07'), row('2026-06', '2026-06'), row('', '未答复')],
  org: [row('1', '湖南省人民代表大会')],
  level: [row('province', '省级')],
}

export function drillItem(changes: Partial<DrillItem> = {}): DrillItem {
  return {
    id: 42,
    number: 12,
    title: '关于加强农村学校校车安全管理的建议',
    state: 'closed',
    lead_name: '李建华',
    unit_name: '省教育厅',
    org_name: '湖南省人民代表大会',
    answer_class: 'A',
    rating: 'satisfied',
    answered_on: '2026-06-04',
    ...changes,
  }
}

export function drillPage(items: DrillItem[], changes: Partial<DrillPage> = {}): DrillPage {
  return {
    measure: 'on_time',
    part: 'numerator',
    key: '',
    total: items.length,
    hidden: 0,
    page: 1,
    page_size: 20,
    items,
    ...changes,
  }
}

/** A router with the routes the figures and home screens link to, at `path`. */
export async function figuresRouter(path = '/figures') {
  const blank = { template: '<div />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/figures', name: 'figures', component: blank },
      { path: '/suggestions', name: 'suggestions', component: blank },
      { path: '/suggestions/mine', name: 'my-suggestions', component: blank },
      { path: '/suggestions/:id', name: 'suggestion-detail', component: blank },
      { path: '/supervision/clearing', name: 'clearing', component: blank },
      { path: '/notifications', name: 'notifications', component: blank },
      { path: '/org/nodes', name: 'org-nodes', component: blank },
      { path: '/org/units', name: 'org-units', component: blank },
      { path: '/org/terms', name: 'org-terms', component: blank },
      { path: '/users', name: 'users', component: blank },
      // The other pages of the menu (the home page's shortcuts).
      { path: '/:other(.*)*', component: blank },
    ],
  })
  await router.push(path)
  return router
}
