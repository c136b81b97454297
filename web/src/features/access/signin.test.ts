// Two-factor sign-in against a mocked fetch: the login form asks for the 6-digit code after a
// 401 whose field error names `totp_code` and signs in again with it; a 429 shows the server's
// detail; the 绑定动态口令 step shows the secret and enables it with the code typed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import ElementPlus from 'element-plus'
import { configureClient } from '@/api/client'
import { i18n } from '@/i18n'
import { json, problem, settle } from '@/test/http'
import { useAuthStore } from '@/stores/auth'
import LoginView from './LoginView.vue'
import TotpSetup from './TotpSetup.vue'

const fetchMock = vi.fn<typeof fetch>()
const me = { id: 3, username: 'sec.admin', display_name: '安全管理员', org_node_id: 1, grants: [], permissions: [] }

function loginRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: LoginView },
      { path: '/', name: 'home', component: { template: '<div>home</div>' } },
    ],
  })
}

async function mountLogin() {
  const router = loginRouter()
  await router.push('/login')
  await router.isReady()
  const w = mount(LoginView, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  return { w, router }
}

async function type(w: ReturnType<typeof mount>, selector: string, value: string): Promise<void> {
  await w.get(selector).setValue(value)
}

describe('LoginView two-factor sign-in', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    fetchMock.mockReset()
    configureClient({ fetch: fetchMock, getCsrfToken: () => useAuthStore().csrfToken })
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('asks for the code after a 401 on totp_code and sends it', async () => {
    const logins: Record<string, unknown>[] = []
    fetchMock.mockImplementation(async (input, init) => {
      const url = String(input)
      if (url === '/api/v1/auth/login') {
        const body = JSON.parse(String(init!.body)) as Record<string, unknown>
        logins.push(body)
        if (!body.totp_code) {
          return json(
            401,
            problem(401, 'unauthenticated', '请输入动态口令', [{ field: 'totp_code', message: '请输入动态口令' }]),
          )
        }
        if (body.totp_code !== '123456') {
          return json(
            401,
            problem(401, 'unauthenticated', '动态口令不正确或已使用', [
              { field: 'totp_code', message: '动态口令不正确或已使用' },
            ]),
          )
        }
        return json(200, { csrf_token: 'csrf-1', expires_at: '2026-01-01T12:00:00.000Z', user: me })
      }
      if (url === '/api/v1/auth/me') return json(200, { ...me, totp_enabled: true })
      return json(404, problem(404, 'not_found', '未找到'))
    })
    const { w, router } = await mountLogin()
    await type(w, '#login-username', 'sec.admin')
    await type(w, '#login-password', 'Secret-Pass-1')
    await w.get('form').trigger('submit')
    await settle()

    // The code step: the password is kept, the code field is a one-time-code numeric input.
    expect(w.find('[data-test="totp-step"]').exists()).toBe(true)
    const code = w.get<HTMLInputElement>('#login-totp')
    expect(code.attributes('autocomplete')).toBe('one-time-code')
    expect(code.attributes('inputmode')).toBe('numeric')
    expect(document.activeElement).toBe(code.element)
    expect(w.find('[data-test="login-error"]').exists()).toBe(false)

    // A wrong code: the server's message, the code cleared.
    await type(w, '#login-totp', '111 111')
    await w.get('[data-test="totp-step"]').trigger('submit')
    await settle()
    expect(logins[1]).toEqual({ username: 'sec.admin', password: 'Secret-Pass-1', totp_code: '111111' })
    expect(w.get('[data-test="login-error"]').text()).toContain('动态口令不正确或已使用')
    expect(w.get<HTMLInputElement>('#login-totp').element.value).toBe('')

    // The right code signs in (Enter submits the form) and reads /auth/me.
    await type(w, '#login-totp', '123456')
    await w.get('[data-test="totp-step"]').trigger('submit')
    await settle()
    expect(logins[2]).toEqual({ username: 'sec.admin', password: 'Secret-Pass-1', totp_code: '123456' })
    expect(useAuthStore().me?.totp_enabled).toBe(true)
    expect(router.currentRoute.value.name).toBe('home')
    w.unmount()
  })

  it('shows the detail of a 429', async () => {
    const detail = '登录失败次数过多，请 15 分钟后再试'
    fetchMock.mockImplementation(async () =>
      json(429, problem(429, 'too_many_requests', detail), { 'Retry-After': '900' }),
    )
    const { w } = await mountLogin()
    await type(w, '#login-username', 'staff.wang')
    await type(w, '#login-password', 'whatever')
    await w.get('form').trigger('submit')
    await settle()
    expect(w.get('[data-test="login-error"]').text()).toBe(detail)
    w.unmount()
  })
})

describe('TotpSetup', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    fetchMock.mockReset()
    configureClient({ fetch: fetchMock, getCsrfToken: () => 'tok' })
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows the secret and QR code, then enables with the code', async () => {
    let enabled = false
    fetchMock.mockImplementation(async (input, init) => {
      const url = String(input)
      if (url === '/api/v1/auth/totp/setup') {
        return json(200, {
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
          otpauth_uri: 'otpauth://totp/daibiao:sec.admin?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=daibiao',
        })
      }
      if (url === '/api/v1/auth/totp/enable') {
        const body = JSON.parse(String(init!.body)) as { code: string }
        if (body.code !== '654321') {
          return json(400, problem(400, 'invalid_argument', '输入有误', [{ field: 'code', message: '动态口令不正确' }]))
        }
        enabled = true
        return new Response(null, { status: 204 })
      }
      if (url === '/api/v1/auth/me') return json(200, { ...me, totp_enabled: enabled, totp_setup_required: !enabled })
      return json(404, problem(404, 'not_found', '未找到'))
    })
    const w = mount(TotpSetup, { global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
    await settle()
    expect(w.get('[data-test="totp-secret"]').text()).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP')
    expect(w.get('[data-test="totp-qr"]').attributes('src')).toMatch(/^data:image\/svg\+xml/)
    const setupCall = fetchMock.mock.calls.find(([u]) => String(u) === '/api/v1/auth/totp/setup')
    expect(setupCall![1]!.method).toBe('POST')

    await w.get('#totp-setup-code').setValue('111111')
    await w.get('form').trigger('submit')
    await settle()
    expect(w.text()).toContain('动态口令不正确')
    expect(w.emitted('done')).toBeUndefined()

    await w.get('#totp-setup-code').setValue('654 321')
    await w.get('form').trigger('submit')
    await settle()
    const enables = fetchMock.mock.calls.filter(([u]) => String(u) === '/api/v1/auth/totp/enable')
    expect(JSON.parse(String(enables[1][1]!.body))).toEqual({ code: '654321' })
    expect(useAuthStore().me?.totp_enabled).toBe(true)
    expect(w.emitted('done')).toHaveLength(1)
    w.unmount()
  })
})
