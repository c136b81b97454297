// Browser test of the random sampling review (随机抽样点评) against a real daibiao server with
// the demo data: staff.wang (联工委) announces a draw of two of the demo session's assigned
// suggestions without a seed, publishes the seed 7351 and draws; the downloaded population's
// SHA-256 is the hash shown, the items are the ones the published recipe gives
// (docs/supervision.md, recomputed here with node:crypto), and `daibiao sample verify`
// agrees (exit 0). leader.liu sees the draw and its items but may neither seed nor draw.
// Then a review from the draw to the published scores: staff.wang announces two of the
// answered items with the seed given at once (default criteria, pass mark 60), draws and
// records the unit's report on the first; leader.liu (another context) comments and scores
// the first all 30 and the second all 90; staff.wang publishes after the question, and the
// page shows 30.00 不合格 (已督办重办 when the item was answered, in follow-up or closed — an
// item already being handled again stays) and 90.00 合格.
// Run with `npm run e2e` after `npm run build`.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, test } from 'node:test'
import { launchBrowser, login, menuTexts, newPage, pick, screenshot, settle } from './support/browser.mjs'
import { startServer } from './support/server.mjs'

// The server is started here rather than by serverAndBrowser: the test needs its database.
let server
let browser
before(async () => {
  server = await startServer({ name: 'supervision' })
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})
const password = (user) => {
  const p = server.logins.get(user)
  assert.ok(p, `demo login ${user} missing`)
  return p
}
const open = () => newPage(browser, server.baseUrl)

const webDir = fileURLToPath(new URL('..', import.meta.url))
const bin = path.resolve(webDir, process.env.DAIBIAO_BIN ?? '../build/debug/server/daibiao')
const sha256 = (s) => createHash('sha256').update(s, 'utf8').digest('hex')

const STAMP = Date.now().toString(36)
const TITLE = `常委会会议随机抽样点评（${STAMP}）`
const PENDING_TITLE = `待公布种子的抽样（${STAMP}）`
const SEED = '7351'
const REVIEW_TITLE = `答复办理情况抽样点评（${STAMP}）`
const REVIEW_SEED = '2468'

/** Opens 随机抽样点评 from the side menu (unfolding 督办 first). */
async function openFromMenu(page) {
  const menu = page.locator('[data-test="side-menu"]')
  const item = menu.locator('.el-menu-item', { hasText: '随机抽样点评' })
  if (!(await item.isVisible())) await menu.locator('.el-sub-menu__title', { hasText: '督办' }).click()
  await item.click()
  await page.waitForURL('**/supervision/draws')
}

/** Answers the confirmation box with its primary button, after checking its text. */
async function confirmBox(page, text) {
  const box = page.locator('.el-message-box')
  await box.waitFor()
  assert.match(await box.innerText(), text)
  await box.locator('.el-message-box__btns .el-button--primary').click()
  await box.waitFor({ state: 'hidden' })
}

