// The board's filters, page and sort live in the address (composables/useListAddress), so a
// link or the back button shows the same list. 我的建议 (`mine`) never reads or writes the box
// filter: the page always asks for the caller's own.
import type { useList } from '@/composables/useList'
import { useListAddress } from '@/composables/useListAddress'
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
  const withoutBox = (s: ListState): ListState => (mine() ? { ...s, filters: { ...s.filters, box: '' } } : s)
  return useListAddress(list, {
    read: (query) => withoutBox(listStateFromQuery(query)),
    write: (s) => listStateToQuery(withoutBox(s as ListState)),
  })
}
