// The action dialog's form and the server's errors on its fields, which the inputs of the
// larger actions (these components) fill and show: ActionDialog provides them, each of these
// takes them, so the dialog passes only what differs (options, today, the commitments).
import { inject, provide, type InjectionKey } from 'vue'
import type { ActionForm } from '../model'

export interface ActionFormContext {
  form: ActionForm
  errors: Record<string, string>
}

const KEY: InjectionKey<ActionFormContext> = Symbol('actionForm')

export function provideActionForm(context: ActionFormContext): void {
  provide(KEY, context)
}

export function useActionForm(): ActionFormContext {
  const context = inject(KEY)
  if (!context) throw new Error('action fields are drawn inside ActionDialog')
  return context
}
