// The area's options, fetched once: ready() says whether a form may open, and shows why not.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElMessage } from 'element-plus'
import { json, mockedFetch, problem } from '@/test/http'
import { useSuggestionOptions } from './options'

const fetchMock = mockedFetch()
afterEach(() => vi.restoreAllMocks())

describe('suggestion options', () => {
  it('are ready once fetched, and fetched once', async () => {
    fetchMock.mockResolvedValue(
      json(200, {
        answer_classes: [],
        star_levels: [],
        not_suggestion_reasons: [],
        categories: ['教育'],
        contact_methods: [],
        sessions: [],
        units: [],
      }),
    )
    const store = useSuggestionOptions()
    expect(await store.ready()).toBe(true)
    expect(await store.ready()).toBe(true)
    expect(store.options.categories).toEqual(['教育'])
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('are not ready when the server refuses, which is shown unless asked not to', async () => {
    const error = vi.spyOn(ElMessage, 'error')
    fetchMock.mockImplementation(async () => json(403, problem(403, 'permission_denied', '没有权限')))
    const store = useSuggestionOptions()
    expect(await store.ready(false)).toBe(false)
    expect(error).not.toHaveBeenCalled()
    expect(await store.ready()).toBe(false)
    expect(error).toHaveBeenCalledWith('没有权限')
  })
})