describe('random sampling review', () => {
  let drawPath = ''
  let drawId = 0
  let pendingId = 0

  test('staff.wang announces a draw, publishes the seed and draws', async () => {
    const { context, page, errors } = await open()
    await login(page, 'staff.wang', password('staff.wang'))
    const menu = await menuTexts(page)
    assert.ok(menu.includes('督办') && menu.includes('随机抽样点评'), `staff menu: ${menu}`)
    await openFromMenu(page)
    await page.locator('[data-test="draws-table"]').waitFor()

    await page.locator('[data-test="create-draw"]').click()
    const dialog = page.locator('[data-test="announce-dialog"]')
    await dialog.waitFor()
    await dialog.locator('input[data-test="announce-title"]').fill(TITLE)
    await pick(page, dialog.locator('[data-test="announce-session"]'), '第四次会议')
    const size = dialog.locator('[data-test="announce-size"] input')
    await size.fill('2')
    await size.press('Tab')
    await dialog.locator('input[data-test="announce-seed-source"]').fill('主任会议当场公布的四位数')
    await screenshot(page, 'supervision-01-announce')
    await dialog.locator('input[data-test="announce-seed-source"]').press('Enter') // Enter announces

    await page.waitForURL(/\/supervision\/draws\/\d+$/)
    drawPath = new URL(page.url()).pathname
    drawId = Number(drawPath.split('/').pop())
    const detail = page.locator('[data-test="draw-detail"]')
    await detail.locator('.page-title', { hasText: TITLE }).waitFor()
    assert.equal((await page.locator('[data-test="draw-seed"]').innerText()).trim(), '尚未公布')
    assert.equal((await page.locator('[data-test="draw-status"]').innerText()).trim(), '已公告')
    assert.equal((await page.locator('[data-test="draw-scope"]').innerText()).trim(), '已交办的建议')
    const population = Number((await page.locator('[data-test="draw-population"]').innerText()).match(/\d+/)[0])
    assert.ok(population >= 2, `population ${population}`)
    const hash = (await page.locator('[data-test="draw-hash"]').innerText()).trim()
    assert.match(hash, /^[0-9a-f]{64}$/)
    assert.equal(await page.locator('[data-test="run-draw"]').count(), 0, 'no draw before the seed')

    // The population snapshot: its SHA-256 is the hash shown.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test="download-population"]').click(),
    ])
    assert.equal(download.suggestedFilename(), `抽样范围-${drawId}.txt`)
    const snapshot = readFileSync(await download.path(), 'utf8')
    assert.equal(sha256(snapshot), hash)
    assert.equal(snapshot.split('\n').filter(Boolean).length, population)

    // 公布随机种子: Enter in the field, then the question.
    await page.locator('input[data-test="seed-input"]').fill(SEED)
    await page.locator('input[data-test="seed-input"]').press('Enter')
    await confirmBox(page, /种子公布后不能更改|公布后不能更改/)
    await page.locator('[data-test="draw-seed"]', { hasText: SEED }).waitFor()
    assert.equal(await page.locator('[data-test="seed-form"]').count(), 0)

    await settle(page)
    await page.locator('[data-test="run-draw"]').click()
    await confirmBox(page, /抽取结果将被记录且不能更改/)
    await page.locator('[data-test="draw-status"]', { hasText: '已抽取' }).waitFor()
    const rows = page.locator('[data-test="draw-items"] .el-table__body tr')
    await rows.first().waitFor()
    assert.equal(await rows.count(), 2)
    assert.equal(await page.locator('[data-test="run-draw"]').count(), 0)
    assert.match(await rows.first().innerText(), /第\d+号/)

    // The items are the two smallest keys of the recipe (no strata).
    const expected = snapshot
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const id = line.split('\t')[0]
        return { id: Number(id), key: sha256(`${SEED}\n${hash}\n${id}`) }
      })
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id))
      .slice(0, 2)
    const hrefs = await page
      .locator('[data-test="draw-items"] a[data-test="item-title"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    assert.deepEqual(
      hrefs,
      expected.map((e) => `/suggestions/${e.id}`),
    )
    const keys = await page.locator('[data-test="item-key"]').allInnerTexts()
    assert.deepEqual(
      keys.map((k) => k.trim()),
      expected.map((e) => e.key),
    )
    await settle(page)
    await screenshot(page, 'supervision-02-drawn')

    // A second draw, announced without a seed (through the API, as the page would), for
    // leader.liu to see while it waits for its seed.
    pendingId = await page.evaluate(
      async ({ id, title }) => {
        const first = await (await fetch(`/api/v1/supervision/draws/${id}`)).json()
        const res = await fetch('/api/v1/supervision/draws', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': sessionStorage.getItem('daibiao.csrf') },
          body: JSON.stringify({
            title,
            session_id: first.session_id,
            sample_size: 1,
            seed_source: '某日公开开奖号码',
          }),
        })
        return (await res.json()).id
      },
      { id: drawId, title: PENDING_TITLE },
    )
    assert.ok(pendingId > drawId, `second draw ${pendingId}`)

    // The list shows the first as drawn.
    await page.goto('/supervision/draws')
    const row = page.locator('[data-test="draws-table"] .el-table__row', { hasText: TITLE })
    await row.waitFor()
    assert.match(await row.innerText(), /已抽取/)
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('daibiao sample verify recomputes the draw from the database (exit 0)', () => {
    assert.ok(drawId, 'staff.wang drew')
    const db = `sqlite://${path.join(server.dir, 'e2e.db')}`
    // execFileSync throws on a non-zero exit.
    const out = execFileSync(bin, ['sample', 'verify', '--db', db, '--draw', String(drawId)], { encoding: 'utf8' })
    assert.match(out, new RegExp(SEED))
  })

  test('leader.liu sees the draws and the items but may neither seed nor draw', async () => {
    assert.ok(drawPath, 'staff.wang drew')
    const { context, page, errors } = await open()
    await login(page, 'leader.liu', password('leader.liu'))
    const menu = await menuTexts(page)
    assert.ok(menu.includes('随机抽样点评'), `leader menu: ${menu}`)
    await openFromMenu(page)
    const row = page.locator('[data-test="draws-table"] .el-table__row', { hasText: TITLE })
    await row.waitFor()
    assert.equal(await page.locator('[data-test="create-draw"]').count(), 0)
    await row.locator('a[data-test="draw-title"]').click()
    await page.waitForURL(`**${drawPath}`)
    await page.locator('[data-test="draw-detail"] .page-title', { hasText: TITLE }).waitFor()
    await page.locator('[data-test="draw-items"] .el-table__body tr').first().waitFor()
    assert.equal(await page.locator('[data-test="draw-items"] .el-table__body tr').count(), 2)
    assert.equal((await page.locator('[data-test="draw-seed"]').innerText()).trim(), SEED)
    assert.equal(await page.locator('[data-test="seed-form"]').count(), 0)
    assert.equal(await page.locator('[data-test="run-draw"]').count(), 0)

    // A draw waiting for its seed: said so, and still no seed form or draw button.
    await page.goto(`/supervision/draws/${pendingId}`)
    await page.locator('[data-test="draw-waiting"]', { hasText: '等待公布随机种子' }).waitFor()
    assert.equal((await page.locator('[data-test="draw-seed"]').innerText()).trim(), '尚未公布')
    assert.equal(await page.locator('[data-test="seed-form"]').count(), 0)
    assert.equal(await page.locator('[data-test="run-draw"]').count(), 0)
    await screenshot(page, 'supervision-03-leader')
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('a review from the draw to the published scores', async () => {
    const staff = await open()
    await login(staff.page, 'staff.wang', password('staff.wang'))
    await staff.page.goto('/supervision/draws')
    await staff.page.locator('[data-test="create-draw"]').click()
    const dialog = staff.page.locator('[data-test="announce-dialog"]')
    await dialog.waitFor()
    await dialog.locator('input[data-test="announce-title"]').fill(REVIEW_TITLE)
    await pick(staff.page, dialog.locator('[data-test="announce-session"]'), '第四次会议')
    await dialog.locator('[data-test="announce-stage"] .el-radio', { hasText: '已答复的建议' }).click()
    const size = dialog.locator('[data-test="announce-size"] input')
    await size.fill('2')
    await size.press('Tab')
    await dialog.locator('input[data-test="announce-seed-source"]').fill('主任会议当场公布的四位数')
    assert.equal((await dialog.locator('[data-test="weight-sum"]').innerText()).trim(), '权重合计 100（应为 100）')
    assert.equal(await dialog.locator('[data-test="criterion-row"]').count(), 4)
    await dialog.locator('input[data-test="announce-seed"]').fill(REVIEW_SEED)
    await dialog.locator('input[data-test="announce-seed"]').press('Enter')

    await staff.page.waitForURL(/\/supervision\/draws\/\d+$/)
    const reviewPath = new URL(staff.page.url()).pathname
    await staff.page.locator('[data-test="draw-seed"]', { hasText: REVIEW_SEED }).waitFor()
    assert.equal(
      (await staff.page.locator('[data-test="draw-criteria"]').innerText()).replace(/\s+/g, ''),
      '办理态度（20%）沟通联系（20%）答复质量（20%）落实成效（40%）',
    )
    assert.equal((await staff.page.locator('[data-test="draw-pass-score"]').innerText()).trim(), '60 分')
    await settle(staff.page)
    await staff.page.locator('[data-test="run-draw"]').click()
    await confirmBox(staff.page, /抽取结果将被记录且不能更改/)
    await staff.page.locator('[data-test="draw-status"]', { hasText: '已抽取' }).waitFor()
    const rows = staff.page.locator('[data-test="draw-items"] .el-table__body tr')
    await rows.first().waitFor()
    assert.equal(await rows.count(), 2)
    const ids = (
      await staff.page
        .locator('[data-test="draw-items"] a[data-test="item-title"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    ).map((h) => Number(h.split('/').pop()))
    // The first item's state now: answered, in follow-up or closed goes back; re-handling stays.
    const firstState = (await rows.first().locator('td').nth(5).innerText()).trim()
    assert.match(firstState, /^(已答复\/待评价|重新办理|跟踪落实|办结)$/)

    // 汇报 on the first item (its panel is open).
    const first = staff.page.locator(`[data-test="review-${ids[0]}"]`)
    await first.locator('textarea[data-test="report-input"]').fill('主办单位汇报：已召开专题会议研究，制定整改方案。')
    await first.locator('[data-test="report-save"]').click()
    await staff.page.locator('.el-message', { hasText: '已保存汇报' }).waitFor()
    assert.equal(await staff.page.locator('[data-test="publish-results"]').count(), 1)

    // leader.liu comments and scores both.
    const leader = await open()
    await login(leader.page, 'leader.liu', password('leader.liu'))
    await leader.page.goto(reviewPath)
    const lFirst = leader.page.locator(`[data-test="review-${ids[0]}"]`)
    await lFirst.waitFor()
    assert.match(await lFirst.locator('[data-test="report-text"]').innerText(), /制定整改方案/)
    assert.equal(await lFirst.locator('[data-test="report-form"]').count(), 0)
    assert.equal(await leader.page.locator('[data-test="publish-results"]').count(), 0)
    await lFirst.locator('textarea[data-test="comment-input"]').fill('答复不够具体，落实措施缺少时限。')
    await lFirst.locator('[data-test="comment-save"]').click()
    await lFirst.locator('[data-test="comment"]', { hasText: '落实措施缺少时限' }).waitFor()

    /** Fills one score per criterion and submits with Enter (the last field) or the button. */
    async function score(panel, value, viaEnter) {
      const inputs = panel.locator('[data-test="sheet-score"] input')
      assert.equal(await inputs.count(), 4)
      for (let i = 0; i < 4; i++) await inputs.nth(i).fill(String(value))
      if (viaEnter) await inputs.nth(3).press('Enter')
      else await panel.locator('[data-test="sheet-save"]').click()
      await panel.locator('[data-test="sheet-row-total"]', { hasText: `${value}.00` }).waitFor()
    }
    await score(lFirst, 30, true)
    const lSecondHead = leader.page.locator('[data-test="review-item-2"] .el-collapse-item__header')
    await lSecondHead.click()
    const lSecond = leader.page.locator(`[data-test="review-${ids[1]}"]`)
    await lSecond.locator('[data-test="sheet-form"]').waitFor({ state: 'visible' })
    await score(lSecond, 90, false)
    await settle(leader.page)
    await screenshot(leader.page, 'supervision-04-scored')
    assert.deepEqual(leader.errors, [])
    await leader.context.close()

    // staff.wang publishes.
    await staff.page.reload()
    await staff.page.locator('[data-test="publish-results"]').click()
    await confirmBox(staff.page, /最终结果[\s\S]*督办重办/)
    await staff.page.locator('[data-test="draw-status"]', { hasText: '已公布' }).waitFor()
    assert.equal(await staff.page.locator('[data-test="publish-results"]').count(), 0)
    assert.deepEqual(
      (await staff.page.locator('[data-test="head-score"]').allInnerTexts()).map((s) => s.trim()),
      ['30.00', '90.00'],
    )
    assert.deepEqual(
      (await staff.page.locator('[data-test="head-outcome"]').allInnerTexts()).map((s) => s.trim()),
      ['不合格', '合格'],
    )
    const sentBack = firstState !== '重新办理'
    const firstHead = await staff.page.locator('[data-test="review-item-1"] .el-collapse-item__header').innerText()
    assert.equal(firstHead.includes('已督办重办'), sentBack, `first item (${firstState}): ${firstHead}`)
    const secondHead = await staff.page.locator('[data-test="review-item-2"] .el-collapse-item__header').innerText()
    assert.ok(!secondHead.includes('已督办重办'), secondHead)
    await staff.page
      .locator(`[data-test="review-${ids[0]}"] [data-test="review-score"]`, { hasText: '30.00' })
      .waitFor()
    assert.equal(await staff.page.locator('[data-test="sheet-form"]').count(), 0)
    await settle(staff.page)
    await screenshot(staff.page, 'supervision-05-published')
    assert.deepEqual(staff.errors, [])
    await staff.context.close()
  })
})
