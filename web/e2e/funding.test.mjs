// Browser test of funding (经费保障) against a real daibiao server with the demo data: staff.wang
// (联工委) opens 经费保障 from the menu — the demo's 代表建议办理专项资金 is listed — and creates
// a special fund of 100,000.00 元; officer.zhao (省教育厅) asks 12,345.67 元 on an item his unit
// is handling; staff.wang finds the ask under 待核定经费 and grants 10,000.00 元 of it from the new
// fund (the dialog refuses more than asked first); zhao records a payment of 2,500.50 元; the
// fund then has 90,000.00 元 available with 2,500.50 元 spent and lists the grant, and the item's
// card and timeline show each step.
// Run with `npm run e2e` after `npm run build`.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { fieldError, login, menuTexts, pick, screenshot, settle } from './support/browser.mjs'
import { serverAndBrowser } from './support/suite.mjs'

const { password, newPage } = serverAndBrowser('funding')
const STAMP = Date.now().toString(36)
const POOL = `乡村道路专项资金（${STAMP}）`
const PURPOSE = `村道硬化及排水沟修缮（${STAMP}）`

/** Opens a page of 督办 from the side menu (unfolding the group first). */
async function openFromMenu(page, label, url) {
  const menu = page.locator('[data-test="side-menu"]')
  const item = menu.locator('.el-menu-item', { hasText: label })
  if (!(await item.isVisible())) await menu.locator('.el-sub-menu__title', { hasText: '督办' }).click()
  await item.click()
  await page.waitForURL(url)
}

/** The row of the pools table naming `name`, after searching for it. */
async function poolRow(page, name) {
  await page.locator('input[data-test="pools-q"]').fill(name)
  await page.locator('[data-test="pools-filters"] [data-test="filter-search"]').click()
  const row = page.locator('[data-test="pools-table"] .el-table__body-wrapper tr', { hasText: name })
  await row.waitFor()
  return row
}

