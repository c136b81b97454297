// 权重设置 against a mocked fetch: it starts from the weights in force with their running sum;
// nothing is sent while the sum is not 100 (the sum's error shown); 恢复默认 fills the
// defaults; saving asks first (every unit's score of the year changes), then sends the PUT with
// the congress, the year and the six weights; the server's field errors show at the fields.
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'
import { invalidFields, json, mockedFetch, settle as settleAfter } from '@/test/http'
import WeightsDialog from './WeightsDialog.vue'
import { scorecards } from './fixtures'

const fetchMock = mockedFetch()
const settle = () => settleAfter(150)
const body = () => new DOMWrapper(document.body)
let confirm: MockInstance
let answer: () => Response

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
  confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
  confirm.mockClear()
  answer = () => json(200, scorecards({ default_weights: false }))
  fetchMock.mockImplementation(async () => answer())
})

const puts = () =>
  fetchMock.mock.calls
    .filter(([u, init]) => String(u) === '/api/v1/supervision/scorecards/weights' && init?.method === 'PUT')
    .map(([, init]) => JSON.parse(String(init!.body)))

async function openDialog(weights = scorecards().weights) {
  const w = mount(WeightsDialog, {
    props: { modelValue: false, scorecards: scorecards({ weights }) },
    global: { plugins: [ElementPlus, i18n] },
    attachTo: document.body,
  })
  await w.setProps({ modelValue: true })
  await settle()
  return { w, dialog: body().get('[data-test="weights-dialog"]') }
}

async function setWeight(dialog: Pick<DOMWrapper<Element>, 'get'>, c: string, value: number) {
  const input = dialog.get(`[data-test="weight-${c}"] input`)
  await input.setValue(String(value))
  await input.trigger('change')
  await flushPromises()
}

const value = (dialog: Pick<DOMWrapper<Element>, 'get'>, c: string) =>
  (dialog.get(`[data-test="weight-${c}"] input`).element as HTMLInputElement).value

describe('WeightsDialog', { timeout: 30_000 }, () => {
  it('keeps the sum at 100, restores the defaults and sends the weights after asking', async () => {
    const mine = { on_time: 30, contact: 10, resolution: 20, implementation: 20, satisfaction: 10, sampling: 10 }
    const { w, dialog } = await openDialog(mine)
    expect(dialog.get('[data-test="weights-intro"]').text()).toContain('湖南省人民代表大会2026年')
    expect(value(dialog, 'on_time')).toBe('30')
    const sum = () => dialog.get('[data-test="weights-sum"]')
    expect(sum().text()).toBe('权重合计 100（应为 100）')

    await setWeight(dialog, 'resolution', 100)
    expect(sum().text()).toBe('权重合计 180（应为 100）')
    expect(sum().classes()).toContain('bad')
    await dialog.get('[data-test="weights-save"]').trigger('click')
    await settle()
    expect(confirm).not.toHaveBeenCalled()
    expect(puts()).toHaveLength(0)
    expect(dialog.text()).toContain('各项权重之和应为 100，现为 180')

    await dialog.get('[data-test="weights-restore"]').trigger('click')
    await flushPromises()
    expect(
      ['on_time', 'contact', 'resolution', 'implementation', 'satisfaction', 'sampling'].map((c) => value(dialog, c)),
    ).toEqual(['20', '15', '25', '20', '10', '10'])
    expect(sum().text()).toBe('权重合计 100（应为 100）')

    for (const c of ['on_time', 'contact', 'implementation', 'satisfaction', 'sampling']) await setWeight(dialog, c, 0)
    await setWeight(dialog, 'resolution', 100)
    expect(sum().text()).toBe('权重合计 100（应为 100）')
    await dialog.get('[data-test="weights-save"]').trigger('click')
    await settle()
    expect(String(confirm.mock.calls[0][0])).toBe(
      '保存后，湖南省人民代表大会2026年所有承办单位的综合得分和排名都将按新的权重重新计算。确定保存吗？',
    )
    expect(puts()).toEqual([
      {
        org_node_id: 1,
        year: 2026,
        weights: { on_time: 0, contact: 0, resolution: 100, implementation: 0, satisfaction: 0, sampling: 0 },
      },
    ])
    expect(w.emitted('saved')).toHaveLength(1)
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([false])
    w.unmount()
  })

  it('sends nothing when the question is declined, and shows the server’s word at a field', async () => {
    const { w, dialog } = await openDialog()
    confirm.mockRejectedValueOnce('cancel')
    await dialog.get('[data-test="weights-save"]').trigger('click')
    await settle()
    expect(confirm).toHaveBeenCalledOnce()
    expect(puts()).toHaveLength(0)

    answer = () => json(400, invalidFields([{ field: 'weights.sampling', message: '须为 0–100 的整数' }]))
    await dialog.get('[data-test="weights-save"]').trigger('click')
    await settle()
    expect(puts()).toHaveLength(1)
    const item = dialog.get('[data-test="weight-sampling"]').element.closest('.el-form-item')!
    expect(item.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('须为 0–100 的整数')
    expect(w.emitted('saved')).toBeUndefined()
    w.unmount()
  })
})
