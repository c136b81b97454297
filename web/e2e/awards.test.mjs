// Browser test of awards (评选表彰) against a real daibiao server with the demo data (its own
// server). staff.wang opens 评选表彰 from the menu — the demo's published suggestion round and
// its open unit round are listed — and opens an excellent-suggestion round for the demo
// session's year with a quota of 1 and the default criteria, nominates two accepted items of
// that year (the reason asked for), and opens the scoring after the question. leader.liu and
// committee.sun each score both items, the weighted total shown as they type, the page saying
// nobody sees another's scores: 刘 90/90/90 and 80/80/80, 孙 80/80/80 and 70/70/100, so the
// first has 85.00 and the second 81.00. staff.wang publishes after the question: the ranking
// shows the first item at 第 1 名 with 85.00 and 获奖, the second at 第 2 名 without; the
// winner's page shows the honour.
// Run with `npm run e2e` after `npm run build`.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { login, menuTexts, screenshot, settle } from './support/browser.mjs'
import { serverAndBrowser } from './support/suite.mjs'

const { password, newPage } = serverAndBrowser('awards')
const STAMP = Date.now().toString(36)
const TITLE = `年度优秀代表建议评选（${STAMP}）`

/** Opens a page of 督办 from the side menu (unfolding the group first). */
async function openFromMenu(page, label, url) {
  const menu = page.locator('[data-test="side-menu"]')
  const item = menu.locator('.el-menu-item', { hasText: label })
  if (!(await item.isVisible())) await menu.locator('.el-sub-menu__title', { hasText: '督办' }).click()
  await item.click()
  await page.waitForURL(url)
}

/** Answers the one question of the page with its confirm button; returns what it asked. */
async function confirm(page) {
  const box = page.locator('.el-message-box')
  await box.waitFor()
  const question = await box.locator('.el-message-box__message').innerText()
  await box.locator('.el-message-box__btns .el-button--primary').click()
  await box.waitFor({ state: 'hidden' })
  return question
}

/** Nominates the first item the picker offers (accepted, of the round's year, not nominated); its label. */
async function nominateFirst(page, reason) {
  await page.locator('[data-test="award-nominate"]').click()
  const dialog = page.locator('[data-test="nominate-dialog"]')
  await dialog.waitFor()
  await dialog.locator('[data-test="nominate-target"]').click()
  const option = page.locator('.el-select-dropdown__item:visible:not(.is-disabled)').first()
  await option.waitFor()
  const label = (await option.locator('span').first().innerText()).trim()
  await option.click()
  await dialog.locator('[data-test="nominate-save"]').click()
  await dialog.getByText('请填写提名理由').waitFor()
  await dialog.locator('textarea[data-test="nominate-reason"]').fill(reason)
  await dialog.locator('[data-test="nominate-save"]').click()
  await dialog.waitFor({ state: 'hidden' })
  return label
}

/** A panel member scores one nomination (by its target) and sees the total before sending. */
async function score(page, target, scores, total) {
  const item = page.locator('[data-test^="award-score-"]', { hasText: target })
  const form = item.locator('[data-test="sheet-form"]')
  if (!(await form.isVisible())) await item.locator('.el-collapse-item__header').click()
  await form.waitFor()
  const inputs = form.locator('[data-test="sheet-score"] input')
  for (const [i, s] of scores.entries()) {
    await inputs.nth(i).fill(String(s))
    await inputs.nth(i).press('Tab')
  }
  assert.equal((await form.locator('[data-test="sheet-total"]').innerText()).trim(), `总分 ${total}`)
  await form.locator('[data-test="sheet-save"]').click()
  await item.locator('[data-test="award-my-sheet"]', { hasText: `我的评分 ${total}` }).waitFor()
}

