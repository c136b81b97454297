// 全部标为已读: disabled with none unread; marks them read, says how many and runs what follows
// (the page reloads its list), spinning until then when asked; a refusal shows the server's
// message.
import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus, { ElMessage } from 'element-plus'
import { i18n } from '@/i18n'
import { json, problem, settle, mockedFetch } from '@/test/http'
import { useNotificationStore } from './notifications'
import ReadAllButton from './ReadAllButton.vue'

const fetchMock = mockedFetch()

function mountButton(props: Record<string, unknown> = {}) {
  return mount(ReadAllButton, {
    props,
    attrs: { 'data-test': 'read-all' },
    global: { plugins: [ElementPlus, i18n] },
  })
}

describe('ReadAllButton', () => {
  it('is disabled with none unread', () => {
    useNotificationStore().unread = 0
    expect(mountButton().get('button').attributes('disabled')).toBeDefined()
  })

  it('marks all read, says how many and spins until what follows is done', async () => {
    const success = vi.spyOn(ElMessage, 'success').mockReturnValue(undefined as never)
    const store = useNotificationStore()
    store.unread = 3
    fetchMock.mockResolvedValueOnce(json(200, { updated: 3 }))
    let finish!: () => void
    const after = vi.fn(() => new Promise<void>((r) => (finish = r)))
    const w = mountButton({ spin: true, after })
    expect(w.get('button').text()).toBe('全部标为已读')
    await w.get('button').trigger('click')
    await settle()
    expect(String(fetchMock.mock.calls[0][0])).toContain('/api/v1/notifications/read-all')
    expect(success).toHaveBeenCalledWith(expect.stringContaining('3'))
    expect(after).toHaveBeenCalledTimes(1)
    expect(w.get('button').classes()).toContain('is-loading')
    finish()
    await settle()
    expect(w.get('button').classes()).not.toContain('is-loading')
    expect(store.unread).toBe(0)
    success.mockRestore()
  })

  it('shows a refusal', async () => {
    const error = vi.spyOn(ElMessage, 'error').mockReturnValue(undefined as never)
    useNotificationStore().unread = 1
    fetchMock.mockResolvedValueOnce(json(503, problem(503, 'unavailable', '服务暂不可用')))
    const after = vi.fn(async () => undefined)
    const w = mountButton({ after })
    await w.get('button').trigger('click')
    await settle()
    expect(error).toHaveBeenCalledWith('服务暂不可用')
    expect(after).not.toHaveBeenCalled()
    error.mockRestore()
  })
})
