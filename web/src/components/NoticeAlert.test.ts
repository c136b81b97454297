// A notice: an el-alert that stays (no close button) with its icon, title and text.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import NoticeAlert from './NoticeAlert.vue'

describe('NoticeAlert', () => {
  it('is an info alert with its icon and no close button, attributes on the alert', () => {
    const w = mount(NoticeAlert, {
      props: { title: '请核对后再保存' },
      attrs: { 'data-test': 'hint', class: 'dialog-alert' },
      global: { plugins: [ElementPlus], stubs: { transition: false } },
    })
    const alert = w.get('[data-test="hint"]')
    expect(alert.classes()).toEqual(expect.arrayContaining(['el-alert', 'el-alert--info', 'dialog-alert']))
    expect(alert.find('.el-alert__icon').exists()).toBe(true)
    expect(alert.find('.el-alert__close-btn').exists()).toBe(false)
    expect(alert.get('.el-alert__title').text()).toBe('请核对后再保存')
    expect(alert.find('.el-alert__description').exists()).toBe(false)
  })

  it('takes the title and the text from its slots', () => {
    const w = mount(NoticeAlert, {
      props: { type: 'warning' },
      slots: { title: '退回修改', default: '请补充调研情况' },
      global: { plugins: [ElementPlus], stubs: { transition: false } },
    })
    expect(w.classes()).toContain('el-alert--warning')
    expect(w.get('.el-alert__title').text()).toBe('退回修改')
    expect(w.get('.el-alert__description').text()).toBe('请补充调研情况')
  })
})
