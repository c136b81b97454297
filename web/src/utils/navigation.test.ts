// Back from a detail page: where the user came from, else the list.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Router } from 'vue-router'
import { goBack } from './navigation'

afterEach(() => window.history.replaceState(null, ''))

describe('goBack', () => {
  it('goes back when there is a page to go back to, else to the list', () => {
    const router = { back: vi.fn(), push: vi.fn(async () => undefined) } as unknown as Router
    goBack(router, { name: 'deputies' })
    expect(router.push).toHaveBeenCalledWith({ name: 'deputies' })
    window.history.replaceState({ back: '/deputies' }, '')
    goBack(router, { name: 'deputies' })
    expect(router.back).toHaveBeenCalledOnce()
  })
})
