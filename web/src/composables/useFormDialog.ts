// A dialog's form: as the dialog opens the form starts afresh (`onOpen` fills it) without the
// last errors; saving runs the call through useServerForm (the server's field errors on the
// fields) and, when it succeeds, closes the dialog and hands back the server's answer. The
// dialog is drawn with components/FormDialog.vue, given this state as `dialog`.
import { watch, type Ref } from 'vue'
import { useServerForm, type SubmitOptions } from './useServerForm'

/** What FormDialog draws a form from: its values, the form's binding, and whether it saves. */
export interface DialogForm {
  model: object
  bindForm: (el: unknown) => void
  saving: Ref<boolean>
}

export function useFormDialog<F extends object>(open: Ref<boolean>, form: F, onOpen?: () => void) {
  const server = useServerForm()

  watch(open, (isOpen) => {
    if (!isOpen) return
    onOpen?.()
    server.reset()
  })

  /** Runs `action`; on success closes the dialog and returns its answer, else undefined. */
  async function saveAndClose<T>(action: () => Promise<T>, opts: SubmitOptions = {}): Promise<T | undefined> {
    let answer: T | undefined
    const ok = await server.submit(async () => {
      answer = await action()
    }, opts)
    if (!ok) return undefined
    open.value = false
    return answer
  }

  return { ...server, model: form, saveAndClose }
}
