// Browser test of unit scorecards (承办单位考评) against a real daibiao server with the demo data
// (its own server). staff.wang (联工委) opens 承办单位考评 from the 督办 menu: the ranking is the
// API's — each unit's score with two decimals (— without one), best first — under the default
// weights, said so; a unit's 问题解决率 opens the items it counts. In 权重设置 a sum other than
// 100 is refused before anything is sent; all the weight on 问题解决率 is saved after the
// question, and every unit's score becomes its resolution rate. leader.liu reads the page under
// the weights the committee set, without 权重设置.
// Run with `npm run e2e` after `npm run build`.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { login, menuTexts, screenshot, settle } from './support/browser.mjs'
import { serverAndBrowser } from './support/suite.mjs'

const { password, newPage } = serverAndBrowser('scorecards')
const COMPONENTS = ['on_time', 'contact', 'resolution', 'implementation', 'satisfaction', 'sampling']

/** GET an API path as the signed-in page (the session cookie goes along). */
function apiGet(page, path) {
  return page.evaluate(async (p) => {
    const r = await fetch(p)
    return { status: r.status, body: await r.json() }
  }, path)
}

/** Opens a page of 督办 from the side menu (unfolding the group first). */
async function openFromMenu(page, label, url) {
  const menu = page.locator('[data-test="side-menu"]')
  const item = menu.locator('.el-menu-item', { hasText: label })
  if (!(await item.isVisible())) await menu.locator('.el-sub-menu__title', { hasText: '督办' }).click()
  await item.click()
  await page.waitForURL(url)
}

const scoreText = (v) => (v === null ? '—' : v.toFixed(2))

/** The ranking as the table shows it: [unit, score] in order. */
async function ranking(page) {
  const table = page.locator('[data-test="scorecard-table"] .el-table__body-wrapper')
  const units = await table.locator('[data-test="sc-unit"]').allInnerTexts()
  const scores = await table.locator('[data-test="sc-score"]').allInnerTexts()
  return units.map((u, i) => [u.trim(), scores[i].trim()])
}

/** Waits until the table shows the API's scorecards, in its order. */
async function showsApi(page, sc) {
  const want = sc.units.map((u) => [u.unit_name, scoreText(u.score)])
  await page.waitForFunction((w) => {
    const rows = [...document.querySelectorAll('[data-test="scorecard-table"] .el-table__body-wrapper tr')]
    const got = rows.map((r) => [
      r.querySelector('[data-test="sc-unit"]')?.textContent?.trim(),
      r.querySelector('[data-test="sc-score"]')?.textContent?.trim(),
    ])
    return JSON.stringify(got) === JSON.stringify(w)
  }, want)
  assert.deepEqual(await ranking(page), want)
}

