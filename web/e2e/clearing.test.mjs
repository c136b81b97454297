// Browser test of the clearing campaign (清零行动) against a real daibiao server with the demo
// data (its own server: the carry-over is once per congress and year). staff.wang (联工委)
// opens 清零行动 from the menu: the board of the own congress's current year — the countdown,
// the totals (the stages add up to 未清零), the units — its congress and year in the address;
// a unit's count opens the items behind it, as many as it says; 导出 Excel downloads both
// sheets; 结转未清零建议 with a due date 90 days on asks first, naming how many items, then
// shows the plan (已清零 0 件 / 共 N 件, every item listed) and the board links to it without the
// button. leader.liu reads the same board with the plan, and no button.
// Run with `npm run e2e` after `npm run build`.
import assert from 'node:assert/strict'
import path from 'node:path'
import { describe, test } from 'node:test'
import { login, menuTexts, screenshot, settle } from './support/browser.mjs'
import { outputDir } from './support/server.mjs'
import { serverAndBrowser } from './support/suite.mjs'
import { readXlsx } from './support/xlsx.mjs'

const { password, newPage } = serverAndBrowser('clearing')

const STAGES = ['unreviewed', 'unassigned', 'unanswered', 'unevaluated', 'rehandling', 'follow_up']

/** YYYY-MM-DD of today plus `days` in Beijing. */
function beijingDate(days = 0) {
  const d = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000)
  return d.toISOString().slice(0, 10)
}

/** Opens 清零行动 from the side menu (unfolding 督办 first). */
async function openFromMenu(page) {
  const menu = page.locator('[data-test="side-menu"]')
  const item = menu.locator('.el-menu-item', { hasText: '清零行动' })
  if (!(await item.isVisible())) await menu.locator('.el-sub-menu__title', { hasText: '督办' }).click()
  await item.click()
  await page.waitForURL(/\/supervision\/clearing\?/)
  await page.locator('[data-test="clearing-units"] .el-table__body-wrapper tr').first().waitFor()
}

/** The number of a total's figure. */
async function total(page, reason) {
  const text = await page
    .locator(`[data-test="clearing-totals"] [data-test="counter-${reason}"] .counter-n`)
    .innerText()
  return Number(text.trim())
}

