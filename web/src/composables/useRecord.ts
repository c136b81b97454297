// The one record a detail page shows: loading it, and why it is not there — not found (a 404:
// the page says so in place) or another failure (shown as a message, and kept for the page to
// offer 刷新). A 401 is the login page's to show.
import { computed, onMounted, ref, watch, type Ref } from 'vue'
import { useRoute } from 'vue-router'
import { isApiError } from '@/api/client'
import { errorText, showApiError } from '@/api/errors'

export function useRecord<T>(fetch: () => Promise<T>) {
  const data = ref(null) as Ref<T | null>
  const loading = ref(false)
  const notFound = ref(false)
  const loadError = ref('')

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = ''
    try {
      data.value = await fetch()
      notFound.value = false
    } catch (e) {
      if (isApiError(e) && e.status === 404) notFound.value = true
      else if (showApiError(e)) loadError.value = errorText(e)
    } finally {
      loading.value = false
    }
  }

  return { data, loading, notFound, loadError, load }
}

/** A detail page's record as useRecord keeps it (components/RecordPage.vue draws its states). */
export type RecordState<T = unknown> = ReturnType<typeof useRecord<T>>

/**
 * The record of the page's address (`:id`): loaded as the page opens and again when the id
 * changes, after `changed` (the page forgets what belonged to the last one, or the record).
 */
export function useRouteRecord<T>(fetch: (id: number) => Promise<T>, changed?: (data: Ref<T | null>) => void) {
  const route = useRoute()
  const id = computed(() => Number(route.params.id))
  const record = useRecord(() => fetch(id.value))
  onMounted(record.load)
  watch(id, () => {
    changed?.(record.data)
    void record.load()
  })
  return { id, ...record }
}
