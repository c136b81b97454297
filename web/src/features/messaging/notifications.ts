// The header bell: how many notifications are unread and the latest few, from
// GET /notifications?unread=true. The layout refreshes it every 60 s and on each route change;
// marking read updates the count at once.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, type Schemas } from '@/api/client'

export type Notification = Schemas['Notification']

export const POLL_MS = 60_000

export const useNotificationStore = defineStore('notifications', () => {
  const unread = ref(0)
  const latest = ref<Notification[]>([])
  const failed = ref(false)
  let inflight: Promise<void> | null = null
  let lastAt = 0

  /** Fetches the unread count and the newest unread items; `minGapMs` skips a fresh call. */
  function refresh(minGapMs = 0): Promise<void> {
    if (inflight) return inflight
    if (minGapMs > 0 && Date.now() - lastAt < minGapMs) return Promise.resolve()
    inflight = api
      .get('/api/v1/notifications', { query: { unread: 'true', page_size: 8 } })
      .then((page) => {
        unread.value = page.unread
        latest.value = page.items
        failed.value = false
      })
      .catch(() => {
        failed.value = true
      })
      .finally(() => {
        lastAt = Date.now()
        inflight = null
      })
    return inflight
  }

  async function markRead(id: number): Promise<void> {
    await api.post('/api/v1/notifications/{id}/read', { path: { id } })
    const had = latest.value.some((n) => n.id === id && !n.read_at)
    latest.value = latest.value.filter((n) => n.id !== id)
    if (had) unread.value = Math.max(0, unread.value - 1)
  }

  async function markAllRead(): Promise<number> {
    const res = await api.post('/api/v1/notifications/read-all')
    unread.value = 0
    latest.value = []
    return res.updated
  }

  function clear(): void {
    unread.value = 0
    latest.value = []
    lastAt = 0
  }

  return { unread, latest, failed, refresh, markRead, markAllRead, clear }
})
