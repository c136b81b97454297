// A picker's options: the latest request wins, a failed one leaves none, clear drops the one out;
// the options of a parent record are fetched as it changes and as the user types, none without it.
import { describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { useLatest, useOptionsOf } from './useLatest'

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('useLatest', () => {
  it('keeps the answer of the latest request only', async () => {
    const answers = [deferred<string[]>(), deferred<string[]>()]
    let n = 0
    const l = useLatest((_q: string) => answers[n++].promise)
    const first = l.run('教')
    const second = l.run('教育')
    expect(l.loading.value).toBe(true)
    answers[1].resolve(['省教育厅'])
    expect(await second).toEqual(['省教育厅'])
    answers[0].resolve(['省教育厅', '市教育局'])
    expect(await first).toBeNull()
    expect(l.items.value).toEqual(['省教育厅'])
    expect(l.loading.value).toBe(false)
  })

  it('leaves no options after a failure, and clear drops the request out', async () => {
    const l = useLatest(async (fail: boolean) => (fail ? Promise.reject(new Error('x')) : ['甲']))
    await l.run(false)
    expect(await l.run(true)).toBeNull()
    expect(l.items.value).toEqual([])
    const out = l.run(false)
    l.clear()
    expect(await out).toBeNull()
    expect([l.items.value, l.loading.value]).toEqual([[], false])
  })
})

describe('useOptionsOf', () => {
  it('fetches for the parent as it changes and as the user types, and has none without one', async () => {
    const parent = ref<number | null>(4)
    const fetch = vi.fn(async (id: number, q: string) => [`${id}:${q}`])
    const changed = vi.fn()
    const o = useOptionsOf(() => parent.value, fetch, changed)
    await flushPromises()
    expect(o.items.value).toEqual(['4:'])
    expect(changed).toHaveBeenLastCalledWith(['4:'])

    await o.search('教育')
    expect(o.items.value).toEqual(['4:教育'])

    parent.value = null
    await nextTick()
    await flushPromises()
    expect(o.items.value).toEqual([])
    expect(changed).toHaveBeenLastCalledWith(null)
    expect(await o.search('x')).toBeNull()
    expect(fetch).toHaveBeenCalledTimes(2)

    parent.value = 7
    await nextTick()
    await flushPromises()
    expect(fetch).toHaveBeenLastCalledWith(7, '')
    expect(changed).toHaveBeenLastCalledWith(['7:'])
  })
})
