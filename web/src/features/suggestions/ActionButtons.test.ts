// The detail's buttons from available_actions: an action that waits for something is a
// disabled button whose reason is written under the buttons (and clicking it does nothing);
// enabled ones open their form; `edit` is the edit button, not a workflow button.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { suggestion } from '@/test/suggestion'
import ActionButtons from './ActionButtons.vue'
import type { Detail } from './model'

const detail: Detail = suggestion({ state: 'handling', state_title: '办理中', relations: ['lead_unit_officer'] })

const WAITING = '还有1个协办单位未提交意见（协办意见期限2026-07-01），暂不能答复'

function mountButtons(available: Detail['available_actions']) {
  return mount(ActionButtons, {
    props: { detail: { ...detail, available_actions: available } },
    global: { plugins: [ElementPlus, i18n] },
  })
}

describe('ActionButtons', () => {
  it('shows a waiting action disabled, with its reason, and does not act on it', async () => {
    const w = mountButtons([
      { name: 'log_contact', title: '登记沟通', enabled: true, reason: null },
      { name: 'draft_answer', title: '答复', enabled: false, reason: WAITING },
    ])
    const answer = w.get('[data-test="action-draft_answer"]')
    expect(answer.attributes('disabled')).toBeDefined()
    expect(answer.attributes('title')).toBe(WAITING)
    expect(w.get('[data-test="action-reason-draft_answer"]').text()).toBe(`答复：${WAITING}`)
    await answer.trigger('click')
    expect(w.emitted('act')).toBeUndefined()

    const contact = w.get('[data-test="action-log_contact"]')
    expect(contact.attributes('disabled')).toBeUndefined()
    expect(w.find('[data-test="action-reason-log_contact"]').exists()).toBe(false)
    await contact.trigger('click')
    expect(w.emitted('act')?.[0]?.[0]).toMatchObject({ name: 'log_contact' })
  })

  it('treats an action without `enabled` as enabled, and `edit` as the edit button', async () => {
    const w = mountButtons([
      { name: 'edit', title: '修改内容', enabled: true, reason: null },
      { name: 'submit', title: '提交' },
    ])
    expect(w.find('[data-test="action-edit"]').exists()).toBe(false)
    await w.get('[data-test="edit-suggestion"]').trigger('click')
    expect(w.emitted('edit')).toHaveLength(1)
    expect(w.get('[data-test="action-submit"]').attributes('disabled')).toBeUndefined()
    expect(w.find('[data-test="action-reasons"]').exists()).toBe(false)
  })

  it('shows nothing when nothing is offered, and no edit button when edit is not offered', () => {
    expect(mountButtons([]).find('[data-test="detail-actions"]').exists()).toBe(false)
    const w = mountButtons([{ name: 'withdraw', title: '撤回', enabled: true, reason: null }])
    expect(w.find('[data-test="edit-suggestion"]').exists()).toBe(false)
  })
})
