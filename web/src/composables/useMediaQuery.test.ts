// The phone width follows the browser's media query as it changes.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { PHONE_QUERY, useIsPhone } from './useMediaQuery'

afterEach(() => vi.unstubAllGlobals())

describe('useIsPhone', () => {
  it('matches the phone width and follows changes', () => {
    let listener: ((e: MediaQueryListEvent) => void) | null = null
    const matchMedia = vi.fn((query: string) => ({
      matches: query === PHONE_QUERY,
      addEventListener: (_: string, l: (e: MediaQueryListEvent) => void) => (listener = l),
      removeEventListener: vi.fn(),
    }))
    vi.stubGlobal('matchMedia', matchMedia)
    const scope = effectScope()
    const isPhone = scope.run(() => useIsPhone())!
    expect(matchMedia).toHaveBeenCalledWith('(max-width: 768px)')
    expect(isPhone.value).toBe(true)
    listener!({ matches: false } as MediaQueryListEvent)
    expect(isPhone.value).toBe(false)
    scope.stop()
  })
})
