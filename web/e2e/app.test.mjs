// Browser tests of the web app against a real daibiao server (see support/server.mjs).
// Run with `npm run e2e` after `npm run build`. Screenshots go to e2e/output/.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { fieldError, login, menuTexts, screenshot } from './support/browser.mjs'
import { serverAndBrowser } from './support/suite.mjs'
import { totpCode } from './support/totp.mjs'

const { password, newPage } = serverAndBrowser()

describe('liaison staff (staff.wang)', () => {
  let ctx

  before(async () => {
    ctx = await newPage()
  })
  after(async () => {
    await ctx.context.close()
  })

  test('a wrong password shows the server message and keeps the user on the login page', async () => {
    const { page } = ctx
    await page.goto('/login')
    await page.locator('#login-username').waitFor()
    // The username field has focus: type straight away; Enter submits.
    await page.keyboard.type('staff.wang')
    await page.locator('#login-password').fill('not-the-password')
    await page.locator('#login-password').press('Enter')
    await assert.doesNotReject(page.locator('[data-test="login-error"]').waitFor())
    assert.match(await page.locator('[data-test="login-error"]').innerText(), /用户名或密码错误/)
    await screenshot(page, '01-login-error')
  })

  test('logs in with the keyboard and sees the menu and dashboard', async () => {
    const { page, errors } = ctx
    await login(page, 'staff.wang', password('staff.wang'))
    assert.match(await page.locator('[data-test="welcome"]').innerText(), /王晓燕，您好/)
    assert.match(await page.locator('[data-test="my-roles"]').innerText(), /联工委工作人员/)
    const menu = await menuTexts(page)
    for (const item of ['首页', '组织机构', '人大机构', '承办单位', '届次', '会次', '账号管理']) {
      assert.ok(menu.includes(item), `menu has ${item}: ${menu}`)
    }
    assert.ok(!menu.includes('审计日志'), 'no audit log for liaison staff')
    assert.match(await page.locator('[data-test="org-current"]').innerText(), /湖南省人民代表大会/)
    // The home page shows the committee's own work first; the organisation's counts are the system administrator's.
    await page.locator('[data-test="home-staff"] [data-test="queue-unassigned"] [data-test="queue-count"]').waitFor()
    await page.locator('[data-test="home-figures"] [data-test="kpi-resolution"] [data-test="kpi-rate"]').waitFor()
    assert.equal(await page.locator('[data-test="stat-nodes"]').count(), 0)
    await screenshot(page, '02-home')
    assert.deepEqual(errors, [])
  })

  test('org nodes: list, filter by level', async () => {
    const { page } = ctx
    await page.locator('[data-test="side-menu"]').getByText('人大机构', { exact: true }).click()
    await page.waitForURL('**/org/nodes')
    const table = page.locator('[data-test="nodes-table"]')
    await table.getByText('湖南省人民代表大会').first().waitFor()
    assert.match(await page.locator('[data-test="pager-total"]').innerText(), /共 43 条/)
    await page.locator('.filter-bar .el-form-item', { hasText: '层级' }).locator('.el-select').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '县（区）' }).click()
    await page.locator('.filter-bar').getByRole('button', { name: '查询' }).click()
    await page.locator('[data-test="pager-total"]', { hasText: '共 9 条' }).waitFor()
    await screenshot(page, '03-org-nodes')
  })

  test('units: a bad field shows its error on the field, a good one is created', async () => {
    const { page } = ctx
    await page.locator('[data-test="side-menu"]').getByText('承办单位', { exact: true }).click()
    await page.waitForURL('**/org/units')
    await page.locator('[data-test="units-table"]').getByText('省教育厅').waitFor()
    await page.locator('[data-test="create-unit"]').click()
    const dialog = page.locator('[data-test="unit-dialog"]')
    await dialog.locator('.el-dialog__body').waitFor()

    // Nothing filled in: the required fields say so.
    await dialog.locator('[data-test="dialog-save"]').click()
    await fieldError(dialog, '单位名称').filter({ hasText: '请填写单位名称' }).waitFor()
    await fieldError(dialog, '单位编码').filter({ hasText: '请填写单位编码' }).waitFor()

    // A code that is already taken: the server refuses, the message sits on the code field.
    await dialog.getByPlaceholder('如：县教育局').fill('鼎城区教育局')
    await dialog.getByPlaceholder('本系统内唯一，如 U2001').fill('U1001')
    await dialog.locator('[data-test="dialog-save"]').click()
    await fieldError(dialog, '单位编码').filter({ hasText: '该编码已被使用' }).waitFor()
    await fieldError(dialog, '单位名称').waitFor({ state: 'hidden' })
    await screenshot(page, '04-unit-field-error')

    // A fresh code: created, the dialog closes, the list shows it.
    await dialog.getByPlaceholder('本系统内唯一，如 U2001').fill('E2E-430721-01')
    await dialog.locator('[data-test="dialog-save"]').click()
    await page.locator('.el-message--success', { hasText: '新增成功' }).waitFor()
    await dialog.waitFor({ state: 'hidden' })
    await page.locator('.filter-bar').getByPlaceholder('单位名称或编码').fill('鼎城区教育局')
    await page.locator('.filter-bar').getByPlaceholder('单位名称或编码').press('Enter')
    await page.locator('[data-test="units-table"]').getByText('E2E-430721-01').waitFor()
    await page.locator('[data-test="pager-total"]', { hasText: '共 1 条' }).waitFor()
    await screenshot(page, '05-units')
  })

  test('terms: the server’s field error (term longer than six years) shows on the field', async () => {
    const { page } = ctx
    await page.locator('[data-test="side-menu"]').getByText('届次', { exact: true }).click()
    await page.waitForURL('**/org/terms')
    // With the field key the demo gives every congress a term (十三届 at the province, 七届 in
    // the cities, 十八届 in counties and townships), so the first page shows some of them.
    await page.locator('[data-test="terms-table"]').getByText('十八届').first().waitFor()
    await page.locator('[data-test="create-term"]').click()
    const dialog = page.locator('[data-test="term-dialog"]')
    await dialog.locator('.el-dialog__body').waitFor()
    await dialog.locator('.el-input-number input').fill('14')
    await dialog.locator('.el-form-item', { hasText: '开始日期' }).locator('input').fill('2028-01-16')
    await dialog.locator('.el-form-item', { hasText: '开始日期' }).locator('input').press('Enter')
    const end = dialog.locator('.el-form-item', { hasText: '届满日期' }).locator('input')
    await end.fill('2035-01-15')
    await end.press('Enter')
    await dialog.locator('[data-test="dialog-save"]').click()
    await fieldError(dialog, '届满日期').filter({ hasText: '一届任期不超过六年' }).waitFor()
    await screenshot(page, '06-term-field-error')
    await dialog.getByRole('button', { name: '取消' }).click()
  })

  test('at phone width the side menu becomes a drawer', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
    try {
      await login(phone.page, 'staff.wang', password('staff.wang'))
      assert.equal(await phone.page.locator('[data-test="side-menu"]').count(), 0)
      await phone.page.locator('[data-test="menu-toggle"]').click()
      await phone.page.locator('[data-test="side-menu"]').getByText('承办单位', { exact: true }).waitFor()
      await phone.page.waitForTimeout(400) // the drawer slides in
      await screenshot(phone.page, '07-phone-menu')
      await phone.page.locator('[data-test="side-menu"]').getByText('承办单位', { exact: true }).click()
      await phone.page.waitForURL('**/org/units')
      await phone.page.locator('[data-test="units-table"]').getByText('省教育厅').waitFor()
      await screenshot(phone.page, '08-phone-units')
    } finally {
      await phone.context.close()
    }
  })

  test('when the session ends, the next request goes to the login page with the server’s reason', async () => {
    const { page, context } = ctx
    await context.clearCookies()
    await page.locator('[data-test="side-menu"]').getByText('人大机构', { exact: true }).click()
    await page.waitForURL(/\/login\?redirect=/)
    await page.locator('[data-test="login-notice"]').waitFor()
    assert.match(await page.locator('[data-test="login-notice"]').innerText(), /登录/)
  })
})

