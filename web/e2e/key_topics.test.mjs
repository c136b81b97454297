// Browser test of key suggestions (重点督办) and the division of work (领衔督办分工) against a real
// daibiao server with the demo data (its own server: a topic takes its items out of the
// candidates). staff.wang (联工委) opens 重点督办 from the menu — the demo's topic is listed —
// lowers the candidates' threshold to 2 deputies (the demo's items have the lead deputy and
// one co-signer), records a topic over the first candidate in one step with 刘振东 as its
// supervising leader, and lands on the topic's page; logs a topical inquiry (专题询问) with a
// question and its answer; the item's page shows the topic (a link to it) and its timeline
// 列为重点督办 and 重点督办活动. leader.liu reads the topic and the division of work (his ★★★
// and ★★ rules) without a button to change either. staff.wang concludes the topic after the
// question: 已办结 with the conclusion, and the item's page shows 重点督办办结 and no active topic.
// Run with `npm run e2e` after `npm run build`.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { login, menuTexts, pick, screenshot, settle } from './support/browser.mjs'
import { serverAndBrowser } from './support/suite.mjs'

const { password, newPage } = serverAndBrowser('key-topics')
const STAMP = Date.now().toString(36)
const TITLE = `群众关切的民生实事（${STAMP}）`
const QUESTION = '目前还有多少项工作没有完成？'
const CONCLUSION = '各件建议反映的问题已列入年度计划并基本解决。'

/** Opens a page of 督办 from the side menu (unfolding the group first). */
async function openFromMenu(page, label, url) {
  const menu = page.locator('[data-test="side-menu"]')
  const item = menu.locator('.el-menu-item', { hasText: label })
  if (!(await item.isVisible())) await menu.locator('.el-sub-menu__title', { hasText: '督办' }).click()
  await item.click()
  await page.waitForURL(url)
}

