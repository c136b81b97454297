// A row's action in a list read whole: it spins while its own row's action runs, waits while
// any row's does, and passes its attributes (data-test, the click) to the button.
import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import ItemAction from './ItemAction.vue'

function mountAction(busy: number | null, onClick = vi.fn()) {
  return mount(ItemAction, {
    props: { busy, rowId: 4, type: 'danger' },
    attrs: { 'data-test': 'end-session', onClick },
    slots: { default: () => '强制下线' },
    global: { plugins: [ElementPlus] },
  })
}

describe('ItemAction', () => {
  it('runs when nothing else does', async () => {
    const onClick = vi.fn()
    const w = mountAction(null, onClick)
    const b = w.get('button[data-test="end-session"]')
    expect(b.text()).toBe('强制下线')
    expect(b.classes()).toEqual(expect.arrayContaining(['is-link', 'el-button--danger']))
    expect(b.attributes('disabled')).toBeUndefined()
    await b.trigger('click')
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('spins for its own row and waits for another', () => {
    const own = mountAction(4).get('button')
    expect(own.classes()).toContain('is-loading')
    expect(own.attributes('disabled')).toBeDefined()
    const other = mountAction(7).get('button')
    expect(other.classes()).not.toContain('is-loading')
    expect(other.attributes('disabled')).toBeDefined()
  })
})
