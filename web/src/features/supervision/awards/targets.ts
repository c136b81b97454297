// Whom a round of each kind nominates, as the 提名 dialog searches them: accepted suggestions
// (立案 or later) on the suggestion board, with their session's year when the caller reads the
// sessions (an item of another year is offered but cannot be picked); active handling units;
// serving deputies by person. Already nominated targets cannot be picked again. The server
// decides whether a target is valid (400 at `target_id`).
import { api } from '@/api/client'
import type { SuggestionState } from '@/features/suggestions/model'
import { i18n } from '@/i18n'
import type { AwardKind } from './awards'

/** One target as the picker offers it. */
export interface Target {
  id: number
  label: string
  note: string
  /** Why it cannot be picked ('' when it can). */
  blocked: string
}

/** The states of an accepted suggestion (立案 or later; not withdrawn). */
export const ACCEPTED_STATES: SuggestionState[] = [
  'accepted',
  'assigned',
  'handling',
  'reassignment_requested',
  'answer_drafted',
  'answered',
  'rehandling',
  'follow_up',
  'closed',
]

const PAGE = 50

/** Session id → the year it opened, for the sessions the caller reads (none when they may not). */
export async function sessionYears(): Promise<Map<number, number>> {
  try {
    const res = await api.get('/api/v1/org/sessions', { query: { page_size: 100 } })
    return new Map(res.items.map((s) => [s.id, Number(s.opens_on.slice(0, 4))]))
  } catch {
    return new Map()
  }
}

export interface SearchContext {
  kind: AwardKind
  /** The round's year: a suggestion of another year is not valid. */
  year: number
  /** Targets nominated already. */
  nominated: readonly number[]
  /** Session id → year (sessionYears). */
  years: ReadonlyMap<number, number>
}

/** The targets matching `q` for a round of `ctx.kind`. */
export async function searchTargets(ctx: SearchContext, q: string): Promise<Target[]> {
  const t = i18n.global.t
  const query = q.trim() || undefined
  const block = (id: number, otherwise = '') =>
    ctx.nominated.includes(id) ? t('supervision.awards.nominate.nominated') : otherwise
  switch (ctx.kind) {
    case 'suggestion': {
      const res = await api.get('/api/v1/suggestions', { query: { q: query, page_size: PAGE, sort: ['number'] } })
      return res.items
        .filter((s) => ACCEPTED_STATES.includes(s.state))
        .map((s) => {
          const year = ctx.years.get(s.session_id)
          const otherYear =
            year != null && year !== ctx.year ? t('supervision.awards.nominate.otherYear', { year: ctx.year }) : ''
          return {
            id: s.id,
            label: s.number_text ? `${s.number_text} ${s.title}` : s.title,
            note: [s.lead_name, s.session_title, s.state_title].filter(Boolean).join(' · '),
            blocked: block(s.id, otherYear),
          }
        })
    }
    case 'unit': {
      const res = await api.get('/api/v1/org/units', { query: { q: query, active: 'true', page_size: PAGE } })
      return res.items.map((u) => ({ id: u.id, label: u.name, note: u.code, blocked: block(u.id) }))
    }
    case 'deputy': {
      const res = await api.get('/api/v1/deputies', { query: { q: query, status: 'serving', page_size: PAGE } })
      const seen = new Set<number>()
      const out: Target[] = []
      for (const d of res.items) {
        if (d.id == null || seen.has(d.id)) continue
        seen.add(d.id)
        const m = d.mandate
        out.push({
          id: d.id,
          label: d.name ?? '',
          note: [m?.org_name, m?.delegation].filter(Boolean).join(' · '),
          blocked: block(d.id),
        })
      }
      return out
    }
  }
}