describe('funding', () => {
  let itemPath = ''

  test('staff.wang creates a fund of 100,000.00 元', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'staff.wang', password('staff.wang'))
    assert.ok((await menuTexts(page)).includes('经费保障'))
    await openFromMenu(page, '经费保障', '**/supervision/funds')
    await page.locator('[data-test="pools-table"]').getByText('代表建议办理专项资金', { exact: true }).waitFor()

    await page.locator('[data-test="pool-create"]').click()
    const dialog = page.locator('[data-test="pool-dialog"]')
    await dialog.waitFor()
    await dialog.locator('input[data-test="pool-name-input"]').fill(POOL)
    await dialog.locator('input[data-test="pool-total"]').fill('100,000.001')
    await dialog.locator('[data-test="pool-save"]').click()
    await fieldError(dialog, '资金总额').getByText('金额最多保留两位小数（精确到分）').waitFor()
    await dialog.locator('input[data-test="pool-total"]').fill('100,000')
    await dialog.locator('textarea[data-test="pool-note"]').fill('县财政安排，用于代表建议反映的村道问题。')
    await screenshot(page, 'funding-01-create')
    await dialog.locator('[data-test="pool-save"]').click()
    await dialog.waitFor({ state: 'hidden' })

    // The new fund opens: all of it available.
    const drawer = page.locator('[data-test="pool-drawer"]')
    await drawer.locator('[data-test="pool-drawer-available"]', { hasText: '100,000.00 元' }).waitFor()
    assert.match(await drawer.locator('[data-test="pool-grants"]').innerText(), /还没有从该资金核定经费/)
    await drawer.locator('.el-drawer__close-btn').click()
    await drawer.waitFor({ state: 'hidden' })
    const row = await poolRow(page, POOL)
    assert.equal((await row.locator('[data-test="pool-available"]').innerText()).trim(), '100,000.00 元')
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('officer.zhao asks 12,345.67 元 on an item his unit handles', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'officer.zhao', password('officer.zhao'))
    const id = await page.evaluate(async () => {
      const r = await fetch('/api/v1/suggestions?box=unit&state=handling&page_size=50')
      const body = await r.json()
      const mine = body.items.find((s) => s.lead_unit_name === '省教育厅') ?? body.items[0]
      return mine?.id ?? 0
    })
    assert.ok(id > 0, 'no item in handling for officer.zhao')
    itemPath = `/suggestions/${id}`
    await page.goto(itemPath)
    const card = page.locator('[data-test="funding-card"]')
    await card.waitFor()
    await card.locator('[data-test="funding-ask"]').click()
    const dialog = page.locator('[data-test="funding-ask-dialog"]')
    await dialog.waitFor()
    await dialog.locator('input[data-test="funding-ask-amount"]').fill('12,345.67')
    await dialog.locator('textarea[data-test="funding-ask-purpose"]').fill(PURPOSE)
    await dialog.locator('[data-test="funding-ask-save"]').click()
    await dialog.waitFor({ state: 'hidden' })
    const ask = card.locator('[data-test="funding-request"]', { hasText: PURPOSE })
    await ask.locator('[data-test="funding-status"]', { hasText: '待核定' }).waitFor()
    assert.equal((await ask.locator('[data-test="funding-request-amount"]').innerText()).trim(), '12,345.67 元')
    // The unit neither grants nor refuses.
    assert.equal(await ask.locator('[data-test="funding-grant"]').count(), 0)
    await page.locator('[data-test="timeline-action"]', { hasText: '申请办理经费' }).first().waitFor()
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('staff.wang grants 10,000.00 元 of it from the new fund', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'staff.wang', password('staff.wang'))
    await page.goto('/supervision/funds?tab=asks')
    const row = page.locator('[data-test="asks-table"] .el-table__body-wrapper tr', { hasText: PURPOSE })
    await row.waitFor()
    assert.equal((await row.locator('[data-test="ask-amount"]').innerText()).trim(), '12,345.67 元')
    await row.locator('[data-test="ask-grant"]').click()
    const dialog = page.locator('[data-test="funding-grant-dialog"]')
    await dialog.waitFor()
    const amount = dialog.locator('input[data-test="funding-grant-amount"]')
    assert.equal(await amount.inputValue(), '12,345.67')
    await pick(page, dialog.locator('[data-test="funding-grant-pool"]'), POOL)
    assert.match(
      await dialog.locator('[data-test="funding-grant-limit"]').innerText(),
      /最多可核定 12,345\.67 元（申请 12,345\.67 元，可用余额 100,000\.00 元）/,
    )
    await amount.fill('12,345.68')
    await dialog.locator('[data-test="funding-grant-save"]').click()
    await fieldError(dialog, '核定金额').getByText('核定金额不能超过申请金额 12,345.67 元').waitFor()
    await amount.fill('10,000')
    await dialog.locator('textarea[data-test="funding-grant-note"]').fill('按评审后的工程预算核定')
    await screenshot(page, 'funding-02-grant')
    await dialog.locator('[data-test="funding-grant-save"]').click()
    await dialog.waitFor({ state: 'hidden' })
    // No longer waiting for a decision.
    await row.waitFor({ state: 'detached' })
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('officer.zhao records a payment of 2,500.50 元 out of the grant', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'officer.zhao', password('officer.zhao'))
    await page.goto(itemPath)
    const ask = page.locator('[data-test="funding-request"]', { hasText: PURPOSE })
    await ask.locator('[data-test="funding-status"]', { hasText: '已核定' }).waitFor()
    assert.match(
      await ask.locator('[data-test="funding-decision"]').innerText(),
      /核定 10,000\.00 元，从“乡村道路专项资金/,
    )
    await ask.locator('[data-test="funding-spend"]').click()
    const dialog = page.locator('[data-test="funding-spend-dialog"]')
    await dialog.waitFor()
    assert.match(await dialog.locator('[data-test="funding-spend-left"]').innerText(), /尚可支出 10,000\.00 元/)
    await dialog.locator('input[data-test="funding-spend-amount"]').fill('2,500.50')
    await dialog.locator('textarea[data-test="funding-spend-note"]').fill('支付村道硬化第一期进度款')
    await dialog.locator('[data-test="funding-spend-save"]').click()
    await dialog.waitFor({ state: 'hidden' })
    await ask.locator('[data-test="funding-left"]', { hasText: '已支出 2,500.50 元，尚可支出 7,499.50 元' }).waitFor()
    assert.match(await ask.locator('[data-test="funding-payment"]').innerText(), /2,500\.50 元/)
    for (const step of ['申请办理经费', '核定办理经费', '登记经费支出'])
      await page.locator('[data-test="timeline-action"]', { hasText: step }).first().waitFor()
    await settle(page)
    await page.locator('[data-test="funding-card"]').scrollIntoViewIfNeeded()
    await screenshot(page, 'funding-03-item')
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('the fund shows the grant and the spending', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'staff.wang', password('staff.wang'))
    await page.goto('/supervision/funds')
    const row = await poolRow(page, POOL)
    assert.equal((await row.locator('[data-test="pool-available"]').innerText()).trim(), '90,000.00 元')
    assert.match(await row.locator('[data-test="pool-usage"]').innerText(), /已核定 10%，已支出 2\.5%/)
    await row.locator('[data-test="pool-name"]').click()
    const drawer = page.locator('[data-test="pool-drawer"]')
    await drawer.locator('[data-test="pool-drawer-spent"]', { hasText: '2,500.50 元' }).waitFor()
    assert.equal((await drawer.locator('[data-test="pool-drawer-granted"]').innerText()).trim(), '10,000.00 元')
    const grant = drawer.locator('[data-test="pool-grants"] .el-table__body-wrapper tr')
    await grant.first().waitFor()
    assert.equal(await grant.count(), 1)
    assert.match(await grant.first().innerText(), /10,000\.00 元/)
    assert.equal(
      new URL((await grant.first().locator('a[data-test="pool-grant-item"]').getAttribute('href')) ?? '', 'http://x')
        .pathname,
      itemPath,
    )
    await screenshot(page, 'funding-04-pool')
    assert.deepEqual(errors, [])
    await context.close()
  })
})
