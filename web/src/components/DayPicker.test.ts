// A day as the API writes it, with the days outside the allowed span greyed out.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import DayPicker from './DayPicker.vue'

function picker(props: Record<string, unknown>) {
  const w = mount(DayPicker, { props, global: { plugins: [ElementPlus] } })
  return w.findComponent({ name: 'ElDatePicker' })
}

describe('DayPicker', () => {
  it('picks a day as YYYY-MM-DD, or two with `range`', () => {
    expect(picker({ modelValue: '2026-03-10' }).props()).toMatchObject({
      type: 'date',
      valueFormat: 'YYYY-MM-DD',
      format: 'YYYY-MM-DD',
      modelValue: '2026-03-10',
    })
    expect(picker({ modelValue: null, range: true }).props('type')).toBe('daterange')
  })

  it('greys out the days before `not-before` and after `not-after`', () => {
    const disabled = picker({ modelValue: '', notBefore: '2026-03-10', notAfter: '2026-03-20' }).props(
      'disabledDate',
    ) as (d: Date) => boolean
    expect(disabled(new Date(2026, 2, 9))).toBe(true)
    expect(disabled(new Date(2026, 2, 10))).toBe(false)
    expect(disabled(new Date(2026, 2, 20))).toBe(false)
    expect(disabled(new Date(2026, 2, 21))).toBe(true)
    expect(picker({ modelValue: '' }).props('disabledDate')).toBeUndefined()
  })

  it('leaves the days to the page when it passes its own rule', () => {
    const inYear = (d: Date) => d.getFullYear() !== 2026
    expect(picker({ modelValue: '', disabledDate: inYear }).props('disabledDate')).toBe(inYear)
  })
})
