// Administrator-account approvals (三员分立), live sessions and two-factor sign-in (TOTP).
import { callUntyped, type Schemas } from '@/api/client'

export type AdminRequest = Schemas['AdminRequest']
export type AdminRequestStatus = AdminRequest['status']
export type SessionInfo = Schemas['SessionInfo']

/** The i18n key of an action's label (`adminRequests.action.*`; keys cannot hold dots). */
export function actionKey(action: AdminRequest['action']): string {
  return `adminRequests.action.${action.replace('.', '_')}`
}

/**
 * The filed request when a change to an administrator account waits for a second
 * administrator (202 `{pending_request}`), else null (the change was made: 200 or 204).
 */
export function pendingRequest(answer: unknown): AdminRequest | null {
  if (answer && typeof answer === 'object' && 'pending_request' in answer) {
    return (answer as { pending_request: AdminRequest }).pending_request
  }
  return null
}

/** POST /auth/totp/setup: a fresh secret, not yet in force until enabled with a code. */
export interface TotpSetup {
  secret: string
  otpauth_uri: string
}

// The TOTP routes are typed here until api/openapi.yaml lists them.
export const totpApi = {
  setup: () => callUntyped<TotpSetup>('post', '/api/v1/auth/totp/setup'),
  enable: (code: string) => callUntyped<void>('post', '/api/v1/auth/totp/enable', { body: { code } }),
  disable: (password: string) => callUntyped<void>('post', '/api/v1/auth/totp/disable', { body: { password } }),
}

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP` (easier to type by hand). */
export function groupSecret(secret: string): string {
  return (secret.replace(/[\s=]/g, '').match(/.{1,4}/g) ?? []).join(' ')
}

/** Digits only, at most 6 (a pasted `123 456` becomes `123456`). */
export function cleanCode(input: string): string {
  return input.replace(/\D/g, '').slice(0, 6)
}
