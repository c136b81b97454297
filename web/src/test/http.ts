// Helpers of the component tests that run against a mocked fetch: answers as the server writes
// them (JSON, or problem+json for an error), and waiting until the page has drawn the result.
import { afterEach, beforeEach, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { configureClient } from '@/api/client'

/** A server answer: JSON, or problem+json for an error status. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  })
}

/** A problem+json body as the server writes it. */
export function problem(status: number, code: string, detail: string, errors: unknown[] = []) {
  return { type: 'about:blank', title: detail, status, code, detail, request_id: 'r-1', errors }
}

/** The server's 400 for a form with field errors (`errors`: field and message). */
export function invalidFields(errors: { field: string; message: string }[]) {
  return {
    ...problem(400, 'invalid_argument', '输入有误，请检查标出的字段', errors),
    code: 'invalid_argument' as const,
    errors,
  }
}

/** Lets the promises run, then waits `ms` (Element Plus shows a field's error after a debounce) and again. */
export async function settle(ms = 50): Promise<void> {
  await flushPromises()
  await new Promise((r) => setTimeout(r, ms))
  await flushPromises()
}

/**
 * A mocked fetch behind the API client, reset with a fresh store before each test of the file
 * (or `describe`) that calls it; the client sends `csrf()` as its token. The page's DOM is
 * cleared after each test.
 */
export function mockedFetch(csrf: () => string | null = () => 'tok') {
  const fetchMock = vi.fn<typeof fetch>()
  beforeEach(() => {
    setActivePinia(createPinia())
    fetchMock.mockReset()
    configureClient({ fetch: fetchMock, getCsrfToken: csrf })
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })
  return fetchMock
}
