// 领衔督办分工 (docs/supervision.md, "Leader coverage"): the division of work as the editor keeps
// it — one row per rule, star level and leader empty while a new row is filled in, category ''
// for any category — and the body of PUT /supervision/leaders. The server checks the rules
// again (one per star level and category, each leader one of the congress's).
import type { Schemas } from '@/api/client'

export type LeaderRule = Schemas['LeaderRules']['rules'][number]

/** At most this many rules (the server's limit). */
export const MAX_RULES = 200

export interface RuleRow {
  /** The row's key in the table (rows move as others are removed). */
  key: number
  star_level: number | null
  category: string
  user_id: number | null
}

let nextKey = 1

export function blankRule(): RuleRow {
  return { key: nextKey++, star_level: null, category: '', user_id: null }
}

export function rowsOf(rules: readonly LeaderRule[]): RuleRow[] {
  return rules.map((r) => ({ key: nextKey++, star_level: r.star_level, category: r.category, user_id: r.user_id }))
}

/** The body of PUT /supervision/leaders: the category trimmed, left out for any category. */
export function rulesBody(orgNodeId: number, rows: readonly RuleRow[]) {
  return {
    org_node_id: orgNodeId,
    rules: rows.map((r) => ({
      star_level: r.star_level ?? 0,
      user_id: r.user_id ?? 0,
      ...(r.category.trim() ? { category: r.category.trim() } : {}),
    })),
  }
}

/** The rows say what the stored rules say (in the same order). */
export function sameRules(rows: readonly RuleRow[], rules: readonly LeaderRule[]): boolean {
  return (
    rows.length === rules.length &&
    rows.every(
      (r, i) =>
        r.star_level === rules[i].star_level &&
        r.category.trim() === rules[i].category &&
        r.user_id === rules[i].user_id,
    )
  )
}
