// Unit tests of the suggestions screens' pure rules: flag and state tags, the list's
// filters in the address and as API parameters, which inputs each workflow action takes and
// how they are checked and sent, server field names, attachments — and that every message
// key the area's screens use exists in both languages.
import { describe, expect, it } from 'vitest'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'
import type { Schemas } from '@/api/client'
import {
  ATTACHMENT_MAX_BYTES,
  EMPTY_FILTERS,
  STATES,
  actionSpec,
  attachmentProblem,
  buildActionBody,
  checkActionForm,
  commitmentChoices,
  daysLeftText,
  emptyActionForm,
  fileSize,
  filterQuery,
  flagTags,
  formField,
  listStateFromQuery,
  listStateToQuery,
  orderActions,
  ratingTag,
  reassignmentTarget,
  starText,
  stateTag,
  type ActionForm,
  type SuggestionAction,
  type SuggestionUnit,
} from './model'

const t = (key: string, named?: Record<string, unknown>) => (named ? `${key}${JSON.stringify(named)}` : key)
const CLASSES = [
  { code: 'A', title: '已解决或采纳', needs_commitments: false },
  { code: 'B', title: '正在解决或列入计划', needs_commitments: true },
]
const ctx = { today: '2026-03-10', answerClasses: CLASSES }

function form(patch: Partial<ActionForm> = {}): ActionForm {
  return { ...emptyActionForm('2026-03-10'), ...patch }
}

function unit(patch: Partial<SuggestionUnit>): SuggestionUnit {
  return {
    unit_id: 1,
    name: '省教育厅',
    role: 'lead',
    signed_on: null,
    opinion: '',
    reassignment_pending: false,
    reassignment_reason: '',
    released: false,
    ...patch,
  }
}

describe('flags → tags', () => {
  it('shows one tag: very overdue (dark red) over overdue (red) over due soon (orange)', () => {
    expect(flagTags(null)).toEqual([])
    expect(flagTags({ due_soon: false, overdue: false, very_overdue: false, days_left: 20 })).toEqual([])
    expect(flagTags({ due_soon: true, overdue: false, very_overdue: false, days_left: 3 })).toEqual([
      { key: 'due_soon', label: 'suggestions.flags.due_soon', type: 'warning', effect: 'light' },
    ])
    expect(flagTags({ due_soon: false, overdue: true, very_overdue: false, days_left: -2 })).toEqual([
      { key: 'overdue', label: 'suggestions.flags.overdue', type: 'danger', effect: 'light' },
    ])
    expect(flagTags({ due_soon: false, overdue: true, very_overdue: true, days_left: -40 })).toEqual([
      { key: 'very_overdue', label: 'suggestions.flags.very_overdue', type: 'danger', effect: 'dark' },
    ])
  })

  it('words the days left', () => {
    expect(daysLeftText(null)).toBeNull()
    expect(daysLeftText(undefined)).toBeNull()
    expect(daysLeftText(5)).toEqual({ key: 'suggestions.daysLeft', n: 5 })
    expect(daysLeftText(0)).toEqual({ key: 'suggestions.dueToday', n: 0 })
    expect(daysLeftText(-3)).toEqual({ key: 'suggestions.daysOverdue', n: 3 })
  })

  it('colours every state and draws stars', () => {
    for (const s of STATES) expect(['primary', 'success', 'info', 'warning', 'danger']).toContain(stateTag(s))
    expect(stateTag('closed')).toBe('success')
    expect(stateTag('rehandling')).toBe('danger')
    expect(stateTag('nonsense')).toBe('info')
    expect(starText(null)).toBe('')
    expect(starText(1)).toBe('★☆☆')
    expect(starText(3)).toBe('★★★')
  })

  it('colours ratings and look-back results', () => {
    expect(['satisfied', 'done'].map(ratingTag)).toEqual(['success', 'success'])
    expect(['dissatisfied', 'not_done'].map(ratingTag)).toEqual(['danger', 'danger'])
    expect(['basically_satisfied', 'partly_done'].map(ratingTag)).toEqual(['warning', 'warning'])
  })
})

