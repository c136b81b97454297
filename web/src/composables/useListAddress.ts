// A list whose filters, page and sort live in the address, so a link or the back button shows
// the same list: the list starts from the address (`restore`, before the first load), each
// search, reset, sort and page change is written back to it, and a changed address (back, a
// link) loads the list it names. `codec` reads the state from `route.query` (dropping what is
// unknown or malformed) and writes it (leaving out what is empty or the default); two states
// that write the same query are the same.
import { watch } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import type { ListState, ListView, SortChange } from './useList'
import type { Paging } from '@/utils/query'

/** A list's whole state as the address keeps it. */
export interface Address<F> extends Paging {
  filters: F
}

export interface AddressCodec<F> {
  read(query: LocationQuery): Address<F>
  write(state: Address<F>): LocationQueryRaw
}

export function useListAddress<T, F extends object, S extends string>(
  list: ListState<T, F, S>,
  codec: AddressCodec<F>,
) {
  const route = useRoute()
  const router = useRouter()
  const routeName = route.name

  function current(): Address<F> {
    return { filters: { ...list.filters }, page: list.page.value, pageSize: list.pageSize.value, sort: list.sort.value }
  }

  function apply(s: Address<F>): void {
    Object.assign(list.filters, s.filters)
    list.page.value = s.page
    list.pageSize.value = s.pageSize
    list.sort.value = s.sort
  }

  const same = (a: Address<F>, b: Address<F>) => JSON.stringify(codec.write(a)) === JSON.stringify(codec.write(b))

  /** Writes the list's state to the address (replacing it) unless it says so already. */
  function sync(): void {
    if (route.name !== routeName) return
    if (same(current(), codec.read(route.query))) return
    void router.replace({ query: codec.write(current()) })
  }

  async function run(p: Promise<void>): Promise<void> {
    await p
    sync()
  }

  watch(
    () => route.query,
    (q) => {
      if (route.name !== routeName) return
      const s = codec.read(q)
      if (same(s, current())) return
      apply(s)
      void list.load()
    },
  )

  /** The list as ListPage drives it, each change written to the address. */
  const view: ListView = {
    ...list,
    search: () => run(list.search()),
    reset: () => run(list.reset()),
    onSortChange: (s: SortChange) => run(list.onSortChange(s)),
    onPageChange: (p: number) => run(list.onPageChange(p)),
    onPageSizeChange: (n: number) => run(list.onPageSizeChange(n)),
  }

  /** Takes the list's state from the address (before the first load). */
  function restore(): void {
    apply(codec.read(route.query))
  }

  return { view, restore, sync }
}
