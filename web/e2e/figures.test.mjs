// Browser test of the figures dashboard (统计看板) and the role home pages (工作台) against a real
// daibiao server with the demo data. staff.wang (联工委) opens 统计看板 from the menu: the KPI
// cards show each rate with its numerator and denominator — the same as the API's — and a
// click on 按时答复率's numerator lists exactly the items it counts, each linking to its
// suggestion; 导出 Excel gives the units' table; a unit's count in the league table lists that
// unit's items. officer.zhao's home page shows his unit's queues with the board's counts and
// his unit's own figures, and a queue opens the board under its filters. deputy.li's home page
// shows his suggestions by stage (his items counted by state) and what waits for him; a stage
// opens 我的建议 in that state.
// Run with `npm run e2e` after `npm run build`.
import assert from 'node:assert/strict'
import path from 'node:path'
import { describe, test } from 'node:test'
import { login, menuTexts, screenshot } from './support/browser.mjs'
import { outputDir } from './support/server.mjs'
import { serverAndBrowser } from './support/suite.mjs'
import { readXlsx } from './support/xlsx.mjs'

const { password, newPage } = serverAndBrowser('figures')

/** GET an API path as the signed-in page (the session cookie goes along). */
function apiGet(page, path) {
  return page.evaluate(async (p) => {
    const r = await fetch(p)
    return { status: r.status, body: await r.json() }
  }, path)
}

const tileCount = async (tile) => Number((await tile.locator('[data-test="queue-count"]').innerText()).trim())

