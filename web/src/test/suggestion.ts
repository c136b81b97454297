// A suggestion as GET /suggestions/{id} answers it, for the component tests of the
// suggestions screens: answered (B, with its evaluation due), open to its lead deputy.
import type { Detail } from '@/features/suggestions/model'

export const SUGGESTION: Detail = {
  id: 42,
  number: 12,
  number_text: '第12号',
  title: '关于加强农村学校校车安全管理的建议',
  category: '教育',
  state: 'answered',
  state_title: '已答复/待评价',
  star_level: 2,
  session_id: 3,
  session_title: '十三届三次会议',
  org_node_id: 1,
  lead_person_id: 7,
  lead_name: '李建华',
  lead_unit_id: 2,
  lead_unit_name: '省教育厅',
  answer_class: 'B',
  rating: null,
  next_due_on: '2026-03-20',
  next_due_kind: 'evaluation',
  flags: { due_soon: false, overdue: false, very_overdue: false, days_left: 10 },
  parent_id: null,
  created_at: '2026-01-20T02:00:00.000Z',
  updated_at: '2026-03-10T02:00:00.000Z',
  version: 3,
  body: '建议内容',
  is_public: true,
  org_name: '湖南省人民代表大会',
  assign_mode: 'joint',
  round: 1,
  dissatisfied_rounds: 0,
  return_reason: '',
  not_accepted_reason: '',
  extension: { requested: false, until: null, reason: '', approved_until: null },
  submitted_at: '2026-01-20T02:00:00.000Z',
  closed_at: null,
  relations: ['lead_deputy'],
  available_actions: [{ name: 'evaluate', title: '评价' }],
  cosigners: [],
  units: [],
  clocks: [],
  contacts: [],
  answers: [],
  commitments: [],
  evaluations: [],
  attachments: [],
  merged_with: [],
  timeline: [],
}

/** The suggestion with some fields changed. */
export function suggestion(changes: Partial<Detail> = {}): Detail {
  return { ...SUGGESTION, ...changes }
}