describe('deputy (deputy.li)', () => {
  test('has no administration menus, and /users answers 403', async () => {
    const { page, context, errors } = await newPage()
    try {
      await login(page, 'deputy.li', password('deputy.li'))
      const menu = await menuTexts(page)
      assert.ok(menu.includes('组织机构'), `deputies read the org tree: ${menu}`)
      assert.ok(!menu.includes('账号管理'), `no accounts menu: ${menu}`)
      assert.ok(!menu.includes('审计日志'), `no audit menu: ${menu}`)
      await page.goto('/users')
      await page.locator('[data-test="forbidden"]').waitFor()
      assert.match(await page.locator('[data-test="forbidden"]').innerText(), /403/)
      await screenshot(page, '09-deputy-403')
      await page.goto('/audit')
      await page.locator('[data-test="forbidden"]').waitFor()
      // Read-only organisation pages: no create button.
      await page.goto('/org/units')
      await page.locator('[data-test="units-table"]').getByText('省教育厅').waitFor()
      assert.equal(await page.locator('[data-test="create-unit"]').count(), 0)
      await page.goto('/no/such/page')
      await page.locator('[data-test="not-found"]').waitFor()
      // Log out from the user menu: back to the login page, and the session is gone.
      await page.locator('[data-test="user-menu"]').click()
      await page.locator('[data-test="logout"]').click()
      await page.waitForURL('**/login')
      assert.match(await page.locator('[data-test="login-notice"]').innerText(), /您已安全退出/)
      await page.goto('/org/units')
      await page.waitForURL(/\/login\?redirect=(%2F|\/)org(%2F|\/)units/)
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })
})

describe('administrators', () => {
  test('sysadmin sees accounts and the create form with the password rules', async () => {
    const { page, context } = await newPage()
    try {
      await login(page, 'sysadmin', password('sysadmin'))
      await page.locator('[data-test="org-level-chart"] canvas').waitFor()
      await page.locator('[data-test="stat-nodes"]', { hasText: '43' }).waitFor()
      await page.locator('[data-test="side-menu"]').getByText('账号管理', { exact: true }).click()
      await page.locator('[data-test="users-table"]').getByText('staff.wang').waitFor()
      await screenshot(page, '10-users')
      await page.locator('[data-test="create-user"]').click()
      const dialog = page.locator('[data-test="user-dialog"]')
      await dialog.locator('.el-dialog__body').waitFor()
      await dialog.locator('.el-form-item', { hasText: '用户名' }).locator('input').fill('clerk.zhou')
      await dialog.locator('.el-form-item', { hasText: '初始密码' }).locator('input').fill('short')
      await dialog.locator('[data-test="dialog-save"]').click()
      await fieldError(dialog, '初始密码').filter({ hasText: '密码不符合要求' }).waitFor()
      await screenshot(page, '11-user-create')
    } finally {
      await context.close()
    }
  })

  test('secadmin opens an account’s role grants', async () => {
    const { page, context } = await newPage()
    try {
      await login(page, 'secadmin', password('secadmin'))
      await page.locator('[data-test="side-menu"]').getByText('账号管理', { exact: true }).click()
      const row = page.locator('[data-test="users-table"] .el-table__row', { hasText: 'deputy.li' })
      await row.waitFor()
      await row.locator('[data-test="open-grants"]').click()
      const drawer = page.locator('[data-test="grants-drawer"]')
      await drawer.locator('[data-test="grants-table"]').getByText('代表').first().waitFor()
      await drawer.getByRole('button', { name: '授予角色' }).waitFor()
      await drawer.locator('.el-loading-mask').waitFor({ state: 'hidden' })
      await screenshot(page, '12-grants')
    } finally {
      await context.close()
    }
  })

  test('auditor filters the audit log, expands a record and exports', async () => {
    const { page, context, errors } = await newPage()
    try {
      await login(page, 'auditor', password('auditor'))
      const menu = await menuTexts(page)
      assert.ok(menu.includes('审计日志'), `audit menu: ${menu}`)
      assert.ok(!menu.includes('组织机构') && !menu.includes('账号管理'), `only the audit log: ${menu}`)
      await page.locator('[data-test="side-menu"]').getByText('审计日志', { exact: true }).click()
      await page.waitForURL('**/audit')
      const table = page.locator('[data-test="audit-table"]')
      await table.locator('.el-table__row').first().waitFor()

      // Filter: the unit creation made by staff.wang above.
      await page.locator('.filter-bar').getByPlaceholder('操作人、操作或对象编号').fill('staff.wang')
      await page.locator('[data-test="audit-action"]').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: '新增承办单位' }).click()
      await page.locator('[data-test="audit-outcome"]').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: '成功' }).click()
      const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })
      const range = page.locator('.filter-bar .el-date-editor')
      await range.locator('input').first().fill(today)
      await range.locator('input').nth(1).fill(today)
      await range.locator('input').nth(1).press('Enter')
      await page.locator('[data-test="audit-search"]').click()
      await page.locator('[data-test="pager-total"]', { hasText: '共 1 条' }).waitFor()
      await table.locator('.el-table__row', { hasText: 'staff.wang' }).first().waitFor()

      // Expand: the field changes of the record.
      await table.locator('.el-table__expand-icon').first().click()
      const changes = page.locator('[data-test="audit-changes"]')
      await changes.getByText('鼎城区教育局').waitFor()
      await screenshot(page, '13-audit')

      // Export the same selection as CSV.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-test="audit-export"]').click(),
      ])
      const csv = readFileSync(await download.path(), 'utf8')
      assert.ok(csv.startsWith('\ufeff'), 'UTF-8 BOM')
      assert.match(csv, /序号/)
      assert.match(csv, /org\.unit\.create/)
      assert.match(csv, /鼎城区教育局/)
      assert.equal(csv.trim().split('\r\n').length, 2, 'header and one record')
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })
})

