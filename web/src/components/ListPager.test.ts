import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import ListPager from './ListPager.vue'

function mountPager(props: { page: number; pageSize: number; total: number; totalCapped?: boolean }) {
  return mount(ListPager, { props, global: { plugins: [ElementPlus, i18n] } })
}

describe('ListPager', () => {
  it('shows the total', () => {
    const w = mountPager({ page: 1, pageSize: 20, total: 43 })
    expect(w.get('[data-test="pager-total"]').text()).toBe('共 43 条')
  })

  it('shows "1000+" when the server stopped counting', () => {
    const w = mountPager({ page: 1, pageSize: 20, total: 1000, totalCapped: true })
    const total = w.get('[data-test="pager-total"]')
    expect(total.text()).toBe('共 1000+ 条')
    expect(total.attributes('title')).toBe('1000+')
  })

  it('emits the page the user picks', async () => {
    const w = mountPager({ page: 1, pageSize: 20, total: 100 })
    await w.get('.el-pager li:nth-child(2)').trigger('click')
    expect(w.emitted('update:page')?.[0]).toEqual([2])
  })
})