describe('list filters in the address', () => {
  it('reads a query, dropping unknown and malformed values', () => {
    const s = listStateFromQuery({
      q: '校车',
      state: 'handling',
      session_id: '12',
      unit_id: 'x',
      star_level: '3',
      category: '教育',
      flag: 'overdue',
      box: 'nowhere',
      leader: 'someone',
      sort: '-next_due_on',
      page: '3',
      page_size: '50',
    })
    expect(s).toEqual({
      filters: {
        q: '校车',
        state: 'handling',
        session_id: 12,
        unit_id: null,
        star_level: 3,
        category: '教育',
        urgent: '',
        raised_in: '',
        flag: 'overdue',
        box: '',
        leader: '',
      },
      page: 3,
      pageSize: 50,
      sort: '-next_due_on',
    })
    const bad = listStateFromQuery({ state: 'open', sort: 'lead_name', page: '0', page_size: '7', session_id: '-1' })
    expect(bad).toEqual({ filters: { ...EMPTY_FILTERS }, page: 1, pageSize: 20, sort: '' })
    // A leader's own items, and the accepted items without a supervising leader (领衔督办).
    expect(listStateFromQuery({ box: 'supervised', leader: 'none' }).filters).toMatchObject({
      box: 'supervised',
      leader: 'none',
    })
    expect(
      listStateToQuery({ filters: { ...EMPTY_FILTERS, leader: 'none' }, page: 1, pageSize: 20, sort: '' }),
    ).toEqual({ leader: 'none' })
  })

  it('writes only what differs from the defaults, and reads back the same', () => {
    expect(listStateToQuery({ filters: { ...EMPTY_FILTERS }, page: 1, pageSize: 20, sort: '' })).toEqual({})
    const state = {
      filters: { ...EMPTY_FILTERS, q: ' 校车 ', flag: 'due_soon' as const, unit_id: 7, box: 'unit' as const },
      page: 2,
      pageSize: 100,
      sort: 'number' as const,
    }
    const q = listStateToQuery(state)
    expect(q).toEqual({
      q: '校车',
      flag: 'due_soon',
      unit_id: '7',
      box: 'unit',
      sort: 'number',
      page: '2',
      page_size: '100',
    })
    const back = listStateFromQuery(q as Record<string, string>)
    expect(back).toEqual({ ...state, filters: { ...state.filters, q: '校车' } })
  })

  it('gives the API only the filters that are set', () => {
    expect(filterQuery(EMPTY_FILTERS)).toEqual({
      q: undefined,
      state: undefined,
      session_id: undefined,
      unit_id: undefined,
      star_level: undefined,
      category: undefined,
      urgent: undefined,
      raised_in: undefined,
      flag: undefined,
      box: undefined,
    })
    // 急件 and 大会/闭会期间 as the API takes them; malformed ones in the address are dropped.
    expect(filterQuery({ ...EMPTY_FILTERS, urgent: 'true', raised_in: 'recess' })).toMatchObject({
      urgent: true,
      raised_in: 'recess',
    })
    expect(filterQuery({ ...EMPTY_FILTERS, urgent: 'false' }).urgent).toBe(false)
    const read = listStateFromQuery({ urgent: 'true', raised_in: 'recess' })
    expect(read.filters.urgent).toBe('true')
    expect(read.filters.raised_in).toBe('recess')
    expect(listStateToQuery(read)).toEqual({ urgent: 'true', raised_in: 'recess' })
    const junk = listStateFromQuery({ urgent: 'yes', raised_in: 'summer' })
    expect(junk.filters.urgent).toBe('')
    expect(junk.filters.raised_in).toBe('')
    expect(filterQuery({ ...EMPTY_FILTERS, q: '  ', state: 'closed', star_level: 2, box: 'mine' })).toMatchObject({
      q: undefined,
      state: 'closed',
      star_level: 2,
      box: 'mine',
    })
  })
})

