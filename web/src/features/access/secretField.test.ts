// A form of one secret field: a check in the browser stops it with the error under the field;
// a refusal shows the server's word on that field (or its detail), empties the field and
// focuses it again; a success leaves no error.
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import { useSecretField } from './secretField'

describe('useSecretField', () => {
  it('checks, sends, and after a refusal empties and focuses the field', async () => {
    const focus = vi.fn()
    const f = useSecretField('password', focus)
    const call = vi.fn(async (_v: string) => undefined)

    expect(await f.submit('请填写密码', call)).toBe(false)
    expect([f.error.value, call.mock.calls.length, focus.mock.calls.length]).toEqual(['请填写密码', 0, 1])

    f.value.value = 'wrong'
    const refusal = new ApiError({
      status: 400,
      code: 'invalid_argument',
      detail: '输入有误',
      errors: [{ field: 'password', message: '密码不正确' }],
    })
    expect(await f.submit('', () => Promise.reject(refusal))).toBe(false)
    expect([f.error.value, f.value.value, f.saving.value, focus.mock.calls.length]).toEqual([
      '密码不正确',
      '',
      false,
      2,
    ])

    f.value.value = 'right'
    expect(await f.submit('', call)).toBe(true)
    expect(call).toHaveBeenCalledWith('right')
    expect(f.error.value).toBe('')

    f.reset()
    expect([f.value.value, f.error.value, f.saving.value]).toEqual(['', '', false])
  })
})
