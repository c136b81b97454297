// A page's card: title row (back, title, description, buttons), then the controls above, the
// load error and the content, in that order.
import { describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import PageCard from './PageCard.vue'

describe('PageCard', () => {
  it('draws the title row and then the controls, the load error and the content', async () => {
    const onBack = vi.fn()
    const w = mount(PageCard, {
      props: { title: '批量导入', desc: '从 Excel 导入', error: '加载失败', back: true, onBack },
      slots: {
        actions: () => h('button', { class: 'act' }, '刷新'),
        top: () => h('div', { class: 'tabs' }),
        default: () => h('div', { class: 'content' }),
      },
      global: { plugins: [ElementPlus, i18n] },
    })
    expect(w.get('h2.page-title').text()).toBe('批量导入')
    expect(w.get('.page-desc').text()).toBe('从 Excel 导入')
    expect(w.find('.head-actions .act').exists()).toBe(true)
    const order = [...w.get('.el-card__body').element.children].map((e) => e.className.split(' ')[0])
    expect(order).toEqual(['tabs', 'load-error', 'content'])
    await w.get('button[aria-label="返回"]').trigger('click')
    expect(onBack).toHaveBeenCalledOnce()
  })

  it('is a section with a smaller title and no back button', () => {
    const w = mount(PageCard, { props: { title: '代表资格', sub: true }, global: { plugins: [ElementPlus, i18n] } })
    expect(w.get('h3.page-title').text()).toBe('代表资格')
    expect(w.find('button').exists()).toBe(false)
    expect(w.find('.el-alert').exists()).toBe(false)
  })
})
