import { onScopeDispose, ref } from 'vue'

/** The app's phone width: one column, cards instead of tables, full-width dialogs. */
export const PHONE_QUERY = '(max-width: 768px)'

/** True while the media query matches (e.g. phone width). */
export function useMediaQuery(query: string) {
  const mql = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null
  const matches = ref(mql?.matches ?? false)
  const onChange = (e: MediaQueryListEvent) => {
    matches.value = e.matches
  }
  mql?.addEventListener('change', onChange)
  onScopeDispose(() => mql?.removeEventListener('change', onChange))
  return matches
}

/** True at phone width (PHONE_QUERY). */
export function useIsPhone() {
  return useMediaQuery(PHONE_QUERY)
}
