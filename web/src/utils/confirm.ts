// The one question before an action that changes something: a warning box with the action's
// name on the confirm button (red for a delete or a disable) and 取消. The pages, the list
// actions (useList) and the dialogs ask through it.
import { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'

/** The question before an action. */
export interface Confirmation {
  message: string
  /** Default: 操作确认 (common.confirmTitle). */
  title?: string
  /** The confirm button's text. */
  confirmText: string
  /** A red confirm button (delete, disable). */
  danger?: boolean
}

/** Asks; true when the user confirmed, false when they cancelled or closed the box. */
export async function confirmed(question: Confirmation): Promise<boolean> {
  const t = i18n.global.t
  try {
    await ElMessageBox.confirm(question.message, question.title ?? t('common.confirmTitle'), {
      type: 'warning',
      confirmButtonText: question.confirmText,
      cancelButtonText: t('common.cancel'),
      ...(question.danger ? { confirmButtonClass: 'el-button--danger' } : {}),
    })
    return true
  } catch {
    return false
  }
}
