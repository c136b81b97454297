// The signed-in user: who they are (GET /auth/me), what they may do (permissions, for
// menus only — the server checks every record), the CSRF token and the current org node.
//
// The CSRF token is returned only by login, so it is kept in sessionStorage as well as in
// the store: a page reload keeps the session usable; a new browser tab signs in again.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, type Schemas } from '@/api/client'

// The sign-in security flags of GET /auth/me (two-factor sign-in, expired passwords) are
// added here while the spec catches up (harmless once it lists them).
export type Me = Schemas['Me'] & {
  /** The account signs in with a TOTP code (动态口令). */
  totp_enabled?: boolean
  /** An administrator without TOTP: every other route answers 403 until it is bound. */
  totp_setup_required?: boolean
  /** A staff or administrator password older than 90 days: must be changed first. */
  password_expired?: boolean
}
export type RoleName = Schemas['RoleName']
/** The three administrators (三员): their own accounts' changes wait for a second one. */
export const ADMIN_ROLES: RoleName[] = ['system_admin', 'security_admin', 'audit_admin']
// The spec's PermissionName enum does not list the registry's permissions yet, though
// GET /auth/me returns them (supervision.manage: 随机抽样点评); they are added here until it does
// (harmless afterwards).
export type Permission =
  Schemas['PermissionName'] | 'deputy.read' | 'deputy.manage' | 'deputy.reveal' | 'supervision.manage'

const CSRF_KEY = 'daibiao.csrf'
const ORG_KEY = 'daibiao.currentOrg'

function readSession(key: string): string | null {
  try {
    return sessionStorage.getItem(key)
  } catch {
    return null
  }
}

function writeSession(key: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(key)
    else sessionStorage.setItem(key, value)
  } catch {
    /* storage unavailable: the token lives in memory only */
  }
}

export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null)
  const csrfToken = ref<string | null>(readSession(CSRF_KEY))
  const expiresAt = ref<string | null>(null)
  const currentOrgId = ref<number | null>(null)
  let loading: Promise<boolean> | null = null

  const permissions = computed(() => new Set<string>(me.value?.permissions ?? []))
  const signedIn = computed(() => me.value !== null && csrfToken.value !== null)

  /** Org nodes the user holds grants at, in grant order, without repeats. */
  const grantOrgIds = computed(() => {
    const ids: number[] = []
    for (const g of me.value?.grants ?? []) if (!ids.includes(g.org_node_id)) ids.push(g.org_node_id)
    if (ids.length === 0 && me.value) ids.push(me.value.org_node_id)
    return ids
  })

  function can(...perms: Permission[]): boolean {
    return perms.some((p) => permissions.value.has(p))
  }

  /** Whether the user holds any one of these roles (at any org node). */
  function hasRole(...roles: RoleName[]): boolean {
    return (me.value?.grants ?? []).some((g) => roles.includes(g.role))
  }

  /** An administrator (系统、安全或审计管理员). */
  const isAdmin = computed(() => hasRole(...ADMIN_ROLES))

  /** The user must change the password or bind TOTP before anything else works. */
  const blocked = computed(() => !!(me.value?.password_expired || me.value?.totp_setup_required))

  function chooseOrg(): void {
    const ids = grantOrgIds.value
    const saved = Number(localStorage.getItem(`${ORG_KEY}.${me.value?.id}`))
    currentOrgId.value = ids.includes(saved) ? saved : (ids[0] ?? null)
  }

  function setCurrentOrg(id: number): void {
    currentOrgId.value = id
    try {
      localStorage.setItem(`${ORG_KEY}.${me.value?.id}`, String(id))
    } catch {
      /* ignore */
    }
  }

  function setSession(token: string, user: Me, expires?: string): void {
    csrfToken.value = token
    writeSession(CSRF_KEY, token)
    me.value = user
    expiresAt.value = expires ?? null
    chooseOrg()
  }

  /** Forgets the session locally (after logout or a 401). */
  function clear(): void {
    me.value = null
    csrfToken.value = null
    expiresAt.value = null
    currentOrgId.value = null
    writeSession(CSRF_KEY, null)
  }

  /**
   * Signs in; `totpCode` is the 6-digit code of an account with two-factor sign-in. Then
   * reads GET /auth/me, the only answer that says whether the password has expired or an
   * administrator must still bind TOTP.
   */
  async function login(username: string, password: string, totpCode?: string): Promise<void> {
    const body: Schemas['LoginRequest'] & { totp_code?: string } = { username, password }
    if (totpCode) body.totp_code = totpCode
    const res = await api.post('/api/v1/auth/login', { body, skipAuthRedirect: true })
    setSession(res.csrf_token, res.user, res.expires_at)
    try {
      await refreshMe()
    } catch {
      /* the login answer's user is enough to go on */
    }
  }

  async function logout(): Promise<void> {
    try {
      if (csrfToken.value) await api.post('/api/v1/auth/logout', { skipAuthRedirect: true })
    } catch {
      /* the session may already be gone; sign out locally anyway */
    } finally {
      clear()
    }
  }

  /** Loads GET /auth/me once; false when not signed in. */
  function ensureLoaded(): Promise<boolean> {
    if (me.value && csrfToken.value) return Promise.resolve(true)
    if (!csrfToken.value) return Promise.resolve(false)
    if (!loading) {
      loading = api
        .get('/api/v1/auth/me')
        .then((user) => {
          me.value = user
          chooseOrg()
          return true
        })
        .catch(() => false)
        .finally(() => {
          loading = null
        })
    }
    return loading
  }

  async function refreshMe(): Promise<void> {
    me.value = await api.get('/api/v1/auth/me')
    chooseOrg()
  }

  return {
    me,
    csrfToken,
    expiresAt,
    currentOrgId,
    permissions,
    signedIn,
    grantOrgIds,
    isAdmin,
    blocked,
    can,
    hasRole,
    setCurrentOrg,
    setSession,
    clear,
    login,
    logout,
    ensureLoaded,
    refreshMe,
  }
})
