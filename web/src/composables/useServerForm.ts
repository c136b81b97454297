// A dialog form: client validation first, then the request; the server's field errors
// (problem+json `errors[]`) are shown on the matching fields, other problems as a message.
import { nextTick, reactive, ref } from 'vue'
import { ElMessage, type FormInstance } from 'element-plus'
import { isApiError } from '@/api/client'
import { showApiError } from '@/api/errors'

export interface SubmitOptions {
  /** Shown after success. */
  success?: string
  /** A field whose uniqueness the server checks: a 409 `conflict` is shown on it. */
  uniqueField?: string
  /** Text for that field (default: the server's detail). */
  uniqueMessage?: string
}

export function useServerForm() {
  const formRef = ref<FormInstance>()
  const saving = ref(false)
  /** Server messages by field, bound to `<el-form-item :error="fieldErrors.x">`. */
  const fieldErrors = reactive<Record<string, string>>({})

  /** Template ref callback: `<el-form :ref="bindForm">`. */
  function bindForm(el: unknown): void {
    formRef.value = (el ?? undefined) as FormInstance | undefined
  }

  function clearErrors(): void {
    for (const k of Object.keys(fieldErrors)) delete fieldErrors[k]
  }

  function reset(): void {
    clearErrors()
    formRef.value?.clearValidate()
  }

  /** Validates, runs `action`, maps errors. True on success. */
  async function submit(action: () => Promise<unknown>, opts: SubmitOptions = {}): Promise<boolean> {
    if (saving.value) return false
    clearErrors()
    if (formRef.value) {
      const valid = await formRef.value.validate().catch(() => false)
      if (!valid) return false
    }
    saving.value = true
    try {
      await action()
      if (opts.success) ElMessage.success(opts.success)
      return true
    } catch (e) {
      if (!isApiError(e)) {
        ElMessage.error(String(e))
        return false
      }
      await nextTick()
      if (e.errors.length > 0) {
        const unmatched: string[] = []
        const fields = new Set((formRef.value?.fields ?? []).map((f) => String(f.prop)))
        for (const fe of e.errors) {
          if (fields.has(fe.field)) {
            if (!(fe.field in fieldErrors)) fieldErrors[fe.field] = fe.message
          } else {
            unmatched.push(`${fe.field}：${fe.message}`)
          }
        }
        ElMessage.error(unmatched.length ? `${e.detail}（${unmatched.join('；')}）` : e.detail)
      } else if (e.code === 'conflict' && opts.uniqueField) {
        fieldErrors[opts.uniqueField] = opts.uniqueMessage ?? e.detail
        ElMessage.error(e.detail)
      } else {
        showApiError(e)
      }
      return false
    } finally {
      saving.value = false
    }
  }

  return { formRef, bindForm, saving, fieldErrors, submit, reset, clearErrors }
}
