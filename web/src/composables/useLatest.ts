// The options a picker fetches (as the user types, or for the record it belongs to): the
// latest request wins — an older answer that arrives late is dropped — and a failed one
// leaves no options.
import { ref, shallowRef, watch } from 'vue'

export function useLatest<T, A extends unknown[]>(fetch: (...args: A) => Promise<T[]>) {
  const items = shallowRef<T[]>([])
  const loading = ref(false)
  let seq = 0

  /** Fetches; resolves to the items when this was the latest request, else to null. */
  async function run(...args: A): Promise<T[] | null> {
    const mine = ++seq
    loading.value = true
    try {
      const found = await fetch(...args)
      if (mine !== seq) return null
      items.value = found
      return found
    } catch {
      if (mine === seq) items.value = []
      return null
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  /** No options, and any request still out is dropped. */
  function clear(): void {
    seq++
    items.value = []
    loading.value = false
  }

  return { items, loading, run, clear }
}

/**
 * The options of a record's picker that belong to another record (the units or terms of a
 * congress, the deputies of a session): fetched for it as it is set or changes, and as the
 * user types (`search`); none without it. `changed` hears what the new parent's first fetch
 * found (null: no parent, or a later fetch won).
 */
export function useOptionsOf<T>(
  parent: () => number | null | undefined,
  fetch: (parent: number, q: string) => Promise<T[]>,
  changed?: (found: T[] | null) => void,
) {
  const { items, loading, run, clear } = useLatest(fetch)

  function search(q = ''): Promise<T[] | null> {
    const id = parent()
    if (id == null) {
      clear()
      return Promise.resolve(null)
    }
    return run(id, q)
  }

  watch(parent, async () => changed?.(await search('')), { immediate: true })

  return { items, loading, search }
}
