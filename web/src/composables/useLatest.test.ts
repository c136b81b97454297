// A picker's options: the latest request wins, a failed one leaves none, clear drops the one out.
import { describe, expect, it } from 'vitest'
import { useLatest } from './useLatest'

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