describe('a lost authenticator (重置动态口令)', () => {
  /** Calls the API from the signed-in page, as the app does (session cookie + CSRF token). */
  function apiFromPage(page, method, url, body) {
    return page.evaluate(
      async ([method, url, body]) => {
        const headers = { 'X-CSRF-Token': sessionStorage.getItem('daibiao.csrf') ?? '' }
        if (body !== undefined) headers['Content-Type'] = 'application/json'
        const r = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
        const text = await r.text()
        return { status: r.status, body: text ? JSON.parse(text) : null }
      },
      [method, url, body],
    )
  }

  /** The users page, searched for one account; returns that account's row. */
  async function findUser(page, username) {
    await page.locator('[data-test="side-menu"]').getByText('账号管理', { exact: true }).click()
    await page.waitForURL('**/users')
    const search = page.locator('.filter-bar').getByPlaceholder('用户名或姓名')
    await search.fill(username)
    await search.press('Enter')
    await page.locator('[data-test="pager-total"]', { hasText: '共 1 条' }).waitFor()
    const row = page.locator('[data-test="users-table"] .el-table__row', { hasText: username })
    await row.waitFor()
    return row
  }

  /** Clicks 重置动态口令 in the row, checks the question and confirms it. */
  async function resetTotp(page, row, name) {
    await row.locator('[data-test="reset-totp"]').click()
    const box = page.locator('.el-message-box')
    await box.getByText('确定重置账号').waitFor()
    assert.match(await box.innerText(), new RegExp(`确定重置账号“.*（${name.replace('.', '\\.')}）”的动态口令吗`))
    assert.match(await box.innerText(), /可凭密码登录后重新绑定身份验证器/)
    await box.getByRole('button', { name: '重置动态口令' }).click()
    await box.waitFor({ state: 'hidden' })
  }

  test('sysadmin resets an ordinary account’s second factor: it signs in with the password alone', async () => {
    // officer.sun binds an authenticator, so signing in asks for its code.
    const sun = await newPage()
    const admin = await newPage()
    const later = await newPage()
    try {
      await login(sun.page, 'officer.sun', password('officer.sun'))
      const setup = await apiFromPage(sun.page, 'POST', '/api/v1/auth/totp/setup')
      assert.equal(setup.status, 200, JSON.stringify(setup.body))
      const enabled = await apiFromPage(sun.page, 'POST', '/api/v1/auth/totp/enable', {
        code: totpCode(setup.body.secret),
      })
      assert.equal(enabled.status, 204, JSON.stringify(enabled.body))

      await later.page.goto('/login')
      await later.page.locator('#login-username').fill('officer.sun')
      await later.page.locator('#login-password').fill(password('officer.sun'))
      await later.page.locator('#login-password').press('Enter')
      await later.page.locator('[data-test="totp-step"]').waitFor()

      // sysadmin resets it from the users page (204: done at once).
      await login(admin.page, 'sysadmin', password('sysadmin'))
      const row = await findUser(admin.page, 'officer.sun')
      // Cancelling asks nothing of the server.
      await row.locator('[data-test="reset-totp"]').click()
      await admin.page.locator('.el-message-box').getByRole('button', { name: '取消' }).click()
      await admin.page.locator('.el-message-box').waitFor({ state: 'hidden' })
      await resetTotp(admin.page, row, 'officer.sun')
      await admin.page.locator('.el-message--success', { hasText: '动态口令已重置' }).waitFor()
      await screenshot(admin.page, '14-users-totp-reset')

      // An administrator account is not sysadmin’s to reset: the server’s reason is shown.
      const auditorRow = await findUser(admin.page, 'auditor')
      await resetTotp(admin.page, auditorRow, 'auditor')
      await admin.page.locator('.el-message--error', { hasText: '管理员账号只能由安全管理员管理' }).waitFor()

      // The reset ended officer.sun’s session; the password alone signs in now.
      await sun.page.reload()
      await sun.page.waitForURL(/\/login/)
      await login(later.page, 'officer.sun', password('officer.sun'))
      assert.deepEqual([...sun.errors, ...admin.errors, ...later.errors], [])
    } finally {
      await sun.context.close()
      await admin.context.close()
      await later.context.close()
    }
  })

  test('secadmin files an administrator’s reset; it waits for a second administrator', async () => {
    const { page, context, errors } = await newPage()
    try {
      await login(page, 'secadmin', password('secadmin'))
      const row = await findUser(page, 'auditor')
      await resetTotp(page, row, 'auditor')
      await page.locator('.el-message--warning', { hasText: '已提交，待另一名管理员批准' }).waitFor()
      assert.equal(await page.locator('.el-message--success', { hasText: '动态口令已重置' }).count(), 0)

      await page.goto('/admin-requests')
      const pending = page.locator('[data-test="admin-requests-table"] .el-table__row', { hasText: 'auditor' })
      await pending.waitFor()
      assert.match(await pending.innerText(), /重置动态口令/)
      await screenshot(page, '15-admin-request-totp-reset')
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })
})
