// 五到场办理会: the API's types under the screens' names, the five parties in order, who may
// organise a meeting on an item (as the page can tell), how many parties came, and the bodies
// of 安排, 记录召开 and 取消. The server decides everything again.
import { isApiError, type Schemas } from '@/api/client'
import type { Detail, SuggestionState, TagType } from '@/features/suggestions/model'

export type Meeting = Schemas['HandlingMeeting']
export type MeetingStatus = Schemas['MeetingStatus']
export type Attendance = Required<Schemas['MeetingAttendance']>
export type Attachment = Schemas['SuggestionAttachment']

/** The five parties, in the order the meeting's record lists them. */
export const PARTIES = ['leader', 'deputy', 'unit', 'supervisor', 'press'] as const
export type Party = (typeof PARTIES)[number]

export const MEETING_STATUSES: MeetingStatus[] = ['scheduled', 'held', 'cancelled']
export const STATUS_TAG: Record<MeetingStatus, TagType> = { scheduled: 'primary', held: 'success', cancelled: 'info' }

/** The states in which the lead unit has the item: a meeting may be scheduled then. */
export const MEETING_STATES: SuggestionState[] = [
  'assigned',
  'handling',
  'reassignment_requested',
  'answer_drafted',
  'answered',
  'rehandling',
  'follow_up',
]

/** The committee (liaison staff) or the lead unit (officer, head) while the lead unit has the item. */
export function mayOrganise(detail: Pick<Detail, 'state' | 'relations'>): boolean {
  const organiser = detail.relations.some(
    (r) => r === 'liaison_staff' || r === 'lead_unit_officer' || r === 'unit_head',
  )
  return organiser && MEETING_STATES.includes(detail.state)
}

export function blankAttendance(): Attendance {
  return { leader: '', deputy: '', unit: '', supervisor: '', press: '' }
}

/** How many of the five parties had someone there. */
export function partiesPresent(a: Partial<Attendance>): number {
  return PARTIES.filter((p) => (a[p] ?? '').trim() !== '').length
}

/** Images (JPG, PNG) among the item's attachments: the photos a meeting may show. */
export function isPhoto(a: Pick<Attachment, 'content_type' | 'file_name'>): boolean {
  return /^image\/(jpeg|png)$/.test(a.content_type) || /\.(jpe?g|png)$/i.test(a.file_name)
}

/** Where a suggestion's attachment is downloaded (same origin, the session's cookie). */
export function attachmentUrl(suggestionId: number, attachmentId: number): string {
  return `/api/v1/suggestions/${suggestionId}/attachments/${attachmentId}`
}

export interface ScheduleForm {
  scheduled_on: string
  start_time: string
  place: string
  topic: string
}

export function scheduleBody(suggestionId: number, f: ScheduleForm) {
  return {
    suggestion_id: suggestionId,
    scheduled_on: f.scheduled_on,
    place: f.place.trim(),
    ...(f.start_time ? { start_time: f.start_time } : {}),
    ...(f.topic.trim() ? { topic: f.topic.trim() } : {}),
  }
}

export interface RecordForm {
  held_on: string
  attendance: Attendance
  minutes: string
  photo_ids: number[]
}

export function recordBody(m: Pick<Meeting, 'version'>, f: RecordForm) {
  const attendance = blankAttendance()
  for (const p of PARTIES) attendance[p] = f.attendance[p].trim()
  return {
    version: m.version,
    held_on: f.held_on,
    attendance,
    minutes: f.minutes.trim(),
    ...(f.photo_ids.length ? { photo_ids: [...f.photo_ids] } : {}),
  }
}

/**
 * A dialog's save (useFormDialog's `saveAndClose`) of a call that the server may refuse with a
 * 409 — the meeting was recorded or cancelled meanwhile: the answer, or whether it was that.
 */
export async function saveOrConflict<T>(
  saveAndClose: (action: () => Promise<T>) => Promise<T | undefined>,
  call: () => Promise<T>,
): Promise<{ done?: T; conflict: boolean }> {
  let conflict = false
  const done = await saveAndClose(async () => {
    try {
      return await call()
    } catch (e) {
      conflict = isApiError(e) && e.status === 409
      throw e
    }
  })
  return { done, conflict }
}
