// Administrator-account approvals and sessions against a mocked fetch: the approvals page
// lists the pending requests, asks before approving and shows the server's refusal; the
// sessions page ends a session only after confirming and never offers the current one.
// (The users page's 202 answers are tested in people/accounts/accounts.test.ts.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'
import { json, problem, settle, mockedFetch } from '@/test/http'
import { useAuthStore } from '@/stores/auth'
import AdminRequestsView from './AdminRequestsView.vue'
import LoginSessionsView from './LoginSessionsView.vue'
import type { AdminRequest, SessionInfo } from './model'

const fetchMock = mockedFetch()

function signIn(permissions: string[], roles: string[]): void {
  useAuthStore().me = {
    id: 2,
    username: 'sys.admin',
    display_name: '系统管理员',
    org_node_id: 1,
    grants: roles.map((role) => ({ role, role_title: role, org_node_id: 1 })),
    permissions,
  } as never
}

const request: AdminRequest = {
  id: 7,
  target_user_id: 5,
  target_username: 'audit.admin',
  action: 'password.reset',
  display_name: null,
  requested_by: 3,
  requested_by_name: '安全管理员',
  requested_at: '2026-03-01T02:00:00.000Z',
  status: 'pending',
  decided_by_name: null,
  decided_at: null,
}

let confirm: ReturnType<typeof vi.spyOn>

beforeEach(() => {
  confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
})
afterEach(() => confirm.mockRestore())

describe('AdminRequestsView', () => {
  it('lists pending requests, confirms and approves', async () => {
    signIn(['user.manage'], ['system_admin'])
    let decided = false
    fetchMock.mockImplementation(async (input, init) => {
      const url = String(input)
      if (url.startsWith('/api/v1/admin-requests?')) {
        const status = new URL(url, 'http://x').searchParams.get('status')
        return json(200, { items: status === 'pending' && !decided ? [request] : [] })
      }
      if (url === '/api/v1/admin-requests/7/approve' && init?.method === 'POST') {
        decided = true
        return json(200, {
          ...request,
          status: 'approved',
          decided_by_name: '系统管理员',
          decided_at: '2026-03-01T03:00:00.000Z',
        })
      }
      return json(404, problem(404, 'not_found', '未找到'))
    })
    const w = mount(AdminRequestsView, { global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
    await settle()
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/v1/admin-requests?status=pending')
    const table = w.get('[data-test="admin-requests-table"]').text()
    expect(table).toContain('安全管理员')
    expect(table).toContain('audit.admin')
    expect(table).toContain('重置密码')
    expect(table).toContain('2026-03-01 10:00:00')

    await w.get('[data-test="approve"]').trigger('click')
    await settle()
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(String(confirm.mock.calls[0][0])).toContain('audit.admin')
    expect(String(confirm.mock.calls[0][0])).toContain('重置密码')
    const approve = fetchMock.mock.calls.find(([u]) => String(u) === '/api/v1/admin-requests/7/approve')
    expect(approve![1]!.method).toBe('POST')
    expect(document.body.textContent).toContain('已批准，变更已生效')
    expect(w.get('[data-test="admin-requests-table"]').text()).toContain('没有待审批的申请')
    w.unmount()
  })

  it('does nothing when the confirmation is cancelled and shows a refusal', async () => {
    signIn(['role.grant'], ['security_admin'])
    const detail = '不能审批本人提交的申请'
    fetchMock.mockImplementation(async (input) => {
      const url = String(input)
      if (url.startsWith('/api/v1/admin-requests?')) return json(200, { items: [{ ...request, requested_by: 2 }] })
      if (url.endsWith('/reject')) return json(403, problem(403, 'permission_denied', detail))
      return json(404, problem(404, 'not_found', '未找到'))
    })
    const w = mount(AdminRequestsView, { global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
    await settle()
    expect(w.get('[data-test="admin-requests-table"]').text()).toContain('本人提交')

    confirm.mockRejectedValueOnce('cancel')
    await w.get('[data-test="reject"]').trigger('click')
    await settle()
    expect(fetchMock.mock.calls.some(([u]) => String(u).endsWith('/reject'))).toBe(false)

    await w.get('[data-test="reject"]').trigger('click')
    await settle()
    expect(fetchMock.mock.calls.some(([u]) => String(u).endsWith('/7/reject'))).toBe(true)
    expect(document.body.textContent).toContain(detail)
    w.unmount()
  })
})

describe('LoginSessionsView', () => {
  const sessions: SessionInfo[] = [
    {
      id: 11,
      user_id: 3,
      username: 'sec.admin',
      display_name: '安全管理员',
      ip: '10.0.0.5',
      created_at: '2026-03-01T01:00:00.000Z',
      last_seen_at: '2026-03-01T02:00:00.000Z',
      expires_at: '2026-03-01T13:00:00.000Z',
      current: true,
    },
    {
      id: 12,
      user_id: 8,
      username: 'staff.wang',
      display_name: '王晓燕',
      ip: '10.0.0.9',
      created_at: '2026-03-01T00:30:00.000Z',
      last_seen_at: '2026-03-01T01:59:00.000Z',
      expires_at: '2026-03-01T12:30:00.000Z',
      current: false,
    },
  ]

  async function mountSessions() {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/sessions', component: LoginSessionsView }],
    })
    await router.push('/sessions')
    await router.isReady()
    return mount(LoginSessionsView, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  }

  it('ends a session after confirmation; the current one is marked and not endable', async () => {
    signIn(['role.grant'], ['security_admin'])
    let items = sessions
    fetchMock.mockImplementation(async (input, init) => {
      const url = String(input)
      if (url === '/api/v1/sessions') return json(200, { items })
      if (url === '/api/v1/sessions/12' && init?.method === 'DELETE') {
        items = sessions.slice(0, 1)
        return new Response(null, { status: 204 })
      }
      return json(404, problem(404, 'not_found', '未找到'))
    })
    const w = await mountSessions()
    await settle()
    const rows = w.findAll('[data-test="sessions-table"] .el-table__body-wrapper tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].text()).toContain('当前会话')
    expect(rows[0].find('[data-test="end-session"]').exists()).toBe(false)
    expect(rows[1].text()).toContain('2026-03-01 09:59:00')

    // Client-side filter by name.
    await w.get('input[data-test="sessions-filter"]').setValue('王晓')
    await settle()
    expect(w.findAll('[data-test="sessions-table"] .el-table__body-wrapper tr')).toHaveLength(1)

    confirm.mockRejectedValueOnce('cancel')
    await w.get('[data-test="end-session"]').trigger('click')
    await settle()
    expect(fetchMock.mock.calls.some(([, i]) => i?.method === 'DELETE')).toBe(false)

    await w.get('[data-test="end-session"]').trigger('click')
    await settle()
    expect(String(confirm.mock.calls[1][0])).toContain('王晓燕')
    const del = fetchMock.mock.calls.find(([, i]) => i?.method === 'DELETE')
    expect(String(del![0])).toBe('/api/v1/sessions/12')
    expect(document.body.textContent).toContain('已强制下线')
    w.unmount()
  })
})
