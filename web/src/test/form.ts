// Helpers of the component tests that draw a form: a text field (an el-form-item around an
// el-input bound to `form[key]`; `attrs` go to the input).
import { h } from 'vue'
import { ElFormItem, ElInput } from 'element-plus'

export function textItem<F extends Record<K, string>, K extends string>(
  form: F,
  key: K,
  label: string,
  attrs: Record<string, unknown> = {},
) {
  return h(ElFormItem, { label, prop: key }, () =>
    h(ElInput, { modelValue: form[key], 'onUpdate:modelValue': (v: string) => (form[key] = v as F[K]), ...attrs }),
  )
}
