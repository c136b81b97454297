// The counts of a section's queues: each the board's total under the queue's filters, counted
// in parallel; null while counting, undefined when the count failed (the tile reads –).
import { computed, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { QueueLink } from './QueueLinks.vue'
import { countQueue, queueLink, type Queue } from './home'

export function useQueues(queues: () => Queue[]) {
  const { t } = useI18n()
  const counts: Ref<Record<string, number | null | undefined>> = ref({})

  async function load(): Promise<void> {
    const list = queues()
    counts.value = Object.fromEntries(list.map((q) => [q.key, null]))
    await Promise.all(
      list.map(async (q) => {
        let n: number | undefined
        try {
          n = await countQueue(q.query)
        } catch {
          n = undefined
        }
        counts.value = { ...counts.value, [q.key]: n }
      }),
    )
  }

  const links = computed<QueueLink[]>(() =>
    queues().map((q) => ({
      key: q.key,
      label: t(`home.queues.${q.key}`),
      count: q.key in counts.value ? counts.value[q.key] : null,
      to: queueLink(q.query),
      tone: q.tone,
    })),
  )

  return { counts, links, load }
}
