// Filters as an API call's query parameters: a text is sent trimmed, and an empty one (a blank
// text, nothing picked) is left out — undefined, which the client does not send. And a list's
// page, size and sort in the address, with the readers of its values.
import type { LocationQuery, LocationQueryRaw } from 'vue-router'

export type QueryOf<F> = { [K in keyof F]: Exclude<F[K], '' | null> | undefined }

export function compactQuery<F extends object>(filters: F): QueryOf<F> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(filters)) {
    const value = typeof v === 'string' ? v.trim() : v
    out[k] = value === '' || value === null ? undefined : value
  }
  return out as QueryOf<F>
}

// A list's state in the address (`route.query`): what a link or the back button brings back.

type QueryValue = LocationQuery[string] | undefined

/** A query value as text ('' when absent; the first of a repeated one). */
export function queryText(v: QueryValue): string {
  const first = Array.isArray(v) ? v[0] : v
  return typeof first === 'string' ? first : ''
}

/** A query value as a positive whole number (an id, a page, a year); null otherwise. */
export function queryInt(v: QueryValue): number | null {
  const s = queryText(v)
  return /^[1-9]\d{0,15}$/.test(s) ? Number(s) : null
}

/** The page sizes the pager offers. */
export const PAGE_SIZES = [10, 20, 50, 100]

/** A list's page, page size and sort as the address keeps them. */
export interface Paging<S extends string = string> {
  page: number
  pageSize: number
  sort: S | ''
}

/** Reads the paging from `route.query`: a sort not in `sorts` or a size the pager lacks is dropped. */
export function pagingFromQuery<S extends string>(
  query: LocationQuery,
  sorts: readonly S[],
  defaultPageSize = 20,
): Paging<S> {
  const sort = queryText(query.sort)
  const pageSize = queryInt(query.page_size)
  return {
    page: queryInt(query.page) ?? 1,
    pageSize: pageSize && PAGE_SIZES.includes(pageSize) ? pageSize : defaultPageSize,
    sort: (sorts as readonly string[]).includes(sort) ? (sort as S) : '',
  }
}

/** The paging as query parameters: no sort, page 1 and the default size left out. */
export function pagingToQuery(p: Paging, defaultPageSize = 20): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  if (p.sort) out.sort = p.sort
  if (p.page > 1) out.page = String(p.page)
  if (p.pageSize !== defaultPageSize) out.page_size = String(p.pageSize)
  return out
}
