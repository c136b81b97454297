// A long text: a text area with its limit counted, attributes on the text area itself.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import LongText from './LongText.vue'

describe('LongText', () => {
  it('is a text area with its limit counted, data-test on the text area', async () => {
    const w = mount(LongText, {
      props: { modelValue: '已沟通', max: 200, rows: 3, 'data-test': 'reason' },
      global: { plugins: [ElementPlus] },
    })
    const area = w.get('textarea[data-test="reason"]')
    expect(area.attributes('maxlength')).toBe('200')
    expect(area.attributes('rows')).toBe('3')
    expect(w.get('.el-input__count').text()).toBe('3 / 200')
    await area.setValue('已电话沟通')
    expect(w.emitted('update:modelValue')?.[0]).toEqual(['已电话沟通'])
  })
})
