// A one-time message for the login page (why the user was signed out), kept across the
// redirect in sessionStorage.
const KEY = 'daibiao.loginNotice'

export interface LoginNotice {
  text: string
  type: 'warning' | 'success'
}

export function setLoginNotice(text: string, type: LoginNotice['type'] = 'warning'): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ text, type }))
  } catch {
    /* ignore */
  }
}

export function takeLoginNotice(): LoginNotice | null {
  try {
    const raw = sessionStorage.getItem(KEY)
    sessionStorage.removeItem(KEY)
    return raw ? (JSON.parse(raw) as LoginNotice) : null
  } catch {
    return null
  }
}
