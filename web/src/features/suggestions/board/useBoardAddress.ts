// The board's filters, page and sort live in the address, so a link or the back button shows
// the same list: the list starts from the address, each search, reset, sort and page change
// is written back to it, and a changed address (back, a link) loads the list it names.
// 我的建议 (`mine`) never writes the box filter: the page always asks for the caller's own.
import { watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { ListView, SortChange, useList } from '@/composables/useList'
import {
  listStateFromQuery,
  listStateToQuery,
  type ListState,
  type SuggestionFilters,
  type SuggestionSort,
  type Summary,
} from '../model'

type BoardList = ReturnType<typeof useList<Summary, SuggestionFilters, SuggestionSort>>

export function useBoardAddress(list: BoardList, mine: () => boolean) {
  const route = useRoute()
  const router = useRouter()
  const routeName = route.name

  function currentState(): ListState {
    return {
      filters: { ...list.filters, box: mine() ? '' : list.filters.box },
      page: list.page.value,
      pageSize: list.pageSize.value,
      sort: list.sort.value as SuggestionSort | '',
    }
  }

  function applyState(s: ListState): void {
    Object.assign(list.filters, s.filters)
    if (mine()) list.filters.box = ''
    list.page.value = s.page
    list.pageSize.value = s.pageSize
    list.sort.value = s.sort
  }

  const same = (a: ListState, b: ListState) =>
    JSON.stringify(listStateToQuery(a)) === JSON.stringify(listStateToQuery(b))

  function syncUrl(): void {
    if (route.name !== routeName) return
    if (same(currentState(), listStateFromQuery(route.query))) return
    void router.replace({ query: listStateToQuery(currentState()) })
  }

  async function run(p: Promise<void>): Promise<void> {
    await p
    syncUrl()
  }

  watch(
    () => route.query,
    (q) => {
      if (route.name !== routeName) return
      const s = listStateFromQuery(q)
      if (same(s, currentState())) return
      applyState(s)
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
    applyState(listStateFromQuery(route.query))
  }

  return { view, restore }
}
