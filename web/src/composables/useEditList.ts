// A list page whose rows are created and edited in one dialog: the list (useList), the dialog
// (useEditDialog) and what ties them — 新增 opens it on the page's blank values, 编辑 on the
// row's, and a save runs the create or the edit call, then `saved` (forget a cached name, say
// what happened) and reloads the list. The page draws it with components/EditListPage.vue
// (given this as `page`), or with ListPage and FormDialog where its table is its own.
import type { Ref } from 'vue'
import type { ListState, ListView } from './useList'
import { useEditDialog, type SaveOptions } from './useEditDialog'

export interface EditListOptions<T, F> {
  /** May the caller create and edit (the 新增 button, the 操作 column). */
  canManage: Readonly<Ref<boolean>>
  /** The form's values for a new row. */
  blank: () => F
  /** The form's values for editing `row`. */
  values: (row: T) => F
  /** The create call (`row` null) or the edit call; its answer goes to `saved`. */
  save: (row: T | null) => Promise<unknown>
  /** How the save reports: a unique field, quiet … (a function: by the row saved). */
  saveOptions?: SaveOptions | ((row: T | null) => SaveOptions)
  /** After a save, before the list reloads. */
  saved?: (row: T | null, answer: unknown) => void
  /** 删除 (none without): the question for a row, the call, and which rows offer it (all by default). */
  remove?: { question: (row: T) => string; call: (row: T) => Promise<unknown>; allowed?: (row: T) => boolean }
}

export function useEditList<T, F extends object>(
  list: ListView & Pick<ListState, 'load' | 'confirmDelete'>,
  form: F,
  opts: EditListOptions<T, F>,
) {
  const dialog = useEditDialog<T, F>(form)

  function openCreate(): void {
    dialog.show(null, opts.blank())
  }

  function openEdit(row: T): void {
    dialog.show(row, opts.values(row))
  }

  /** Saves the dialog's form; true when saved (the list is reloaded by then). */
  async function save(): Promise<boolean> {
    const row = dialog.editing.value
    const options = typeof opts.saveOptions === 'function' ? opts.saveOptions(row) : opts.saveOptions
    let answer: unknown
    const ok = await dialog.saveWith(async (r) => {
      answer = await opts.save(r)
    }, options)
    if (!ok) return false
    opts.saved?.(row, answer)
    await list.load()
    return true
  }

  /** Whether `row` offers 删除. */
  function deletable(row: T): boolean {
    return !!opts.remove && (opts.remove.allowed?.(row) ?? true)
  }

  /** Asks, deletes, says 删除成功 and reloads (list.confirmDelete); true when deleted. */
  function remove(row: T): Promise<boolean> {
    const r = opts.remove
    if (!r) return Promise.resolve(false)
    return list.confirmDelete(r.question(row), () => r.call(row))
  }

  return { list, dialog, canManage: opts.canManage, openCreate, openEdit, save, deletable, remove }
}

/** What EditListPage reads and calls, whatever the row and the form. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EditList = ReturnType<typeof useEditList<any, any>>