describe('clearing campaign', () => {
  let planPath = ''
  let remaining = 0
  const year = beijingDate().slice(0, 4)

  test('staff.wang reads the board, drills down, exports and carries the year over', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'staff.wang', password('staff.wang'))
    const menu = await menuTexts(page)
    assert.ok(menu.includes('清零行动'), `staff menu: ${menu}`)
    await openFromMenu(page)

    // The own congress's current year, kept in the address.
    const query = new URL(page.url()).searchParams
    assert.equal(query.get('year'), year)
    assert.match(query.get('org_node_id') ?? '', /^\d+$/)
    assert.match(
      (await page.locator('[data-test="clearing-countdown"]').innerText()).trim(),
      new RegExp(`^(距 ${year} 年底还有 \\d+ 天|今天是 ${year} 年最后一天)$`),
    )

    // The totals: the stages add up to 未清零, which the demo's items of the year fill.
    remaining = await total(page, 'remaining')
    assert.ok(remaining > 0, `remaining ${remaining}`)
    let stages = 0
    for (const s of STAGES) stages += await total(page, s)
    assert.equal(stages, remaining)
    assert.equal(await page.locator('[data-test="clearing-plan"]').count(), 0)
    await settle(page)
    await screenshot(page, 'clearing-01-board')

    // A unit's count opens its items: as many as it says.
    const row = page.locator('[data-test="clearing-units"] .el-table__body-wrapper tr', {
      has: page.locator('[data-test="count-remaining"]'),
    })
    const first = row.first()
    const unit = (await first.locator('[data-test="unit-name"]').innerText()).trim()
    const count = Number((await first.locator('[data-test="count-remaining"]').innerText()).trim())
    await first.locator('[data-test="count-remaining"]').click()
    const drawer = page.locator('[data-test="clearing-drill"]')
    await drawer.locator('.el-drawer__title', { hasText: `${unit} · 未清零（${year} 年）` }).waitFor()
    const cards = drawer.locator('[data-test^="suggestion-card-"]')
    await cards.first().waitFor()
    assert.equal(await cards.count(), Math.min(count, 20))
    assert.equal((await drawer.locator('[data-test="pager-total"]').innerText()).trim(), `共 ${count} 条`)
    await screenshot(page, 'clearing-02-drill')
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'hidden' })

    // 导出 Excel: the units with a 合计 row, and every remaining item.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test="export-clearing"]').click(),
    ])
    assert.equal(download.suggestedFilename(), `clearing-${year}.xlsx`)
    const saved = path.join(outputDir, 'clearing-export.xlsx')
    await download.saveAs(saved)
    const book = readXlsx(saved)
    assert.deepEqual(Object.keys(book), ['按单位', '未清零建议'])
    assert.equal(book['未清零建议'].length, remaining + 1) // the header row too

    // 结转未清零建议: the date 90 days on, the default title, a note; asked first.
    const due = beijingDate(90)
    await page.locator('[data-test="carry-over"]').click()
    const dialog = page.locator('[data-test="carry-over-dialog"]')
    await dialog.waitFor()
    assert.match(await dialog.locator('[data-test="carry-over-hint"]').innerText(), new RegExp(`尚有 ${remaining} 件`))
    const date = dialog.locator('[data-test="carry-over-due"] input')
    await date.fill(due)
    await date.press('Enter')
    await dialog
      .locator('textarea[data-test="carry-over-note"]')
      .fill('结转的建议由各主办单位在一季度内办结，联工委每月通报进展。')
    await dialog.locator('[data-test="carry-over-save"]').click()
    const box = page.locator('.el-message-box')
    await box.waitFor()
    assert.match(
      await box.innerText(),
      new RegExp(
        `将把 ${year} 年度 ${remaining} 件未清零建议结转到“${year}年度未清零建议结转计划”，计划 ${due} 前完成`,
      ),
    )
    await box.locator('.el-message-box__btns .el-button--primary').click()

    // The plan's page: nothing cleared yet, every item listed.
    await page.waitForURL(/\/supervision\/clearing\/plans\/\d+$/)
    planPath = new URL(page.url()).pathname
    const plan = page.locator('[data-test="clearing-plan-page"]')
    await plan.locator('.page-title', { hasText: `${year}年度未清零建议结转计划` }).waitFor()
    assert.equal((await plan.locator('[data-test="plan-due"]').innerText()).trim(), due)
    assert.match(
      await plan.locator('[data-test="plan-progress"]').innerText(),
      new RegExp(`已清零 0 件 / 共 ${remaining} 件`),
    )
    assert.equal(await plan.locator('[data-test="plan-items"] .el-table__body-wrapper tr').count(), remaining)
    assert.match(await plan.locator('[data-test="plan-facts"]').innerText(), /一季度内办结/)
    await settle(page)
    await screenshot(page, 'clearing-03-plan')

    // Back on the board: the plan's line links to it, and the button is gone.
    await page.goBack()
    const line = page.locator('[data-test="clearing-plan"]')
    await line.waitFor()
    assert.equal((await line.innerText()).trim(), `已结转：${year}年度未清零建议结转计划，计划 ${due} 前完成`)
    assert.equal(await line.locator('a').getAttribute('href'), planPath)
    assert.equal(await page.locator('[data-test="carry-over"]').count(), 0)
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('leader.liu reads the board and the plan but may not carry over', async () => {
    assert.ok(planPath, 'staff.wang carried over')
    const { context, page, errors } = await newPage()
    await login(page, 'leader.liu', password('leader.liu'))
    await openFromMenu(page)
    assert.equal(await total(page, 'remaining'), remaining)
    await page.locator('[data-test="clearing-plan"] a').click()
    await page.waitForURL(`**${planPath}`)
    await page.locator('[data-test="plan-items"] .el-table__body-wrapper tr').first().waitFor()
    await page.goBack()
    await page.locator('[data-test="clearing-totals"]').waitFor()
    assert.equal(await page.locator('[data-test="carry-over"]').count(), 0)
    assert.deepEqual(errors, [])
    await context.close()
  })
})