describe('figures dashboard and home pages', () => {
  test('staff.wang reads the KPI cards and drills into a figure', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'staff.wang', password('staff.wang'))
    // The home page: the committee's queues and the key figures.
    await page.locator('[data-test="home-staff"] [data-test="queue-unassigned"] [data-test="queue-count"]').waitFor()
    await page.locator('[data-test="home-figures"] [data-test="kpi-resolution"] [data-test="kpi-rate"]').waitFor()

    const menu = await menuTexts(page)
    assert.ok(menu.includes('统计看板'), `staff menu: ${menu}`)
    await page.locator('[data-test="side-menu"] .el-menu-item', { hasText: '统计看板' }).click()
    await page.waitForURL(/\/figures\?/)

    const { body: figures } = await apiGet(page, '/api/v1/figures/suggestions')
    const total = figures.total
    assert.ok(total.items > 0, 'the demo has accepted items this year')
    const card = page.locator('[data-test="kpi-on_time"]')
    await card.locator('[data-test="kpi-rate"]').waitFor()
    const rateText = (await card.locator('[data-test="kpi-rate"]').innerText()).trim()
    assert.equal(rateText, total.on_time.rate === null ? '—' : `${Number(total.on_time.rate.toFixed(2))}%`)
    assert.equal(
      Number((await card.locator('[data-test="kpi-numerator"]').innerText()).trim()),
      total.on_time.numerator,
    )
    assert.equal(
      Number((await card.locator('[data-test="kpi-denominator"]').innerText()).trim()),
      total.on_time.denominator,
    )
    for (const m of ['contact', 'satisfaction', 'resolution', 'implementation', 'rehandling', 'mean_answer_days'])
      await page.locator(`[data-test="kpi-${m}"] [data-test="kpi-rate"]`).waitFor()
    await page.locator('[data-test="unit-league"] [data-test="league-unit"]', { hasText: '省教育厅' }).waitFor()
    await page.locator('[data-test="chart-compare"] canvas').waitFor()
    await screenshot(page, 'figures-01-dashboard')

    // 按时答复率's numerator: exactly the items answered on time.
    await card.locator('[data-test="kpi-numerator"]').click()
    const drawer = page.locator('[data-test="figure-drill"]')
    await drawer.waitFor()
    await drawer.locator('[data-test="drill-total"]').waitFor()
    assert.match(await drawer.locator('.el-drawer__title').innerText(), /按时答复率/)
    assert.match(
      await drawer.locator('[data-test="drill-total"]').innerText(),
      new RegExp(`共 ${total.on_time.numerator} 件`),
    )
    const items = drawer.locator('[data-test="drill-item"]')
    assert.equal(await items.count(), Math.min(total.on_time.numerator, 20))
    const href = await items.first().locator('a[data-test="drill-item-link"]').getAttribute('href')
    assert.match(href ?? '', /^\/suggestions\/\d+$/)
    await screenshot(page, 'figures-02-drill')
    await drawer.locator('.el-drawer__close-btn').click()
    await drawer.waitFor({ state: 'hidden' })

    // 导出 Excel: the units' table with a 合计 row.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test="export-figures"]').click(),
    ])
    assert.equal(download.suggestedFilename(), `办理统计_${figures.year}.xlsx`)
    const saved = path.join(outputDir, 'figures-export.xlsx')
    await download.saveAs(saved)
    const sheet = readXlsx(saved)['办理统计']
    assert.ok(sheet.some((r) => r[0] === '省教育厅') && sheet.at(-1)[0] === '合计', JSON.stringify(sheet.slice(0, 3)))

    // A unit's count in the league table lists that unit's items.
    const row = page.locator('[data-test="unit-league"] .el-table__body-wrapper tr', { hasText: '省教育厅' }).first()
    const unitItems = Number((await row.locator('[data-test="league-items"]').innerText()).trim())
    await row.locator('[data-test="league-items"]').click()
    await drawer.locator('[data-test="drill-total"]', { hasText: `共 ${unitItems} 件` }).waitFor()
    assert.match(await drawer.locator('.el-drawer__title').innerText(), /省教育厅/)
    await items.first().locator('a[data-test="drill-item-link"]').click()
    await page.waitForURL(/\/suggestions\/\d+$/)
    assert.deepEqual(errors, [])
    await context.close()
  })

  test("officer.zhao's home page shows his unit's queues", async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'officer.zhao', password('officer.zhao'))
    const section = page.locator('[data-test="home-unit"]')
    await section.waitFor()
    assert.equal(await page.locator('[data-test="home-deputy"], [data-test="home-staff"]').count(), 0)
    assert.equal(await section.locator('[data-test="queue-answer_drafted"]').count(), 0, 'no 待签发 for an officer')
    const queues = {
      sign_for: '?box=unit&state=assigned',
      handling: '?box=unit&state=handling',
      rehandling: '?box=unit&state=rehandling',
      due_soon: '?box=unit&flag=due_soon',
      overdue: '?box=unit&flag=overdue',
    }
    for (const [key, query] of Object.entries(queues)) {
      const tile = section.locator(`[data-test="queue-${key}"]`)
      await tile.locator('[data-test="queue-count"]').waitFor()
      const { body } = await apiGet(page, `/api/v1/suggestions${query}&page_size=1`)
      assert.equal(await tileCount(tile), body.total, `${key} counts the board's ${query}`)
    }
    assert.ok((await tileCount(section.locator('[data-test="queue-overdue"]'))) > 0, 'the demo has overdue items')
    await section.locator('[data-test="deadline"]').first().waitFor()
    // The unit's own figures: its officers read those only.
    const own = page.locator('[data-test="home-figures"]')
    await own.locator('[data-test="kpi-on_time"] [data-test="kpi-rate"]').waitFor()
    assert.match(await own.innerText(), /本单位\d{4}年办理成效/)
    assert.equal(await own.locator('[data-test="home-figures-link"]').count(), 0)
    await screenshot(page, 'figures-03-unit-home')

    await section.locator('[data-test="queue-overdue"] a').click()
    await page.waitForURL(/\/suggestions\?box=unit&flag=overdue$/)
    await page.locator('[data-test="suggestions-table"] .el-table__body-wrapper tr').first().waitFor()
    assert.deepEqual(errors, [])
    await context.close()
  })

  test("deputy.li's home page shows his suggestions by stage", async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'deputy.li', password('deputy.li'))
    const section = page.locator('[data-test="home-deputy"]')
    await section.waitFor()
    assert.equal(await page.locator('[data-test="home-unit"], [data-test="home-figures"]').count(), 0)

    const { body } = await apiGet(page, '/api/v1/suggestions?box=mine&page_size=100')
    const byState = {}
    for (const s of body.items) byState[s.state] = (byState[s.state] ?? 0) + 1
    const stages = {
      draft: ['draft', 'cosigning', 'returned'],
      review: ['submitted', 'initial_reviewed'],
      handling: [
        'accepted',
        'assigned',
        'handling',
        'reassignment_requested',
        'answer_drafted',
        'rehandling',
        'follow_up',
      ],
      answered: ['answered'],
      closed: ['closed'],
    }
    for (const [key, states] of Object.entries(stages)) {
      const tile = section.locator(`[data-test="queue-${key}"]`)
      await tile.locator('[data-test="queue-count"]').waitFor()
      const want = states.reduce((n, s) => n + (byState[s] ?? 0), 0)
      assert.equal(await tileCount(tile), want, `${key}: ${states.join(', ')}`)
    }
    // What waits for him: the returned draft to revise.
    const tasks = section.locator('[data-test="deputy-tasks"]')
    await tasks.waitFor()
    if (byState.returned) await tasks.locator('[data-test="task"]', { hasText: '退回修改' }).first().waitFor()
    await screenshot(page, 'figures-04-deputy-home')

    // 待我评价 opens 我的建议 of answered items.
    await section.locator('[data-test="queue-answered"] a').first().click()
    await page.waitForURL(/\/suggestions\/mine\?state=answered$/)
    assert.deepEqual(errors, [])
    await context.close()
  })
})
