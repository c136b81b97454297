// GET /suggestions/options, fetched once per signed-in user: answer classes, star levels,
// not-a-suggestion reasons, categories, contact methods, the sessions the user may draft in
// and the units they may assign to. Every form and filter of the area reads it from here.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/api/client'
import { showApiError } from '@/api/errors'
import { useAuthStore } from '@/stores/auth'
import type { Options } from './model'

const EMPTY: Options = {
  answer_classes: [],
  star_levels: [],
  not_suggestion_reasons: [],
  categories: [],
  contact_methods: [],
  raised_in: [],
  answer: '',
  urgent_answer: '',
  sessions: [],
  units: [],
}

export const useSuggestionOptions = defineStore('suggestionOptions', () => {
  const options = ref<Options>(EMPTY)
  const loaded = ref(false)
  let forUser: number | null = null
  let inflight: Promise<Options> | null = null

  /** The options (fetched on first use, again after another user signs in). */
  function ensure(): Promise<Options> {
    const userId = useAuthStore().me?.id ?? null
    if (loaded.value && forUser === userId) return Promise.resolve(options.value)
    if (!inflight) {
      inflight = api
        .get('/api/v1/suggestions/options')
        .then((o) => {
          options.value = o
          loaded.value = true
          forUser = userId
          return o
        })
        .finally(() => {
          inflight = null
        })
    }
    return inflight
  }

  /** Before a form opens: true when the options are there; else false, the failure shown if `report`. */
  async function ready(report = true): Promise<boolean> {
    try {
      await ensure()
      return true
    } catch (e) {
      if (report) showApiError(e)
      return false
    }
  }

  function unitName(id: number | null | undefined): string {
    if (id == null) return ''
    return options.value.units.find((u) => u.id === id)?.name ?? `#${id}`
  }

  function sessionTitle(id: number | null | undefined): string {
    if (id == null) return ''
    return options.value.sessions.find((s) => s.id === id)?.title ?? `#${id}`
  }

  return { options, loaded, ensure, ready, unitName, sessionTitle }
})
