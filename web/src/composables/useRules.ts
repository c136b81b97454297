// A form's checks in the browser (el-form rules), with the messages every form uses: 请填写 /
// 请选择 the field, and 不能超过 N 个字. `field` is the field's label as shown.
import { useI18n } from 'vue-i18n'
import type { FormItemRule } from 'element-plus'

export function useRules() {
  const { t } = useI18n()

  /** At most `max` characters. */
  function maxLength(field: string, max: number): FormItemRule[] {
    return [{ max, message: t('common.tooLong', { field, max }) }]
  }

  return {
    /** A text to fill (white space alone is not one), of at most `max` characters when given. */
    text(field: string, max?: number): FormItemRule[] {
      const filled = { required: true, whitespace: true, message: t('common.required', { field }) }
      return max === undefined ? [filled] : [filled, ...maxLength(field, max)]
    },
    /** A value to fill (a number, a password). */
    filled(field: string): FormItemRule[] {
      return [{ required: true, message: t('common.required', { field }) }]
    },
    /** A value to pick. */
    picked(field: string): FormItemRule[] {
      return [{ required: true, message: t('common.requiredSelect', { field }) }]
    },
    maxLength,
  }
}
