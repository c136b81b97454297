// Texts of the per-congress calendar (工作日历按人大分级), merged into the app's messages when
// the page loads. TODO(i18n owner): move into src/i18n/{zh-CN,en}.ts under calendar.scope.
import { i18n } from '@/i18n'

export const scopeMessages = {
  'zh-CN': {
    congress: '人大',
    congressPlaceholder: '选择要维护工作日历的人大',
    editing: '当前：{name}的工作日历',
    readOnly: '您没有维护{name}工作日历的权限，仅可查看。',
    ownTitle: '本级设定',
    inheritedTitle: '沿用上级人大的安排（只读）',
    inheritedDesc: '以下日期由上级人大设定，本级自动沿用。如需本地调整，可在本级添加同一日期，本级设定优先。',
    setBy: '{name}设定',
    overridden: '已被本级设定覆盖',
    discardConfirm: '{name}的修改尚未保存，确定切换吗？',
  },
  en: {
    congress: 'Congress',
    congressPlaceholder: 'Choose the congress whose calendar to maintain',
    editing: 'Calendar of {name}',
    readOnly: 'You may not maintain the calendar of {name}; it is shown read-only.',
    ownTitle: 'Set here',
    inheritedTitle: 'Inherited from the congresses above (read-only)',
    inheritedDesc: 'These days are set by a congress above and apply here too. List the same date here to override it locally.',
    setBy: 'set by {name}',
    overridden: 'overridden here',
    discardConfirm: 'Unsaved changes to the calendar of {name} will be lost. Switch anyway?',
  },
} as const

let merged = false

/** Adds the texts under `calendar.scope` (once). */
export function useScopeMessages(): void {
  if (merged) return
  merged = true
  for (const [locale, messages] of Object.entries(scopeMessages))
    i18n.global.mergeLocaleMessage(locale, { calendar: { scope: messages } })
}
