// One list page: filters, paging, server-side sort, loading and error state, and the
// confirmed actions on its rows (delete, deactivate …) that reload it. The page shows it with
// `components/ListPage.vue` (header, filter bar, table, pager).
// Every list route answers `{items, page, page_size, total, total_capped}`.
import { reactive, ref, shallowRef } from 'vue'
import { ElMessage } from 'element-plus'
import { errorText, isUnauthorized, showApiError } from '@/api/errors'
import { i18n } from '@/i18n'
import { confirmed, type Confirmation } from '@/utils/confirm'

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
      error.value = errorText(e)
      if (!isUnauthorized(e)) ElMessage.error(error.value)
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

  /**
   * Asks first; then runs `action`, reports `success` (a text, or a function of the answer,
   * e.g. done vs. filed for approval) and reloads the list. A refusal shows the server's
   * message. True when the action ran and succeeded.
   */
  async function confirmAction(
    question: Confirmation,
    action: () => Promise<unknown>,
    success: string | ((answer: unknown) => void),
  ): Promise<boolean> {
    if (!(await confirmed(question))) return false
    try {
      const answer = await action()
      if (typeof success === 'string') ElMessage.success(success)
      else success(answer)
    } catch (e) {
      showApiError(e)
      return false
    }
    await load()
    return true
  }

  /** 删除: asks (删除确认, a red 删除 button), deletes, says 删除成功 and reloads. */
  function confirmDelete(message: string, action: () => Promise<unknown>): Promise<boolean> {
    const t = i18n.global.t
    return confirmAction(
      { message, title: t('common.deleteTitle'), confirmText: t('common.delete'), danger: true },
      action,
      t('common.deleted'),
    )
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
    confirmAction,
    confirmDelete,
  }
}

/** A `useList` of any row, filter and sort type. */
export type ListState<T = unknown, F extends object = object, S extends string = string> = ReturnType<
  typeof useList<T, F, S>
>

/** What `ListPage.vue` reads and calls. */
export type ListView = Pick<
  ListState,
  | 'items'
  | 'loading'
  | 'loaded'
  | 'page'
  | 'pageSize'
  | 'total'
  | 'totalCapped'
  | 'sort'
  | 'search'
  | 'reset'
  | 'onSortChange'
  | 'onPageChange'
  | 'onPageSizeChange'
  | 'filtered'
>
