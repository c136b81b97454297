// Which sections and queues each role's home page shows, given the permissions and roles it
// holds; a deputy's suggestions by stage and where each count links; what waits for a deputy.
import { describe, expect, it } from 'vitest'
import type { Permission, RoleName } from '@/stores/auth'
import { SUGGESTION } from '@/test/suggestion'
import type { Summary } from '@/features/suggestions/model'
import {
  countByState,
  groupCounts,
  groupLink,
  hasWork,
  homeSections,
  queueLink,
  staffQueues,
  supervisedQueues,
  taskCandidates,
  taskOpen,
  unitQueues,
} from './home'

/** The role table's permissions (server/src/domain/access/permissions.cpp). */
const ROLES: Record<string, { perms: Permission[]; role: RoleName }> = {
  deputy: { role: 'deputy', perms: ['org.read', 'suggestion.draft'] },
  officer: { role: 'unit_officer', perms: ['org.read', 'suggestion.handle'] },
  head: { role: 'unit_head', perms: ['org.read', 'suggestion.handle', 'suggestion.sign_off'] },
  staff: {
    role: 'liaison_staff',
    perms: ['org.read', 'suggestion.read', 'suggestion.review', 'suggestion.manage', 'supervision.manage'],
  },
  leader: { role: 'leader', perms: ['org.read', 'user.read', 'deputy.read', 'suggestion.read'] },
  committee: { role: 'committee_staff', perms: ['org.read', 'deputy.read', 'suggestion.read'] },
  sysadmin: { role: 'system_admin', perms: ['org.read', 'org.manage', 'user.read', 'user.manage'] },
  auditor: { role: 'audit_admin', perms: ['audit.read', 'audit.export'] },
}

function sectionsOf(...names: string[]) {
  const perms = new Set(names.flatMap((n) => ROLES[n].perms))
  const roles = names.map((n) => ROLES[n].role)
  return homeSections(
    (...p) => p.some((x) => perms.has(x)),
    (...r) => r.some((x) => roles.includes(x)),
  )
}

const on = (s: Record<string, boolean>) =>
  Object.entries(s)
    .filter(([, v]) => v)
    .map(([k]) => k)

function summary(changes: Partial<Summary>): Summary {
  return { ...SUGGESTION, ...changes } as Summary
}

describe('home sections', () => {
  it('shows each role its own work', () => {
    expect(on({ ...sectionsOf('deputy') })).toEqual(['deputy'])
    expect(on({ ...sectionsOf('officer') })).toEqual(['unit', 'unitFigures'])
    expect(on({ ...sectionsOf('head') })).toEqual(['unit', 'unitHead', 'unitFigures'])
    expect(on({ ...sectionsOf('staff') })).toEqual(['review', 'staff', 'figures'])
    expect(on({ ...sectionsOf('leader') })).toEqual(['supervised', 'figures'])
    expect(on({ ...sectionsOf('committee') })).toEqual(['figures'])
    expect(on({ ...sectionsOf('sysadmin') })).toEqual(['orgOverview'])
    expect(on({ ...sectionsOf('auditor') })).toEqual([])
    expect(hasWork(sectionsOf('sysadmin'))).toBe(false)
    // A user holding several roles sees each one's work.
    expect(on({ ...sectionsOf('deputy', 'leader') })).toEqual(['deputy', 'supervised', 'figures'])
  })

  it('gives a unit its queues, the head 待签发 as well', () => {
    expect(unitQueues(false).map((q) => q.key)).toEqual(['sign_for', 'handling', 'rehandling', 'due_soon', 'overdue'])
    expect(unitQueues(true).map((q) => q.key)).toEqual([
      'sign_for',
      'handling',
      'rehandling',
      'answer_drafted',
      'due_soon',
      'overdue',
    ])
    expect(unitQueues(true).every((q) => q.query.box === 'unit')).toBe(true)
    expect(queueLink(unitQueues(false)[0].query)).toEqual({
      name: 'suggestions',
      query: { box: 'unit', state: 'assigned' },
    })
  })

  it('gives the committee its reviews and assignments, a leader the items they supervise', () => {
    expect(staffQueues(true, true).map((q) => [q.key, q.query])).toEqual([
      ['review_initial', { box: 'review', state: 'submitted' }],
      ['review_final', { box: 'review', state: 'initial_reviewed' }],
      ['unassigned', { state: 'accepted' }],
      ['reassignment', { state: 'reassignment_requested' }],
      ['overdue', { flag: 'overdue' }],
      ['very_overdue', { flag: 'very_overdue' }],
    ])
    expect(staffQueues(true, false).map((q) => q.key)).toEqual(['review_initial'])
    expect(supervisedQueues().map((q) => q.query)).toEqual([
      { box: 'supervised' },
      { box: 'supervised', flag: 'overdue' },
      { box: 'supervised', flag: 'due_soon' },
    ])
  })
})

describe("a deputy's suggestions", () => {
  const items = [
    summary({ id: 1, state: 'draft' }),
    summary({ id: 2, state: 'returned' }),
    summary({ id: 3, state: 'handling' }),
    summary({ id: 4, state: 'handling' }),
    summary({ id: 5, state: 'follow_up' }),
    summary({ id: 6, state: 'answered' }),
    summary({ id: 7, state: 'withdrawn' }),
  ]

  it('counts them by stage, each linking to 我的建议 in its state', () => {
    const groups = groupCounts(countByState(items))
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ['draft', 2],
      ['review', 0],
      ['handling', 3],
      ['answered', 1],
      ['closed', 0],
    ])
    expect(groups[2].states).toEqual([
      { state: 'handling', count: 2 },
      { state: 'follow_up', count: 1 },
    ])
    // One state: that state; several: all of 我的建议 (each state links under it); none: the first.
    expect(groupLink(groups[3])).toEqual({ name: 'my-suggestions', query: { state: 'answered' } })
    expect(groupLink(groups[2])).toEqual({ name: 'my-suggestions' })
    expect(groupLink(groups[1])).toEqual({ name: 'my-suggestions', query: { state: 'submitted' } })
  })

  it('finds what may wait for the deputy, and keeps what the item still offers', () => {
    const mine = 7
    const list = [
      summary({ id: 1, state: 'returned', lead_person_id: mine }),
      summary({ id: 2, state: 'cosigning', lead_person_id: 9 }),
      summary({ id: 3, state: 'cosigning', lead_person_id: mine }),
      summary({ id: 4, state: 'answered', lead_person_id: mine }),
      summary({ id: 5, state: 'follow_up', lead_person_id: mine }),
      summary({ id: 6, state: 'follow_up', lead_person_id: 9 }),
    ]
    const { sure, check } = taskCandidates(list, mine)
    expect(sure.map((t) => [t.kind, t.item.id])).toEqual([['returned', 1]])
    expect(check.map((t) => [t.kind, t.item.id])).toEqual([
      ['invitation', 2],
      ['evaluate', 4],
      ['look_back', 5],
    ])
    expect(taskOpen(check[0], [{ name: 'cosigner_confirm', enabled: true }])).toBe(true)
    expect(taskOpen(check[0], [{ name: 'cosigner_decline' }])).toBe(false)
    expect(taskOpen(check[2], [{ name: 'look_back', enabled: false }])).toBe(false)
    expect(taskOpen(check[1], [{ name: 'evaluate' }])).toBe(true)
  })
})
