// A dialog form: client validation first, then the request; the server's field errors
// (problem+json `errors[]`) are shown on the matching fields, other problems as a message.
import { nextTick, reactive, ref, watch } from 'vue'
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
  /** The form's name of a field the server names otherwise (`commitments[0].due` → `commitments.0.due_on`). */
  fieldName?: (server: string) => string
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

  /** Shows the browser's own checks (messages by field) in place of any shown; true when there are any. */
  function showErrors(errors: Record<string, string>): boolean {
    clearErrors()
    Object.assign(fieldErrors, errors)
    return Object.keys(errors).length > 0
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
          const field = opts.fieldName ? opts.fieldName(fe.field) : fe.field
          if (fields.has(field)) {
            if (!(field in fieldErrors)) fieldErrors[field] = fe.message
          } else {
            unmatched.push(`${field}：${fe.message}`)
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

  return { formRef, bindForm, saving, fieldErrors, submit, reset, clearErrors, showErrors }
}

/** A field's value at a dotted path (`commitments.0.due_on`), as text to compare. */
function valueAt(form: object, key: string): string {
  let v: unknown = form
  for (const part of key.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined
  return JSON.stringify(v ?? null)
}

/**
 * For a form checked on save rather than by el-form rules: a field's error (the server's or
 * the browser's) goes away as soon as that field's value changes.
 */
export function clearErrorsOnChange(form: object, fieldErrors: Record<string, string>): void {
  const errorValues = new Map<string, string>()
  watch(
    () => ({ ...fieldErrors }),
    (errs) => {
      for (const k of [...errorValues.keys()]) if (!(k in errs)) errorValues.delete(k)
      for (const k of Object.keys(errs)) if (!errorValues.has(k)) errorValues.set(k, valueAt(form, k))
    },
  )
  watch(
    form,
    () => {
      for (const [k, v] of errorValues) if (valueAt(form, k) !== v) delete fieldErrors[k]
    },
    { deep: true },
  )
}
