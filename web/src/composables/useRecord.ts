// The one record a detail page shows: loading it, and why it is not there — not found (a 404:
// the page says so in place) or another failure (shown as a message, and kept for the page to
// offer 刷新). A 401 is the login page's to show.
import { ref, type Ref } from 'vue'
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
