// Texts of the per-congress calendar (工作日历按人大分级): they live in src/i18n/{zh-CN,en}.ts
// under calendar.scope; this module names them for the calendar's tests.
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'

export const scopeMessages = { 'zh-CN': zhCN.calendar.scope, en: en.calendar.scope } as const

/** The texts are part of the app's messages now: nothing to add (kept for the page's call). */
export function useScopeMessages(): void {}
