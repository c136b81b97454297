// Types and pure rules of the suggestions screens (代表建议办理), by concern: the API's types,
// state and deadline tags, the list's state in the address, the workflow actions and their
// forms, attachments. The server decides everything again; these only shape the screens.
export * from './types'
export * from './tags'
export * from './listState'
export * from './actions'
export * from './actionForm'
export * from './attachments'