describe('which inputs an action takes', () => {
  const ALL: SuggestionAction[] = [
    'invite_cosigners',
    'cosigner_confirm',
    'cosigner_decline',
    'submit',
    'initial_review_pass',
    're_review_accept',
    'return_for_revision',
    'reject_not_suggestion',
    'classify',
    'merge',
    'assign',
    'sign_for',
    'request_reassignment',
    'approve_reassignment',
    'reject_reassignment',
    'request_extension',
    'approve_extension',
    'reject_extension',
    'log_contact',
    'submit_co_opinion',
    'draft_answer',
    'sign_off_answer',
    'send_back_answer',
    'evaluate',
    'close',
    'report_progress',
    'look_back',
    'withdraw',
    'supervise_rehandling',
  ]

  it('follows the table of docs/suggestions.md', () => {
    const fields = Object.fromEntries(ALL.map((a) => [a, actionSpec(a, { state: 'handling' }).fields]))
    expect(fields).toEqual({
      invite_cosigners: ['person_ids'],
      cosigner_confirm: ['reason'],
      cosigner_decline: ['reason'],
      submit: ['reason'],
      initial_review_pass: ['reason'],
      re_review_accept: ['reason'],
      return_for_revision: ['reason'],
      reject_not_suggestion: ['reason_code', 'reason'],
      classify: ['classify'],
      merge: ['merge_with'],
      assign: ['assign'],
      sign_for: ['reason'],
      request_reassignment: ['reason'],
      approve_reassignment: ['assign'],
      reject_reassignment: ['reason'],
      request_extension: ['until', 'reason'],
      approve_extension: ['reason'],
      reject_extension: ['reason'],
      log_contact: ['contact'],
      submit_co_opinion: ['note'],
      draft_answer: ['answer'],
      sign_off_answer: [],
      send_back_answer: ['reason'],
      evaluate: ['rating', 'comment'],
      close: ['reason'],
      report_progress: ['commitment_id', 'note', 'done'],
      look_back: ['commitment_id', 'result', 'comment'],
      withdraw: ['reason'],
      supervise_rehandling: ['reason'],
    })
  })

  it('needs a reason where the table says so; a draft is withdrawn without one', () => {
    expect(actionSpec('return_for_revision', { state: 'submitted' }).reasonRequired).toBe(true)
    expect(actionSpec('submit', { state: 'draft' }).reasonRequired).toBe(false)
    expect(actionSpec('withdraw', { state: 'draft' }).reasonRequired).toBe(false)
    expect(actionSpec('withdraw', { state: 'cosigning' }).reasonRequired).toBe(false)
    expect(actionSpec('withdraw', { state: 'handling' }).reasonRequired).toBe(true)
    expect(actionSpec('request_extension', { state: 'handling' }).reasonRequired).toBe(true)
    expect(actionSpec('supervise_rehandling', { state: 'answered' }).reasonRequired).toBe(true)
  })

  it('asks again before irreversible steps', () => {
    for (const a of ['withdraw', 'reject_not_suggestion', 'sign_off_answer'] as const) {
      expect(actionSpec(a).confirm).toBe(true)
    }
    expect(actionSpec('sign_for').confirm).toBe(false)
    expect(actionSpec('withdraw').danger).toBe(true)
    expect(actionSpec('sign_off_answer').primary).toBe(true)
    const rehandle = actionSpec('supervise_rehandling', { state: 'closed' })
    expect(rehandle).toMatchObject({ confirm: true, danger: true, primary: false })
  })

  it('approves a co-unit’s re-assignment by releasing it, a lead unit’s by re-assigning', () => {
    const co = [unit({ unit_id: 1 }), unit({ unit_id: 2, role: 'co', reassignment_pending: true })]
    const lead = [unit({ unit_id: 1, reassignment_pending: true }), unit({ unit_id: 2, role: 'co' })]
    expect(reassignmentTarget(co)).toBe('co')
    expect(reassignmentTarget(lead)).toBe('lead')
    expect(reassignmentTarget([unit({})])).toBeNull()
    expect(actionSpec('approve_reassignment', { state: 'handling', units: co }).fields).toEqual(['unit_id'])
    expect(actionSpec('approve_reassignment', { state: 'reassignment_requested', units: lead }).fields).toEqual([
      'assign',
    ])
  })

  it('puts forward steps first and the withdrawal last', () => {
    const order = orderActions([
      { name: 'withdraw' as const },
      { name: 'request_reassignment' as const },
      { name: 'sign_for' as const },
      { name: 'return_for_revision' as const },
    ]).map((a) => a.name)
    expect(order).toEqual(['sign_for', 'request_reassignment', 'return_for_revision', 'withdraw'])
  })
})

