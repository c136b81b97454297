// The board's list state in the address: it starts from the address, a search or a page
// change writes it back (empty filters, page 1 and the default size left out; 我的建议 never
// writes the box), and a changed address loads the list it names.
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { RouterView, createMemoryHistory, createRouter } from 'vue-router'
import { useList, type PageResult } from '@/composables/useList'
import { EMPTY_FILTERS, type SuggestionFilters, type SuggestionSort, type Summary } from '../model'
import { useBoardAddress } from './useBoardAddress'

async function setup(path: string, mine = false) {
  const fetchPage = vi.fn(async () => ({ items: [], page: 1, page_size: 20, total: 0, total_capped: false }))
  let board!: ReturnType<typeof useBoardAddress>
  let list!: ReturnType<typeof useList<Summary, SuggestionFilters, SuggestionSort>>
  const Board = defineComponent({
    setup() {
      list = useList<Summary, SuggestionFilters, SuggestionSort>(
        fetchPage as unknown as () => Promise<PageResult<Summary>>,
        { ...EMPTY_FILTERS },
      )
      board = useBoardAddress(list, () => mine)
      return () => h('div')
    },
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/suggestions', name: 'suggestions', component: Board }],
  })
  await router.push(path)
  const w = mount(RouterView, { global: { plugins: [router] } })
  await flushPromises()
  return { w, router, fetchPage, board, list }
}

describe('useBoardAddress', () => {
  it('starts from the address and writes searches and pages back to it', async () => {
    const { router, board, list } = await setup('/suggestions?state=handling&page=2&box=unit')
    board.restore()
    expect(list.filters.state).toBe('handling')
    expect(list.filters.box).toBe('unit')
    expect(list.page.value).toBe(2)

    list.filters.q = '校车'
    await board.view.search()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '校车', state: 'handling', box: 'unit' })

    await board.view.onPageChange(3)
    await flushPromises()
    expect(router.currentRoute.value.query).toMatchObject({ page: '3' })
  })

  it('leaves out the box on 我的建议', async () => {
    const { router, board, list } = await setup('/suggestions?box=unit', true)
    board.restore()
    expect(list.filters.box).toBe('')
    list.filters.flag = 'overdue'
    await board.view.search()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ flag: 'overdue' })
  })

  it('loads the list a changed address names', async () => {
    const { router, board, list, fetchPage } = await setup('/suggestions')
    board.restore()
    await router.push('/suggestions?flag=very_overdue')
    await flushPromises()
    expect(list.filters.flag).toBe('very_overdue')
    expect(fetchPage).toHaveBeenCalledTimes(1)
    await router.push('/suggestions?flag=very_overdue')
    await flushPromises()
    expect(fetchPage).toHaveBeenCalledTimes(1)
  })
})
