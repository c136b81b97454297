// The congress and year a view of one congress's year is for (统计看板, 承办单位考评), kept in
// the address so that a link shows the same view: read from it on opening; the server's
// defaults (the caller's congress, this year) written back once the first answer names them;
// a pick written and the view reloaded.
import { computed, ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { todayInBeijing } from '@/utils/format'
import { filtersFromQuery, filtersToQuery, yearChoices, type FigureFilters } from './figures'

export function useCongressYear(reload: () => void) {
  const route = useRoute()
  const router = useRouter()
  const filters = ref<FigureFilters>(filtersFromQuery(route.query))

  function remember(f: FigureFilters): void {
    filters.value = f
    void router.replace({ query: { ...route.query, ...filtersToQuery(f) } })
  }
  /** The server answered for its defaults: they go into the address, once. */
  function adopt(org_node_id: number, year: number): void {
    if (filters.value.org_node_id == null || filters.value.year == null) remember({ org_node_id, year })
  }
  function choose(change: Partial<FigureFilters>): void {
    remember({ ...filters.value, ...change })
    reload()
  }

  const congress = computed({
    get: () => filters.value.org_node_id,
    set: (id: number | null) => {
      if (id != null && id !== filters.value.org_node_id) choose({ org_node_id: id })
    },
  })
  const year = computed({
    get: () => filters.value.year,
    set: (y: number | null) => {
      if (y != null && y !== filters.value.year) choose({ year: y })
    },
  })
  const thisYear = Number(todayInBeijing().slice(0, 4))
  /** The years to pick from: recent ones and the one shown. */
  const years = computed(() => yearChoices(thisYear, filters.value.year))

  return { filters, congress, year, years, adopt }
}