describe('action bodies', () => {
  it('sends the version and only the action’s own fields', () => {
    const f = form({ reason: '  ', summary: 'x', star_level: 3, category: '教育', rating: 'satisfied' })
    expect(buildActionBody(actionSpec('sign_for'), f, 4)).toEqual({ version: 4 })
    expect(buildActionBody(actionSpec('sign_for'), form({ reason: ' 已收到 ' }), 4)).toEqual({
      version: 4,
      reason: '已收到',
    })
    expect(buildActionBody(actionSpec('sign_off_answer'), f, 9)).toEqual({ version: 9 })
    expect(buildActionBody(actionSpec('classify'), f, 2)).toEqual({ version: 2, star_level: 3, category: '教育' })
    expect(buildActionBody(actionSpec('evaluate'), form({ rating: 'satisfied', comment: ' 很好 ' }), 5)).toEqual({
      version: 5,
      rating: 'satisfied',
      comment: '很好',
    })
  })

  it('sends lead and co-units for 主办+协办, the units for 分办', () => {
    const joint = form({ mode: 'joint', lead_unit_id: 3, co_unit_ids: [3, 4, 5], unit_ids: [9] })
    expect(buildActionBody(actionSpec('assign'), joint, 1)).toEqual({
      version: 1,
      mode: 'joint',
      lead_unit_id: 3,
      co_unit_ids: [4, 5],
    })
    const split = form({ mode: 'split', lead_unit_id: 3, unit_ids: [6, 7] })
    expect(buildActionBody(actionSpec('assign'), split, 1)).toEqual({ version: 1, mode: 'split', unit_ids: [6, 7] })
  })

  it('sends the answer with its commitments, and the contact', () => {
    const f = form({
      answer_class: 'B',
      body: ' 正在推进 ',
      commitments: [{ what: ' 完成校车检查 ', due_on: '2026-06-30' }],
      method: 'phone',
      contact_on: '2026-03-09',
      summary: '电话沟通',
    })
    expect(buildActionBody(actionSpec('draft_answer'), f, 7)).toEqual({
      version: 7,
      answer_class: 'B',
      body: '正在推进',
      commitments: [{ what: '完成校车检查', due_on: '2026-06-30' }],
    })
    expect(buildActionBody(actionSpec('log_contact'), f, 7)).toEqual({
      version: 7,
      method: 'phone',
      contact_on: '2026-03-09',
      summary: '电话沟通',
    })
    expect(
      buildActionBody(actionSpec('report_progress'), form({ commitment_id: 4, note: '已完成', done: true }), 8),
    ).toEqual({
      version: 8,
      commitment_id: 4,
      note: '已完成',
      done: true,
    })
    expect(buildActionBody(actionSpec('look_back'), form({ commitment_id: 4, result: 'partly_done' }), 8)).toEqual({
      version: 8,
      commitment_id: 4,
      result: 'partly_done',
    })
  })
})

describe('checks before sending', () => {
  const check = (a: SuggestionAction, f: ActionForm, state: Schemas['SuggestionState'] = 'handling') =>
    checkActionForm(actionSpec(a, { state }), f, ctx, t)

  it('wants reasons, picks and dates where the action needs them', () => {
    expect(check('return_for_revision', form())).toEqual({ reason: 'suggestions.check.reason' })
    expect(check('return_for_revision', form({ reason: '请补充数据' }))).toEqual({})
    expect(check('submit', form(), 'draft')).toEqual({})
    expect(check('withdraw', form(), 'draft')).toEqual({})
    expect(Object.keys(check('reject_not_suggestion', form()))).toEqual(['reason_code'])
    expect(Object.keys(check('classify', form()))).toEqual(['star_level', 'category'])
    expect(Object.keys(check('request_extension', form({ until: '2026-03-10' })))).toEqual(['until', 'reason'])
    expect(check('request_extension', form({ until: '2026-05-10', reason: '需要跨部门协调' }))).toEqual({})
    expect(Object.keys(check('log_contact', form({ contact_on: '2026-03-11' })))).toEqual([
      'method',
      'contact_on',
      'summary',
    ])
    expect(Object.keys(check('evaluate', form()))).toEqual(['rating'])
    expect(Object.keys(check('look_back', form()))).toEqual(['commitment_id', 'result'])
  })

  it('checks the assignment', () => {
    expect(Object.keys(check('assign', form({ mode: 'joint' })))).toEqual(['lead_unit_id'])
    expect(Object.keys(check('assign', form({ mode: 'joint', lead_unit_id: 2, co_unit_ids: [2] })))).toEqual([
      'co_unit_ids',
    ])
    expect(check('assign', form({ mode: 'joint', lead_unit_id: 2, co_unit_ids: [3] }))).toEqual({})
    expect(Object.keys(check('assign', form({ mode: 'split', unit_ids: [2] })))).toEqual(['unit_ids'])
    expect(check('assign', form({ mode: 'split', unit_ids: [2, 3] }))).toEqual({})
  })

  it('requires commitments when the class needs them, each with what and a date not past', () => {
    const base = { answer_class: 'B', body: '答复' }
    expect(check('draft_answer', form(base))).toEqual({
      commitments: 'suggestions.check.commitmentsNeeded{"cls":"B"}',
    })
    expect(check('draft_answer', form({ ...base, answer_class: 'A' }))).toEqual({})
    expect(
      check(
        'draft_answer',
        form({
          ...base,
          commitments: [
            { what: '', due_on: '2026-03-09' },
            { what: '修路', due_on: '' },
            { what: '建校', due_on: '2026-03-10' },
          ],
        }),
      ),
    ).toEqual({
      'commitments.0.what': 'suggestions.check.commitmentWhat',
      'commitments.0.due_on': 'suggestions.check.commitmentPast',
      'commitments.1.due_on': 'suggestions.check.commitmentDue',
    })
    expect(Object.keys(check('draft_answer', form({ answer_class: 'X' })))).toEqual(['answer_class', 'body'])
  })

  it('names server fields as the form does', () => {
    const names: [string, string][] = [
      ['commitments[0].due', 'commitments.0.due_on'],
      ['commitments[2].what', 'commitments.2.what'],
      ['commitments[1].due_on', 'commitments.1.due_on'],
      ['lead_unit', 'lead_unit_id'],
      ['units', 'unit_ids'],
      ['cosigners', 'person_ids'],
      ['commitment', 'commitment_id'],
      ['reason', 'reason'],
      ['items[3].version', 'items.3.version'],
      ['merge_with[1]', 'merge_with'],
      ['merge_with.0', 'merge_with'],
      ['unit_ids[0]', 'unit_ids'],
    ]
    for (const [server, field] of names) expect(formField(server), server).toBe(field)
  })

  it('offers open commitments for progress, due ones for a look-back', () => {
    const c = (id: number, due_on: string, status: 'open' | 'done') => ({
      id,
      answer_id: 1,
      what: `事项${id}`,
      due_on,
      status,
      done_on: null,
      last_progress: '',
    })
    const list = [
      c(1, '2026-03-01', 'open'),
      c(2, '2026-04-01', 'open'),
      c(3, '2026-02-01', 'done'),
      c(4, '2026-03-10', 'open'),
    ]
    expect(commitmentChoices('report_progress', list, '2026-03-10').map((x) => x.id)).toEqual([1, 2, 4])
    expect(commitmentChoices('look_back', list, '2026-03-10').map((x) => x.id)).toEqual([1, 3])
  })
})