describe('unit scorecards', () => {
  test('staff.wang reads the ranking and puts all the weight on 问题解决率', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'staff.wang', password('staff.wang'))
    assert.ok((await menuTexts(page)).includes('承办单位考评'))
    await openFromMenu(page, '承办单位考评', /\/supervision\/scorecards/)
    await page.waitForURL(/\/supervision\/scorecards\?org_node_id=\d+&year=\d{4}$/)
    const query = new URL(page.url()).search

    const before = (await apiGet(page, `/api/v1/supervision/scorecards${query}`)).body
    assert.equal(before.default_weights, true)
    assert.ok(
      before.units.some((u) => u.score !== null),
      'the demo has scored units',
    )
    await showsApi(page, before)
    const inForce = page.locator('[data-test="scorecards-weights-in-force"]')
    assert.equal((await inForce.locator('[data-test="scorecards-weights-kind"]').innerText()).trim(), '默认权重')
    assert.equal(
      (await inForce.locator('[data-test="weight-in-force-resolution"]').innerText()).trim(),
      '问题解决率 25',
    )
    assert.match(await page.locator('[data-test="scorecards-formula"]').innerText(), /加权平均/)
    const first = page.locator('[data-test="scorecard-table"] .el-table__body-wrapper tr').first()
    assert.equal((await first.locator('[data-test="sc-rank"]').innerText()).trim(), '1')
    await screenshot(page, 'scorecards-01-ranking')

    // A unit's 问题解决率 lists the items it counts (统计看板's drill-down).
    const withResolution = before.units.find((u) => u.components.resolution.denominator > 0)
    assert.ok(withResolution, 'a unit has answered items')
    const row = page
      .locator('[data-test="scorecard-table"] .el-table__body-wrapper tr', { hasText: withResolution.unit_name })
      .first()
    await row.locator('[data-test="sc-resolution"] button[data-test="sc-value"]').click()
    const drawer = page.locator('[data-test="figure-drill"]')
    await drawer
      .locator('[data-test="drill-total"]', { hasText: `共 ${withResolution.components.resolution.numerator} 件` })
      .waitFor()
    assert.match(
      await drawer.locator('.el-drawer__title').innerText(),
      new RegExp(`${withResolution.unit_name} · 问题解决率`),
    )
    await drawer.locator('.el-drawer__close-btn').click()
    await drawer.waitFor({ state: 'hidden' })

    // 权重设置: a sum other than 100 is refused here; then all on 问题解决率.
    await page.locator('[data-test="scorecards-weights"]').click()
    const dialog = page.locator('[data-test="weights-dialog"]')
    await dialog.waitFor()
    const weight = (c) => dialog.locator(`[data-test="weight-${c}"] input`)
    async function setWeight(c, v) {
      await weight(c).fill(String(v))
      await weight(c).press('Tab')
    }
    await setWeight('resolution', 100)
    assert.equal((await dialog.locator('[data-test="weights-sum"]').innerText()).trim(), '权重合计 175（应为 100）')
    await dialog.locator('[data-test="weights-save"]').click()
    await dialog.getByText('各项权重之和应为 100，现为 175').waitFor()
    assert.equal(await page.locator('.el-message-box').count(), 0)
    for (const c of COMPONENTS) if (c !== 'resolution') await setWeight(c, 0)
    assert.equal((await dialog.locator('[data-test="weights-sum"]').innerText()).trim(), '权重合计 100（应为 100）')
    await screenshot(page, 'scorecards-02-weights')
    await dialog.locator('[data-test="weights-save"]').click()
    const box = page.locator('.el-message-box')
    await box.waitFor()
    assert.match(
      await box.locator('.el-message-box__message').innerText(),
      /所有承办单位的综合得分和排名都将按新的权重重新计算/,
    )
    await box.locator('.el-message-box__btns .el-button--primary').click()
    await dialog.waitFor({ state: 'hidden' })

    await inForce.locator('[data-test="scorecards-weights-kind"]', { hasText: '本年度已设定' }).waitFor()
    const after = (await apiGet(page, `/api/v1/supervision/scorecards${query}`)).body
    assert.equal(after.default_weights, false)
    assert.deepEqual(after.weights, {
      on_time: 0,
      contact: 0,
      resolution: 100,
      implementation: 0,
      satisfaction: 0,
      sampling: 0,
    })
    for (const u of after.units) assert.equal(u.score, u.components.resolution.value, u.unit_name)
    await showsApi(page, after)
    const scores = (sc) => Object.fromEntries(sc.units.map((u) => [u.unit_name, u.score]))
    assert.notDeepEqual(scores(after), scores(before), 'the scores changed')
    assert.equal(
      (await inForce.locator('[data-test="weight-in-force-resolution"]').innerText()).trim(),
      '问题解决率 100',
    )
    await settle(page)
    await screenshot(page, 'scorecards-03-resolution-only')
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('leader.liu reads the ranking without 权重设置', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'leader.liu', password('leader.liu'))
    assert.ok((await menuTexts(page)).includes('承办单位考评'))
    await openFromMenu(page, '承办单位考评', /\/supervision\/scorecards/)
    await page.waitForURL(/\/supervision\/scorecards\?org_node_id=\d+&year=\d{4}$/)
    const query = new URL(page.url()).search
    const sc = (await apiGet(page, `/api/v1/supervision/scorecards${query}`)).body
    assert.equal(sc.can_manage, false)
    await showsApi(page, sc)
    await page.locator('[data-test="scorecards-weights-kind"]').waitFor()
    assert.equal(await page.locator('[data-test="scorecards-weights"]').count(), 0)
    await page.locator('[data-test="scorecards-figures"]').waitFor()
    await screenshot(page, 'scorecards-04-leader')
    assert.deepEqual(errors, [])
    await context.close()
  })
})
