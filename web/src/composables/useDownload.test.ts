// A download: the button spins meanwhile, the file is saved under the page's name (or the
// server's), success is said, and a refusal shows the server's message.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElMessage } from 'element-plus'
import { ApiError } from '@/api/client'
import { useDownload } from './useDownload'

const saved = vi.hoisted(() => vi.fn())
vi.mock('@/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/client')>()),
  saveDownload: saved,
}))

afterEach(() => vi.restoreAllMocks())

describe('useDownload', () => {
  it('saves the file under the page’s name and says so', async () => {
    const success = vi.spyOn(ElMessage, 'success')
    const blob = new Blob(['x'])
    const d = useDownload()
    let spinning = false
    await d.download(
      async () => {
        spinning = d.downloading.value
        return { blob, filename: 'suggestions.xlsx' }
      },
      { filename: '建议_2026-03-10.xlsx', success: '已导出' },
    )
    expect(spinning).toBe(true)
    expect(d.downloading.value).toBe(false)
    expect(saved).toHaveBeenLastCalledWith({ blob, filename: '建议_2026-03-10.xlsx' })
    expect(success).toHaveBeenCalledWith('已导出')

    await d.download(async () => ({ blob, filename: 'audit-log.csv' }))
    expect(saved).toHaveBeenLastCalledWith({ blob, filename: 'audit-log.csv' })
  })

  it('shows a refusal', async () => {
    const error = vi.spyOn(ElMessage, 'error')
    const d = useDownload()
    await d.download(() => Promise.reject(new ApiError({ status: 403, code: 'permission_denied', detail: '没有权限' })))
    expect(error).toHaveBeenCalledWith('没有权限')
    expect(d.downloading.value).toBe(false)
  })
})
