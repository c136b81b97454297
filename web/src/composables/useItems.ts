// A list read whole (no paging): its items, loading, and the load error the page shows; and
// the confirmed actions on its rows — ask first, spin that row's button (the others wait),
// report, reload. A refusal shows the server's message; one that means the list is stale
// (say 404: gone, 409: decided elsewhere) reloads it too. A 401 is the login page's to show.
import { ref, shallowRef } from 'vue'
import { ElMessage } from 'element-plus'
import { isApiError } from '@/api/client'
import { errorText, isUnauthorized } from '@/api/errors'
import { confirmed, type Confirmation } from '@/utils/confirm'

export function useItems<T extends { id: number }>(fetchAll: () => Promise<T[]>) {
  const items = shallowRef<T[]>([])
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  /** The row whose action runs. */
  const busy = ref<number | null>(null)
  let seq = 0

  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    loadError.value = null
    try {
      const res = await fetchAll()
      if (mine === seq) items.value = res
    } catch (e) {
      if (mine !== seq) return
      items.value = []
      if (!isUnauthorized(e)) loadError.value = errorText(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  /**
   * Asks, then runs `action` for `row`, says `success` and reloads. A refusal with a status in
   * `reloadOn` reloads as well. True when the action ran and succeeded.
   */
  async function act(
    row: T,
    question: Confirmation,
    action: () => Promise<unknown>,
    success: string,
    reloadOn: number[] = [],
  ): Promise<boolean> {
    if (!(await confirmed(question))) return false
    busy.value = row.id
    try {
      await action()
      ElMessage.success(success)
      await load()
      return true
    } catch (e) {
      if (isUnauthorized(e)) return false
      ElMessage.error(errorText(e))
      if (isApiError(e) && reloadOn.includes(e.status)) await load()
      return false
    } finally {
      busy.value = null
    }
  }

  return { items, loading, loadError, busy, load, act }
}
