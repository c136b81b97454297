// Filters as an API call's query parameters: a text is sent trimmed, and an empty one (a blank
// text, nothing picked) is left out — undefined, which the client does not send.

export type QueryOf<F> = { [K in keyof F]: Exclude<F[K], '' | null> | undefined }

export function compactQuery<F extends object>(filters: F): QueryOf<F> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(filters)) {
    const value = typeof v === 'string' ? v.trim() : v
    out[k] = value === '' || value === null ? undefined : value
  }
  return out as QueryOf<F>
}
