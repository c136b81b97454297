// Leaving a detail page: back where the user came from, or — opened from a link or a
// reload — to the list it belongs to.
import type { RouteLocationRaw, Router } from 'vue-router'

export function goBack(router: Router, fallback: RouteLocationRaw): void {
  if (window.history.state?.back) router.back()
  else void router.push(fallback)
}