describe('attachments', () => {
  it('takes the allowed types up to 10 MB', () => {
    expect(attachmentProblem('调研报告.PDF', 1000)).toBeNull()
    expect(attachmentProblem('现场.jpeg', ATTACHMENT_MAX_BYTES)).toBeNull()
    expect(attachmentProblem('公文.ofd', 10)).toBeNull()
    expect(attachmentProblem('脚本.exe', 10)).toBe('type')
    expect(attachmentProblem('没有扩展名', 10)).toBe('type')
    expect(attachmentProblem('大.png', ATTACHMENT_MAX_BYTES + 1)).toBe('size')
    expect(attachmentProblem('空.docx', 0)).toBe('empty')
    expect(fileSize(512)).toBe('512 B')
    expect(fileSize(1536)).toBe('1.5 KB')
    expect(fileSize(3 * 1024 * 1024)).toBe('3 MB')
  })
})

describe('messages of the area', () => {
  const files = import.meta.glob<string>(['../{suggestions,notifications,calendar}/**/*.{vue,ts}', '!**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  })
  const sources = Object.values(files)
  const used = new Set<string>()
  for (const src of sources) {
    for (const m of src.matchAll(/\bte?\(\s*'([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1])
    for (const m of src.matchAll(/label: '((?:suggestions|calendar)\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1])
    for (const m of src.matchAll(/(?:title|desc): '(calendar\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1])
  }
  const lookup = (messages: unknown, key: string) =>
    key
      .split('.')
      .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), messages)

  it('finds the keys the screens use', () => {
    expect(used.size).toBeGreaterThan(100)
  })

  it('has every key in both languages', () => {
    const missing = [...used].filter((k) => typeof lookup(zhCN, k) !== 'string' || typeof lookup(en, k) !== 'string')
    expect(missing).toEqual([])
  })

  it('names every state, flag and rating', () => {
    for (const s of STATES) expect(typeof lookup(zhCN, `suggestions.states.${s}`)).toBe('string')
    for (const f of ['due_soon', 'overdue', 'very_overdue'])
      expect(typeof lookup(zhCN, `suggestions.flags.${f}`)).toBe('string')
    for (const r of ['satisfied', 'basically_satisfied', 'dissatisfied'])
      expect(typeof lookup(en, `suggestions.ratings.${r}`)).toBe('string')
  })
})
