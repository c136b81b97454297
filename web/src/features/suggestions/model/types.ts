// The suggestions API's types under the names the screens use.
import type { Schemas } from '@/api/client'

export type SuggestionState = Schemas['SuggestionState']
export type SuggestionAction = Schemas['SuggestionAction']
export type Summary = Schemas['SuggestionSummary']
export type Detail = Schemas['SuggestionDetail']
export type Options = Schemas['SuggestionOptions']
export type Flags = Schemas['DeadlineFlags']
export type ActionRequest = Schemas['SuggestionActionRequest']
export type AssignMode = Schemas['AssignMode']
export type ContactMethod = Schemas['ContactMethod']
export type Rating = Schemas['Rating']
export type LookBackResult = Schemas['LookBackResult']
export type SuggestionUnit = Schemas['SuggestionUnit']
export type Commitment = Schemas['SuggestionCommitment']
export type Notification = Schemas['Notification']

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'