describe('awards', () => {
  let roundPath = ''
  /** The two nominated items as the picker named them (第N号 title, or the title). */
  let first = ''
  let second = ''

  test('staff.wang opens a round for the session’s year, nominates two items and opens the scoring', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'staff.wang', password('staff.wang'))
    assert.ok((await menuTexts(page)).includes('评选表彰'))
    await openFromMenu(page, '评选表彰', '**/supervision/awards')
    const rows = page.locator('[data-test="awards-table"] .el-table__body-wrapper tr')
    const demo = rows.filter({ hasText: '优秀代表建议' }).filter({ hasText: '已公布' }).first()
    await demo.waitFor()
    await rows.filter({ hasText: '优秀建议承办单位' }).filter({ hasText: '提名中' }).first().waitFor()
    // The demo's round is of the session's year: 2026年度优秀代表建议评选.
    const year = Number(/^(\d{4})年度/.exec(await demo.locator('[data-test="award-title-link"]').innerText())?.[1])
    assert.ok(year > 2000, `year ${year}`)
    await screenshot(page, 'awards-01-list')

    await page.locator('[data-test="award-create"]').click()
    const dialog = page.locator('[data-test="award-dialog"]')
    await dialog.waitFor()
    const yearInput = dialog.locator('[data-test="award-year"] input')
    await yearInput.fill(String(year))
    await yearInput.press('Tab')
    const title = dialog.locator('input[data-test="award-title"]')
    assert.equal(await title.getAttribute('placeholder'), `${year}年度优秀代表建议评选`)
    assert.match(
      await dialog.locator('[data-test="award-defaults"]').innerText(),
      /选题价值（30%）、内容质量（30%）、办理成效（40%）/,
    )
    await title.fill(TITLE)
    const quota = dialog.locator('[data-test="award-quota"] input')
    await quota.fill('1')
    await quota.press('Tab')
    await screenshot(page, 'awards-02-create')
    await dialog.locator('[data-test="award-save"]').click()
    await page.waitForURL(/\/supervision\/awards\/\d+$/)
    roundPath = new URL(page.url()).pathname
    await page.locator('.page-title', { hasText: TITLE }).waitFor()
    assert.equal((await page.locator('[data-test="award-status"]').innerText()).trim(), '提名中')

    first = await nominateFirst(page, '选题精准，推动解决成效明显。')
    second = await nominateFirst(page, '群众关切，办理落实到位。')
    const nominated = page.locator('[data-test="award-nominations"] .el-table__body-wrapper tr')
    await nominated.nth(1).waitFor()
    assert.equal(await nominated.count(), 2)
    const names = await nominated.locator('[data-test="award-target"]').allInnerTexts()
    assert.ok(first.endsWith(names[0].trim()) && second.endsWith(names[1].trim()), `${names} vs ${first}, ${second}`)
    first = names[0].trim()
    second = names[1].trim()
    assert.match(
      (await nominated.first().locator('a[data-test="award-target"]').getAttribute('href')) ?? '',
      /^\/suggestions\/\d+$/,
    )
    await screenshot(page, 'awards-03-nominated')

    await page.locator('[data-test="award-open-scoring"]').click()
    assert.match(await confirm(page), /提名截止/)
    await page.locator('[data-test="award-status"]', { hasText: '评审中' }).waitFor()
    assert.equal(await page.locator('[data-test="award-nominate"]').count(), 0)
    await page.locator('[data-test="award-publish"]').waitFor()
    await settle(page)
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('leader.liu and committee.sun score each item, seeing only their own sheets', async () => {
    const marks = {
      'leader.liu': [
        [90, 90, 90, '90.00'],
        [80, 80, 80, '80.00'],
      ],
      'committee.sun': [
        [80, 80, 80, '80.00'],
        [70, 70, 100, '82.00'],
      ],
    }
    for (const [user, [a, b]] of Object.entries(marks)) {
      const { context, page, errors } = await newPage()
      await login(page, user, password(user))
      await page.goto(roundPath)
      await page.locator('[data-test="award-scoring"]').waitFor()
      assert.match(await page.locator('[data-test="award-stage-note"]').innerText(), /看不到其他成员的评分/)
      assert.equal(await page.locator('[data-test="award-publish"]').count(), 0)
      assert.equal((await page.locator('[data-test="award-my-progress"]').innerText()).trim(), '您已评分 0 / 2 项')
      await score(page, first, a.slice(0, 3), a[3])
      await score(page, second, b.slice(0, 3), b[3])
      assert.equal((await page.locator('[data-test="award-my-progress"]').innerText()).trim(), '您已评分 2 / 2 项')
      if (user === 'committee.sun') {
        const sheets = await page.locator('[data-test="award-sheets"]').allInnerTexts()
        assert.deepEqual(
          sheets.map((s) => s.trim()),
          ['2 份', '2 份'],
        )
        await settle(page)
        await screenshot(page, 'awards-04-scoring')
      }
      assert.deepEqual(errors, [])
      await context.close()
    }
  })

  test('staff.wang publishes: the best wins, and its page shows the honour', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'staff.wang', password('staff.wang'))
    await page.goto(roundPath)
    await page.locator('[data-test="award-publish"]').click()
    const question = await confirm(page)
    assert.match(question, /前 1 名获奖/)
    assert.match(question, /与第 1 名分数相同的全部获奖/)
    await page.locator('[data-test="award-status"]', { hasText: '已公布' }).waitFor()
    const rows = page.locator('[data-test="award-ranking"] .el-table__body-wrapper tr')
    await rows.nth(1).waitFor()
    const ranking = []
    for (let i = 0; i < 2; i++) {
      const row = rows.nth(i)
      ranking.push([
        (await row.locator('[data-test="award-target"]').innerText()).trim(),
        (await row.locator('[data-test="award-rank"]').innerText()).trim(),
        (await row.locator('[data-test="award-score"]').innerText()).trim(),
        await row.locator('[data-test="award-won"]').count(),
      ])
    }
    assert.deepEqual(ranking, [
      [first, '第 1 名', '85.00', 1],
      [second, '第 2 名', '81.00', 0],
    ])
    await settle(page)
    await screenshot(page, 'awards-05-ranking')

    await rows.first().locator('a[data-test="award-target"]').click()
    await page.waitForURL(/\/suggestions\/\d+$/)
    const honour = page.locator('[data-test="award-honour"]', { hasText: TITLE })
    await honour.waitFor()
    assert.match(await honour.innerText(), /第 1 名/)
    await page.locator('[data-test="timeline-action"]', { hasText: '获评优秀代表建议' }).first().waitFor()
    await settle(page)
    await screenshot(page, 'awards-06-honour')
    assert.deepEqual(errors, [])
    await context.close()
  })
})
