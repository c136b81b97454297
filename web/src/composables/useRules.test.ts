// The form checks every form uses, with their messages.
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import { useRules } from './useRules'

function rules(): ReturnType<typeof useRules> {
  let r!: ReturnType<typeof useRules>
  mount(
    defineComponent({
      setup() {
        r = useRules()
        return () => h('div')
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return r
}

describe('useRules', () => {
  it('writes the checks of a text, a value to fill or to pick, and a length', () => {
    const { text, filled, picked, maxLength } = rules()
    expect(text('单位名称', 100)).toEqual([
      { required: true, whitespace: true, message: '请填写单位名称' },
      { max: 100, message: '单位名称不能超过 100 个字' },
    ])
    expect(text('民族')).toEqual([{ required: true, whitespace: true, message: '请填写民族' }])
    expect(filled('密码')).toEqual([{ required: true, message: '请填写密码' }])
    expect(picked('届次')).toEqual([{ required: true, message: '请选择届次' }])
    expect(maxLength('备注', 20)).toEqual([{ max: 20, message: '备注不能超过 20 个字' }])
  })
})
