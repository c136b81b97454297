// One list page: filters, paging, server-side sort, loading and error state.
// Every list route answers `{items, page, page_size, total, total_capped}`.
import { reactive, ref, shallowRef } from 'vue'
import { ElMessage } from 'element-plus'
import { isApiError } from '@/api/client'

export interface PageResult<T> {
  items: T[]
  page: number
  page_size: number
  total: number
  total_capped: boolean
}

export interface ListQuery<S extends string = string> {
  page: number
  page_size: number
  sort?: S[]
}

export interface SortChange {
  prop: string | null
  order: 'ascending' | 'descending' | null
}

/**
 * `S` is the route's sort field type (`SortOf<'/api/v1/...'>`); el-table column props are
 * the API's sort fields.
 */
export function useList<T, F extends object, S extends string = string>(
  fetchPage: (query: ListQuery<S> & Partial<F>) => Promise<PageResult<T>>,
  initialFilters: F,
  options: { pageSize?: number; sort?: string } = {},
) {
  const items = shallowRef<T[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref<string | null>(null)
  const page = ref(1)
  const pageSize = ref(options.pageSize ?? 20)
  const total = ref(0)
  const totalCapped = ref(false)
  const sort = ref<string>(options.sort ?? '')
  const filters = reactive({ ...initialFilters }) as F
  let seq = 0

  function cleanFilters(): Partial<F> {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(filters)) {
      if (v === '' || v === null || v === undefined) continue
      if (Array.isArray(v) && v.length === 0) continue
      out[k] = typeof v === 'string' ? v.trim() : v
    }
    return out as Partial<F>
  }

  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    error.value = null
    try {
      const res = await fetchPage({
        ...cleanFilters(),
        page: page.value,
        page_size: pageSize.value,
        ...(sort.value ? { sort: [sort.value as S] } : {}),
      })
      if (mine !== seq) return
      // A page past the end (after a delete, or a shrinking filter): go to the last page.
      if (res.items.length === 0 && res.total > 0 && page.value > 1) {
        page.value = Math.max(1, Math.ceil(res.total / pageSize.value))
        return load()
      }
      items.value = res.items
      total.value = res.total
      totalCapped.value = res.total_capped
      loaded.value = true
    } catch (e) {
      if (mine !== seq) return
      const msg = isApiError(e) ? e.detail : String(e)
      error.value = msg
      if (!isApiError(e) || e.status !== 401) ElMessage.error(msg)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  function reset(): Promise<void> {
    Object.assign(filters, initialFilters)
    sort.value = options.sort ?? ''
    return search()
  }

  /** el-table `sort-change` with `sortable="custom"`: the column prop is the API sort field. */
  function onSortChange({ prop, order }: SortChange): Promise<void> {
    sort.value = prop && order ? `${order === 'descending' ? '-' : ''}${prop}` : (options.sort ?? '')
    return search()
  }

  function onPageChange(p: number): Promise<void> {
    page.value = p
    return load()
  }

  function onPageSizeChange(size: number): Promise<void> {
    pageSize.value = size
    return search()
  }

  /** Non-empty filters besides paging: decides which empty text to show. */
  function filtered(): boolean {
    return Object.keys(cleanFilters()).length > 0
  }

  return {
    items,
    loading,
    loaded,
    error,
    page,
    pageSize,
    total,
    totalCapped,
    sort,
    filters,
    load,
    search,
    reset,
    onSortChange,
    onPageChange,
    onPageSizeChange,
    filtered,
  }
}
