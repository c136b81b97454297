// Component test of the action dialog against a mocked fetch: the browser's checks stop an
// incomplete form, the body carries `version` and the action's fields only, an irreversible
// action asks first, and a 409 is reported to the page (which reloads the item).
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { json, mockedFetch, problem, settle as settleAfter } from '@/test/http'
import { SUGGESTION } from '@/test/suggestion'
import ActionDialog from './ActionDialog.vue'
import type { Detail, Options } from './model'

const detail: Detail = SUGGESTION

const options: Options = {
  answer_classes: [{ code: 'B', title: '正在解决或列入计划', needs_commitments: true }],
  star_levels: [{ stars: 2, supervised_by: '专门委员会督办' }],
  not_suggestion_reasons: ['属于广告宣传'],
  categories: ['教育'],
  contact_methods: [{ name: 'phone', title: '电话' }],
  raised_in: [
    { name: 'session', title: '大会期间' },
    { name: 'recess', title: '闭会期间' },
  ],
  answer: '3个月',
  urgent_answer: '1个月',
  sessions: [],
  units: [],
}

describe('ActionDialog', () => {
  const fetchMock = mockedFetch()

  const settle = () => settleAfter(150)

  async function open(
    action: { name: Detail['available_actions'][number]['name']; title: string },
    d: Detail = detail,
  ) {
    const w = mount(ActionDialog, {
      props: { modelValue: false, action, detail: d, options },
      global: { plugins: [ElementPlus, i18n] },
      attachTo: document.body,
    })
    await w.setProps({ modelValue: true })
    await settle()
    const dialog = document.querySelector(`[data-test="action-dialog-${action.name}"]`) as HTMLElement
    return { w, dialog }
  }

  /** Clicks the save button. */
  async function save(dialog: HTMLElement): Promise<void> {
    ;(dialog.querySelector('[data-test="action-save"]') as HTMLButtonElement).click()
    await settle()
  }

  /** Writes the reason, then saves. */
  async function saveWithReason(dialog: HTMLElement, reason: string): Promise<void> {
    const area = dialog.querySelector('textarea[data-test="action-reason"]') as HTMLTextAreaElement
    area.value = reason
    area.dispatchEvent(new Event('input'))
    await settle()
    await save(dialog)
  }

  const errorsIn = (el: HTMLElement) =>
    [...el.querySelectorAll('.el-form-item__error')].map((e) => e.textContent?.trim())

  it('checks the rating, then sends version and rating only', async () => {
    fetchMock.mockResolvedValue(json(200, { ...detail, state: 'follow_up', version: 4 }))
    const { w, dialog } = await open({ name: 'evaluate', title: '评价' })
    await save(dialog)
    expect(fetchMock).not.toHaveBeenCalled()
    expect(errorsIn(dialog)).toContain('请选择满意、基本满意或不满意')

    const radio = [...dialog.querySelectorAll('[data-test="rating"] label')].find((l) =>
      l.textContent?.includes('基本满意'),
    )
    ;(radio?.querySelector('input') as HTMLInputElement).click()
    await settle()
    await save(dialog)
    const [url, init] = fetchMock.mock.calls[0]
    expect(String(url)).toBe('/api/v1/suggestions/42/actions/evaluate')
    expect(init?.method).toBe('POST')
    expect(JSON.parse(String(init?.body))).toEqual({ version: 3, rating: 'basically_satisfied' })
    expect((init?.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok')
    expect(w.emitted('done')?.[0]?.[0]).toMatchObject({ state: 'follow_up', version: 4 })
    w.unmount()
  })

  it('wants a written reason to withdraw a submitted item, and asks before withdrawing', async () => {
    fetchMock.mockResolvedValue(json(200, { ...detail, state: 'withdrawn', version: 4 }))
    const handling = {
      ...detail,
      state: 'handling' as const,
      available_actions: [{ name: 'withdraw' as const, title: '撤回' }],
    }
    const { w, dialog } = await open({ name: 'withdraw', title: '撤回' }, handling)
    await save(dialog)
    expect(errorsIn(dialog)).toContain('请写明理由')

    await saveWithReason(dialog, '问题已解决')
    expect(fetchMock).not.toHaveBeenCalled()
    const box = document.querySelector('.el-message-box') as HTMLElement
    expect(box.textContent).toContain('不能恢复')
    ;(box.querySelector('.el-message-box__btns .el-button--primary') as HTMLButtonElement).click()
    await settle()
    expect(JSON.parse(String(fetchMock.mock.calls[0][1]?.body))).toEqual({ version: 3, reason: '问题已解决' })
    expect(w.emitted('done')).toBeTruthy()
    w.unmount()
  })

  it('reports a 409 to the page and keeps the form', async () => {
    fetchMock.mockResolvedValue(json(409, problem(409, 'conflict', '记录已被他人修改（当前版本 5），请刷新后重试')))
    const returned = { ...detail, state: 'submitted' as const }
    const { w, dialog } = await open({ name: 'return_for_revision', title: '退回修改' }, returned)
    await saveWithReason(dialog, '请补充调研数据')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(w.emitted('conflict')).toHaveLength(1)
    expect(w.emitted('done')).toBeUndefined()
    expect(w.emitted('update:modelValue')).toBeUndefined()
    expect(document.body.textContent).toContain('当前版本 5')
    w.unmount()
  })
})
