// A form of one secret field sent on its own — the authenticator's code that turns TOTP on,
// the password that turns it off: the value as typed, the error under the field (a check in
// the browser, else the server's word on that field or its detail), and after a refusal the
// field emptied and focused again. A 401 is the login page's to show.
import { nextTick, ref } from 'vue'
import { isApiError } from '@/api/client'
import { isUnauthorized } from '@/api/errors'

export function useSecretField(serverField: string, focus: () => void) {
  const value = ref('')
  const error = ref('')
  const saving = ref(false)

  function reset(): void {
    value.value = ''
    error.value = ''
    saving.value = false
  }

  /**
   * `problem`: what is wrong with the value as typed ('' when nothing); otherwise runs `call`
   * with it. True when the call succeeded.
   */
  async function submit(problem: string, call: (value: string) => Promise<void>): Promise<boolean> {
    if (saving.value) return false
    if (problem) {
      error.value = problem
      focus()
      return false
    }
    saving.value = true
    error.value = ''
    try {
      await call(value.value)
      return true
    } catch (e) {
      if (isUnauthorized(e)) return false
      error.value = isApiError(e) ? (e.fieldErrors()[serverField] ?? e.detail) : String(e)
      value.value = ''
      await nextTick()
      focus()
      return false
    } finally {
      saving.value = false
    }
  }

  return { value, error, saving, reset, submit }
}
