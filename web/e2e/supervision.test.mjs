// Browser test of the random sampling review (随机抽样点评) against a real daibiao server with
// the demo data: staff.wang (联工委) announces a draw of two of the demo session's assigned
// suggestions without a seed, publishes the seed 7351 and draws; the downloaded population's
// SHA-256 is the hash shown, the items are the ones the published recipe gives
// (docs/supervision.md, recomputed here with node:crypto), and `daibiao sample verify`
// agrees (exit 0). leader.liu sees the draw and its items but may neither seed nor draw.
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
})
