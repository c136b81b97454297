// Browser test of a five-present handling meeting (五到场办理会) against a real daibiao server
// with the demo data: officer.zhao (省教育厅) opens an item his unit is handling, schedules a
// meeting for today, records it as held with someone for each of the five parties and the
// minutes; the card shows 已召开 and 五方到场, the item's timeline 召开五到场办理会, and
// /supervision/meetings lists it.
// Run with `npm run e2e` after `npm run build`.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { login, screenshot } from './support/browser.mjs'
import { serverAndBrowser } from './support/suite.mjs'

const { password, newPage } = serverAndBrowser('meetings')
const STAMP = Date.now().toString(36)
const PLACE = `县教育局三楼会议室（${STAMP}）`
const PARTIES = {
  分管领导: '王副县长',
  提出建议的代表: '李代表',
  承办单位: '张局长',
  人大督办人员: '刘主任',
  新闻媒体: '县融媒体中心',
}

describe('five-present handling meeting', () => {
  test('officer.zhao schedules a meeting on a handled item and records it with all five present', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'officer.zhao', password('officer.zhao'))
    // An item the unit handles (the demo has several in 办理中 at 省教育厅).
    const id = await page.evaluate(async () => {
      const r = await fetch('/api/v1/suggestions?box=unit&state=handling&page_size=50')
      const body = await r.json()
      const mine = body.items.find((s) => s.lead_unit_name === '省教育厅') ?? body.items[0]
      return mine?.id ?? 0
    })
    assert.ok(id > 0, 'no item in handling for officer.zhao')
    await page.goto(`/suggestions/${id}`)
    const card = page.locator('[data-test="meetings-card"]')
    await card.waitFor()

    await card.locator('[data-test="meeting-schedule"]').click()
    const schedule = page.locator('[data-test="meeting-schedule-dialog"]')
    await schedule.waitFor()
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
    )
    const day = schedule.locator('.el-form-item', { hasText: '会议日期' }).locator('input')
    await day.fill(today)
    await day.press('Enter')
    await schedule.locator('[data-test="meeting-place"] input, input[data-test="meeting-place"]').first().fill(PLACE)
    await schedule
      .locator('[data-test="meeting-topic"] input, input[data-test="meeting-topic"]')
      .first()
      .fill('研究落实措施')
    await schedule.locator('[data-test="meeting-schedule-save"]').click()
    await schedule.waitFor({ state: 'hidden' })
    const row = card.locator('[data-test="meeting"]', { hasText: PLACE })
    await row.locator('[data-test="meeting-status"]', { hasText: '已安排' }).waitFor()

    await row.locator('[data-test="meeting-record"]').click()
    const record = page.locator('[data-test="meeting-record-dialog"]')
    await record.waitFor()
    const held = record.locator('.el-form-item', { hasText: '召开日期' }).locator('input')
    if (!(await held.inputValue())) {
      await held.fill(today)
      await held.press('Enter')
    }
    for (const [label, name] of Object.entries(PARTIES))
      await record.locator('.el-form-item', { hasText: label }).locator('input').first().fill(name)
    assert.match(await record.locator('[data-test="meeting-presence-hint"]').innerText(), /五方全部到场/)
    await record.locator('textarea').fill('会议议定：本月底前完成校车安全检查。')
    await record.locator('[data-test="meeting-record-save"]').click()
    await record.waitFor({ state: 'hidden' })

    await row.locator('[data-test="meeting-status"]', { hasText: '已召开' }).waitFor()
    assert.equal((await row.locator('[data-test="meeting-presence"]').innerText()).trim(), '五方到场')
    await row.locator('[data-test="meeting-minutes-toggle"]').click()
    assert.match(await row.locator('[data-test="meeting-minutes-text"]').innerText(), /校车安全检查/)
    await page.locator('[data-test="timeline-action"]', { hasText: '召开五到场办理会' }).first().waitFor()
    await screenshot(page, 'meeting-held')

    await page.goto('/supervision/meetings')
    await page.locator('[data-test="meetings-table"]').getByText(PLACE).waitFor()
    assert.deepEqual(errors, [])
    await context.close()
  })
})
