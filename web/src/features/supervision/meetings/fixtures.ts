// A five-present meeting as the server answers it, for the tests of the meetings screens:
// scheduled on item 42 (the suggestion fixture), counted under 省教育厅.
import { blankAttendance, type Meeting } from './meetings'

export function meeting(changes: Partial<Meeting> = {}): Meeting {
  return {
    id: 5,
    suggestion_id: 42,
    suggestion_number: 12,
    suggestion_title: '关于加强农村学校校车安全管理的建议',
    suggestion_state: 'handling',
    org_node_id: 1,
    unit_id: 2,
    unit_name: '省教育厅',
    scheduled_on: '2026-03-10',
    start_time: '09:30',
    place: '县教育局三楼会议室',
    topic: '校车安全管理',
    status: 'scheduled',
    held_on: null,
    attendance: blankAttendance(),
    parties_present: null,
    all_five: false,
    minutes: '',
    cancel_reason: '',
    photos: [],
    created_by_name: '赵经办',
    closed_by_name: '',
    version: 1,
    created_at: '2026-03-01T02:00:00Z',
    updated_at: '2026-03-01T02:00:00Z',
    ...changes,
  }
}
