// 账号管理 against a mocked fetch. A change to an administrator account answered 202 is
// reported as waiting for a second administrator, not done. 重置动态口令 (a lost
// authenticator) is shown to the system and the security administrator but never on the
// caller's own row nor to a reader; asks first; reports 204 as done and 202 as waiting;
// shows the server's refusal.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'
import { json, problem, settle, mockedFetch } from '@/test/http'
import { useAuthStore } from '@/stores/auth'
import UsersView from './UsersView.vue'

const fetchMock = mockedFetch()

const user = (id: number, username: string, display_name: string) => ({
  id,
  username,
  display_name,
  org_node_id: 1,
  unit_id: null,
  active: true,
  locked_until: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  version: 3,
})
const me = user(2, 'sysadmin', '系统管理员')
const staff = user(8, 'staff.wang', '王晓燕')
const auditor = user(5, 'auditor', '审计管理员')

function signIn(permissions: string[], role: string): void {
  useAuthStore().me = {
    id: me.id,
    username: me.username,
    display_name: me.display_name,
    org_node_id: 1,
    grants: [{ role, role_title: role, org_node_id: 1 }],
    permissions,
  } as never
}

const pendingRequest = (id: number, action: string) => ({
  pending_request: {
    id: 9,
    target_user_id: id,
    target_username: 'auditor',
    action,
    display_name: null,
    requested_by: 2,
    requested_by_name: '安全管理员',
    requested_at: '2026-03-01T02:00:00.000Z',
    status: 'pending',
    decided_by_name: null,
    decided_at: null,
  },
})

/** The users list answers these rows; a TOTP reset answers `reset(id)`. */
function serve(reset: (id: number) => Response): void {
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    if (url.startsWith('/api/v1/users?') || url === '/api/v1/users') {
      return json(200, { items: [me, staff, auditor], page: 1, page_size: 20, total: 3, total_capped: false })
    }
    const m = /^\/api\/v1\/users\/(\d+)\/totp\/reset$/.exec(url)
    if (m && init?.method === 'POST') return reset(Number(m[1]))
    return json(404, problem(404, 'not_found', '未找到'))
  })
}

function resetButton(w: VueWrapper, username: string) {
  const row = w.findAll('[data-test="users-table"] .el-table__body-wrapper tr').find((r) => r.text().includes(username))
  return row?.find('[data-test="reset-totp"]')
}

const resetCalls = () => fetchMock.mock.calls.filter(([u]) => String(u).endsWith('/totp/reset'))

let confirm: ReturnType<typeof vi.spyOn>
let wrapper: VueWrapper | null = null

async function mountUsers(): Promise<VueWrapper> {
  wrapper = mount(UsersView, { global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
  await settle()
  return wrapper
}

beforeEach(() => {
  confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  confirm.mockRestore()
})

describe('UsersView and administrator accounts', () => {
  it('says a change waits for approval on 202', async () => {
    signIn(['user.read', 'user.manage', 'role.grant'], 'security_admin')
    fetchMock.mockImplementation(async (input, init) => {
      const url = String(input)
      if (url.startsWith('/api/v1/users?') || url === '/api/v1/users') {
        return json(200, { items: [auditor], page: 1, page_size: 20, total: 1, total_capped: false })
      }
      if (url === '/api/v1/users/5' && init?.method === 'PATCH') return json(202, pendingRequest(5, 'deactivate'))
      return json(404, problem(404, 'not_found', '未找到'))
    })
    const w = await mountUsers()
    const disable = w.findAll('[data-test="users-table"] .el-button').find((b) => b.text() === '停用')
    expect(disable).toBeDefined()
    await disable!.trigger('click')
    await settle()
    const patch = fetchMock.mock.calls.find(([, i]) => i?.method === 'PATCH')
    expect(JSON.parse(String(patch![1]!.body))).toEqual({ version: 3, active: false })
    expect(document.body.textContent).toContain('已提交，待另一名管理员批准')
    expect(document.body.textContent).not.toContain('账号已停用')
  })
})

describe('UsersView: 重置动态口令', () => {
  it('the system administrator resets an ordinary account after confirming (204: done)', async () => {
    signIn(['user.read', 'user.manage', 'org.read'], 'system_admin')
    serve(() => new Response(null, { status: 204 }))
    const w = await mountUsers()
    expect(resetButton(w, 'sysadmin')?.exists()).toBe(false) // not on the caller's own row
    const button = resetButton(w, 'staff.wang')!
    expect(button.text()).toBe('重置动态口令')

    confirm.mockRejectedValueOnce('cancel')
    await button.trigger('click')
    await settle()
    expect(resetCalls()).toHaveLength(0)

    await button.trigger('click')
    await settle()
    expect(String(confirm.mock.calls[1][0])).toContain('王晓燕（staff.wang）')
    expect(String(confirm.mock.calls[1][0])).toContain('重新绑定身份验证器')
    expect(confirm.mock.calls[1][1]).toBe('重置动态口令')
    const [[url, init]] = resetCalls()
    expect(url).toBe('/api/v1/users/8/totp/reset')
    expect(init!.method).toBe('POST')
    expect((init!.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok')
    expect(document.body.textContent).toContain('动态口令已重置')
    expect(document.body.textContent).not.toContain('待另一名管理员批准')
  })

  it('the security administrator files an administrator’s reset (202: awaiting approval)', async () => {
    signIn(['user.read', 'role.grant', 'org.read'], 'security_admin')
    serve((id) => json(202, pendingRequest(id, 'totp.reset')))
    const w = await mountUsers()
    // No user.manage: no password reset, but the second factor's reset is offered.
    expect(w.findAll('[data-test="users-table"] .el-button').some((b) => b.text() === '重置密码')).toBe(false)
    await resetButton(w, 'auditor')!.trigger('click')
    await settle()
    expect(String(resetCalls()[0][0])).toBe('/api/v1/users/5/totp/reset')
    expect(document.body.textContent).toContain('已提交，待另一名管理员批准')
    expect(document.body.textContent).not.toContain('动态口令已重置')
  })

  it('shows the server’s refusal', async () => {
    signIn(['user.read', 'user.manage', 'org.read'], 'system_admin')
    const detail = '管理员账号只能由安全管理员管理，且须另一名管理员批准'
    serve(() => json(403, problem(403, 'permission_denied', detail)))
    const w = await mountUsers()
    await resetButton(w, 'auditor')!.trigger('click')
    await settle()
    expect(resetCalls()).toHaveLength(1)
    expect(document.body.textContent).toContain(detail)
    expect(document.body.textContent).not.toContain('动态口令已重置')
  })

  it('is not offered to a reader of accounts', async () => {
    signIn(['user.read', 'org.read'], 'liaison_staff')
    serve(() => new Response(null, { status: 204 }))
    const w = await mountUsers()
    expect(w.find('[data-test="users-table"]').text()).toContain('staff.wang')
    expect(w.findAll('[data-test="reset-totp"]')).toHaveLength(0)
  })
})