describe('key suggestions', () => {
  let topicPath = ''
  let itemPath = ''

  test('staff.wang records a topic from a candidate and logs an inquiry; the item shows both', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'staff.wang', password('staff.wang'))
    const menu = await menuTexts(page)
    assert.ok(menu.includes('重点督办') && menu.includes('领衔督办分工'), `staff menu: ${menu}`)
    await openFromMenu(page, '重点督办', '**/supervision/key-topics')
    await page.locator('[data-test="key-topics-table"]').getByText('群众反映集中的民生问题').waitFor()

    // The candidates raised by at least 2 deputies.
    const candidates = page.locator('[data-test="key-candidates"]')
    const min = candidates.locator('[data-test="key-candidates-min"] input')
    await min.fill('2')
    await min.press('Tab')
    const row = candidates.locator('.el-table__body-wrapper tr', {
      has: page.locator('[data-test="key-candidate-title"]'),
    })
    await row.first().waitFor()
    const first = row.first()
    itemPath = new URL(
      (await first.locator('a[data-test="key-candidate-title"]').getAttribute('href')) ?? '',
      'http://x',
    ).pathname
    assert.match(itemPath, /^\/suggestions\/\d+$/)
    assert.ok(Number((await first.locator('[data-test="key-candidate-deputies"]').innerText()).trim()) >= 2)
    await screenshot(page, 'key-topics-01-candidates')

    // In one step: the dialog opens with the item, its title and today.
    await first.locator('[data-test="key-candidate-create"]').click()
    const dialog = page.locator('[data-test="key-topic-dialog"]')
    await dialog.waitFor()
    assert.equal(await dialog.locator('[data-test="key-item-picked"]').count(), 1)
    assert.notEqual(await dialog.locator('input[data-test="key-topic-title"]').inputValue(), '')
    await dialog.locator('input[data-test="key-topic-title"]').fill(TITLE)
    await dialog.locator('input[data-test="key-topic-meeting"]').fill('第十二次主任会议')
    await pick(page, dialog.locator('[data-test="key-topic-leader"]'), '刘振东')
    await dialog.locator('input[data-test="key-topic-government-leader"]').fill('分管副省长')
    await dialog.locator('input[data-test="key-topic-committee"]').fill('社会建设委员会')
    await screenshot(page, 'key-topics-dialog')
    await dialog.locator('[data-test="key-topic-save"]').click()
    await page.waitForURL(/\/supervision\/key-topics\/\d+$/)
    topicPath = new URL(page.url()).pathname
    await page.locator('.page-title', { hasText: TITLE }).waitFor()
    const facts = await page.locator('[data-test="key-topic-facts"]').innerText()
    assert.match(facts, /刘振东/)
    assert.match(facts, /分管副省长/)
    assert.match(facts, /社会建设委员会/)
    assert.equal(await page.locator('[data-test="key-topic-status"]').first().innerText(), '督办中')
    assert.equal(
      await page.locator('a[data-test="key-topic-item"]').first().getAttribute('href'),
      itemPath,
      'the topic holds the candidate',
    )

    // A topical inquiry with a question and its answer.
    await page.locator('[data-test="key-activity-log"]').click()
    const log = page.locator('[data-test="key-activity-dialog"]')
    await log.waitFor()
    await log.locator('.el-radio-button', { hasText: '专题询问' }).click()
    await log.locator('input[data-test="key-activity-place"]').fill('常委会第一会议室')
    await log.locator('input[data-test="key-activity-participants"]').fill('督办领导、部分代表、承办单位负责人')
    await log
      .locator('textarea[data-test="key-activity-summary"]')
      .fill('就建议办理情况开展专题询问，承办单位到会应询。')
    const q = log.locator('[data-test="key-question"]').first()
    await q.locator('textarea[data-test="key-question-text"]').fill(QUESTION)
    await q.locator('input[data-test="key-question-asked-by"]').fill('李建华')
    await q.locator('textarea[data-test="key-question-answer"]').fill('还有两项，年底前完成。')
    await q.locator('input[data-test="key-question-answered-by"]').fill('承办单位负责人')
    await screenshot(page, 'key-topics-activity-dialog')
    await log.locator('[data-test="key-activity-save"]').click()
    await log.waitFor({ state: 'hidden' })
    const activity = page.locator('[data-test="key-activity"]', { hasText: QUESTION })
    await activity.waitFor()
    assert.equal((await activity.locator('[data-test="key-activity-kind-tag"]').innerText()).trim(), '专题询问')
    assert.match(await activity.locator('[data-test="key-activity-qa"]').innerText(), /还有两项，年底前完成。/)
    await settle(page)
    await screenshot(page, 'key-topics-02-topic')

    // The item's page: the topic (a link to it) and both steps in its timeline.
    await page.locator('a[data-test="key-topic-item"]').first().click()
    await page.waitForURL(`**${itemPath}`)
    const line = page.locator('[data-test="item-key-topic-link"]')
    await line.waitFor()
    assert.equal((await line.innerText()).trim(), `《${TITLE}》`)
    assert.equal(await line.getAttribute('href'), topicPath)
    await page.locator('[data-test="timeline-action"]', { hasText: '列为重点督办' }).first().waitFor()
    const step = page.locator('[data-test="timeline-item"]', { hasText: '重点督办活动' }).first()
    await step.waitFor()
    assert.match(await step.innerText(), /专题询问/)
    await screenshot(page, 'key-topics-03-item')
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('leader.liu reads the topic and the division of work, with nothing to change', async () => {
    assert.ok(topicPath, 'the first test made no topic')
    const { context, page, errors } = await newPage()
    await login(page, 'leader.liu', password('leader.liu'))
    await openFromMenu(page, '重点督办', '**/supervision/key-topics')
    await page.locator('[data-test="key-topics-table"]').getByText(TITLE).waitFor()
    assert.equal(await page.locator('[data-test="key-topic-create"]').count(), 0)
    await page.goto(topicPath)
    await page.locator('.page-title', { hasText: TITLE }).waitFor()
    await page.locator('[data-test="key-activity"]', { hasText: QUESTION }).waitFor()
    assert.equal(await page.locator('[data-test="key-activity-log"]').count(), 0)
    assert.equal(await page.locator('[data-test="key-topic-conclude"]').count(), 0)

    await openFromMenu(page, '领衔督办分工', '**/supervision/leaders')
    const leaders = page.locator('[data-test="leader-rules-table"] [data-test="rule-leader-text"]')
    await leaders.first().waitFor()
    assert.deepEqual(
      (await leaders.allInnerTexts()).map((s) => s.trim()),
      ['刘振东', '刘振东'],
    )
    assert.equal(await page.locator('[data-test="leader-rules-save"]').count(), 0)
    await page.locator('[data-test="coverage-card"] [data-test="coverage-rate"]').waitFor()
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('staff.wang concludes the topic after the question; the item no longer shows it', async () => {
    assert.ok(topicPath && itemPath, 'the first test made no topic')
    const { context, page, errors } = await newPage()
    await login(page, 'staff.wang', password('staff.wang'))
    // The committee edits the division of work in place.
    await page.goto('/supervision/leaders')
    await page.locator('[data-test="leader-rules-table"] [data-test="rule-leader"]').first().waitFor()
    assert.equal(await page.locator('[data-test="leader-rules-save"]').isDisabled(), true)
    await screenshot(page, 'key-topics-leader-rules')

    await page.goto(topicPath)
    await page.locator('[data-test="key-topic-conclude"]').click()
    const dialog = page.locator('[data-test="key-conclude-dialog"]')
    await dialog.waitFor()
    await dialog.locator('textarea[data-test="key-conclusion"]').fill(CONCLUSION)
    await dialog.locator('[data-test="key-conclude-save"]').click()
    const box = page.locator('.el-message-box')
    await box.waitFor()
    assert.ok((await box.innerText()).includes(`确定办结“${TITLE}”吗？`), await box.innerText())
    await box.locator('.el-button', { hasText: '办结' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.locator('[data-test="key-topic-status"]', { hasText: '已办结' }).first().waitFor()
    assert.equal((await page.locator('[data-test="key-topic-conclusion"]').innerText()).trim(), CONCLUSION)
    assert.equal(await page.locator('[data-test="key-activity-log"]').count(), 0)
    await settle(page)
    await screenshot(page, 'key-topics-04-concluded')

    await page.goto(itemPath)
    await page.locator('[data-test="timeline-action"]', { hasText: '重点督办办结' }).first().waitFor()
    assert.equal(await page.locator('[data-test="item-key-topic"]').count(), 0)

    // The list shows it concluded.
    await page.goto('/supervision/key-topics')
    const listed = page.locator('[data-test="key-topics-table"] .el-table__body-wrapper tr', { hasText: TITLE })
    await listed.waitFor()
    assert.equal((await listed.locator('[data-test="key-topic-status"]').innerText()).trim(), '已办结')
    assert.deepEqual(errors, [])
    await context.close()
  })
})
