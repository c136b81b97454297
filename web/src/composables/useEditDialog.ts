// The create / edit dialog of a list page: which row is edited (null: a new one), the form's
// values as it opens, and saving — the create or the edit call, then 新增成功 / 保存成功 and the
// dialog closes; the server's field errors land on the fields (useServerForm). The page draws
// it with components/FormDialog.vue (given this state as `dialog`) and reloads its list after
// a save.
import { ref, shallowRef } from 'vue'
import { i18n } from '@/i18n'
import { useServerForm, type SubmitOptions } from './useServerForm'

export interface SaveOptions extends SubmitOptions {
  /** The page reports the outcome itself (say, done vs. waiting for approval). */
  quiet?: boolean
}

export function useEditDialog<T, F extends object>(form: F) {
  const server = useServerForm()
  const open = ref(false)
  const editing = shallowRef<T | null>(null)

  /** Opens the dialog on `row` (null: a new one) with the form's values. */
  function show(row: T | null, values: F): void {
    editing.value = row
    Object.assign(form, values)
    open.value = true
    server.reset()
  }

  /**
   * Runs `action` with the edited row (null: create); on success says 保存成功 / 新增成功 (or
   * `success`, or nothing when `quiet`) and closes the dialog. True on success.
   */
  async function saveWith(action: (row: T | null) => Promise<unknown>, opts: SaveOptions = {}): Promise<boolean> {
    const row = editing.value
    const t = i18n.global.t
    const { quiet, ...rest } = opts
    const success = quiet ? undefined : (opts.success ?? (row ? t('common.saved') : t('common.created')))
    const ok = await server.submit(() => action(row), { ...rest, success })
    if (ok) open.value = false
    return ok
  }

  return { ...server, model: form, open, editing, show, saveWith }
}
