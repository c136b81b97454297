// Browser test of suggestion handling (代表建议办理) against a real daibiao server with the
// demo data: one suggestion walks from draft to 跟踪落实 through four accounts, each in its
// own browser context — the deputy drafts and submits it; the liaison committee passes the
// initial review, accepts (numbers) it, classifies it and assigns it to 省教育厅 (the unit of
// officer.zhao and head.chen); the officer signs for it, logs a contact and drafts a B answer
// with a commitment; the head signs it off; the deputy rates it 满意. Every step checks the
// state the page shows; the end checks the timeline. Screenshots go to e2e/output/.
// Run with `npm run e2e` after `npm run build`.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { login, menuTexts, pick, screenshot, settle } from './support/browser.mjs'
import { serverAndBrowser } from './support/suite.mjs'

const { password, newPage } = serverAndBrowser('suggestions')

// The demo units: officer.zhao and head.chen work at 省教育厅.
const UNIT = '省教育厅'
const TITLE = `关于在农村寄宿制学校配备心理健康教师的建议（${Date.now().toString(36)}）`
const BODY = [
  '一、问题和现状：我省山区农村寄宿制学校留守儿童比例高，心理健康教育力量薄弱。',
  '二、建议：1. 每所寄宿制学校至少配备一名专职心理健康教师；2. 建立县级心理健康教育指导中心。',
].join('\n')

/** YYYY-MM-DD of today plus `days` in Beijing. */
function beijingDate(days = 0) {
  const d = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000)
  return d.toISOString().slice(0, 10)
}

async function expectState(page, title) {
  await page.locator('[data-test="detail-state"]', { hasText: title }).waitFor()
}

/**
 * Runs a workflow action from the detail page: clicks its button, lets `fill` complete the
 * dialog, sends it (answering the confirmation when `confirm`), and waits for the dialog to
 * close and the page to show `state`.
 */
async function act(page, name, { fill, confirm = false, state } = {}) {
  await page.locator(`[data-test="action-${name}"]`).click()
  const dialog = page.locator(`[data-test="action-dialog-${name}"]`)
  await dialog.waitFor()
  if (fill) await fill(dialog)
  await dialog.locator('[data-test="action-save"]').click()
  if (confirm) {
    const box = page.locator('.el-message-box')
    await box.waitFor()
    await box.locator('.el-message-box__btns .el-button--primary').click()
  }
  await dialog.waitFor({ state: 'hidden' })
  if (state) await expectState(page, state)
}

/** Finds the suggestion on the board (建议办理) by its title and opens it. */
async function openFromBoard(page) {
  await page.locator('[data-test="side-menu"]').getByText('建议办理').click()
  await page.waitForURL('**/suggestions')
  await page.locator('input[data-test="filter-q"]').fill(TITLE.slice(0, 20))
  await page.locator('input[data-test="filter-q"]').press('Enter')
  await page.waitForURL(/[?&]q=/)
  const link = page.locator('[data-test="suggestions-table"] [data-test="suggestion-title"]', { hasText: TITLE })
  await link.waitFor()
  await link.click()
  await page.waitForURL(/\/suggestions\/\d+$/)
  await page.locator('[data-test="detail-title"]', { hasText: TITLE }).waitFor()
}

describe('one suggestion from draft to follow-up', () => {
  let suggestionPath = ''
  let number = ''

  test('deputy.li drafts the suggestion and submits it', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'deputy.li', password('deputy.li'))
    const menu = await menuTexts(page)
    assert.ok(menu.includes('我的建议'), `the deputy's menu: ${menu}`)
    assert.ok(!menu.includes('建议办理') && !menu.includes('工作日历'), `no board or calendar: ${menu}`)
    await page.locator('[data-test="side-menu"]').getByText('我的建议').click()
    await page.waitForURL('**/suggestions/mine')
    await page.locator('[data-test="my-suggestions"]').waitFor()

    await page.locator('[data-test="create-suggestion"]').click()
    const form = page.locator('[data-test="suggestion-form"]')
    await form.waitFor()
    // The latest session the deputy serves in is chosen already.
    assert.match(await form.locator('[data-test="form-session"]').innerText(), /第四次会议/)
    await form.locator('input[data-test="form-title"]').fill(TITLE)
    await pick(page, form.locator('[data-test="form-category"]'), '教育科技')
    await form.locator('textarea[data-test="form-body"]').fill(BODY)
    await screenshot(page, 'suggestion-01-draft-form')
    await form.locator('[data-test="form-save"]').click()

    await page.waitForURL(/\/suggestions\/\d+$/)
    suggestionPath = new URL(page.url()).pathname
    await expectState(page, '草稿')
    assert.equal((await page.locator('[data-test="detail-title"]').innerText()).trim(), TITLE)
    assert.equal((await page.locator('[data-test="detail-number"]').innerText()).trim(), '未编号')
    await page.locator('[data-test="edit-suggestion"]').waitFor()

    await act(page, 'submit', { state: '已提交/待初审' })
    // Submitted: no more editing.
    assert.equal(await page.locator('[data-test="edit-suggestion"]').count(), 0)
    await settle(page)
    await screenshot(page, 'suggestion-02-submitted')

    // It is listed under 我的建议 with its state.
    await page.goto('/suggestions/mine')
    const row = page.locator('[data-test="suggestions-table"] .el-table__row', { hasText: TITLE })
    await row.waitFor()
    assert.match(await row.innerText(), /已提交\/待初审/)
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('staff.wang reviews, accepts, classifies and assigns it to 省教育厅', async () => {
    assert.ok(suggestionPath, 'the deputy created the suggestion')
    const { context, page, errors } = await newPage()
    await login(page, 'staff.wang', password('staff.wang'))
    const menu = await menuTexts(page)
    for (const item of ['代表建议', '建议办理', '工作日历'])
      assert.ok(menu.includes(item), `staff menu has ${item}: ${menu}`)
    await openFromBoard(page)
    assert.equal(new URL(page.url()).pathname, suggestionPath)
    await expectState(page, '已提交/待初审')

    await act(page, 'initial_review_pass', { state: '待复审' })
    await act(page, 're_review_accept', { state: '已立案/待交办' })
    number = (await page.locator('[data-test="detail-number"]').innerText()).trim()
    assert.match(number, /^第\d+号$/, `numbered on acceptance: ${number}`)

    await act(page, 'classify', {
      fill: async (dialog) => {
        await dialog.locator('[data-test="star-level"] label', { hasText: '主任会议成员督办' }).click()
        // The deputy's category is proposed; keep it.
        assert.match(await dialog.locator('[data-test="classify-category"]').innerText(), /教育科技/)
      },
      state: '已立案/待交办',
    })
    await page.locator('[data-test="detail-stars"]', { hasText: '★★★' }).waitFor()

    await act(page, 'assign', {
      fill: async (dialog) => {
        // Sending without a lead unit is stopped in the browser.
        await dialog.locator('[data-test="action-save"]').click()
        await dialog.locator('.el-form-item__error', { hasText: '请选择主办单位' }).waitFor()
        await pick(page, dialog.locator('[data-test="assign-lead-unit"]'), UNIT, { type: true })
        await screenshot(page, 'suggestion-03-assign')
      },
      state: '已交办/待签收',
    })
    const units = page.locator('[data-test="parties-card"] [data-test="unit"]')
    assert.match(await units.first().innerText(), new RegExp(`主办[\\s\\S]*${UNIT}[\\s\\S]*尚未签收`))
    await settle(page)
    await screenshot(page, 'suggestion-04-assigned')

    // The board's export downloads an .xlsx of the filtered list.
    await page.goto(`/suggestions?q=${encodeURIComponent(TITLE.slice(0, 20))}`)
    await page.locator('[data-test="suggestions-table"] [data-test="suggestion-title"]', { hasText: TITLE }).waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test="export-suggestions"]').click(),
    ])
    assert.match(download.suggestedFilename(), /\.xlsx$/)
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('officer.zhao signs for it, logs a contact and drafts a B answer with a commitment', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'officer.zhao', password('officer.zhao'))
    // Told of the assignment: the bell counts unread notifications.
    await page.locator('[data-test="notification-count"] .el-badge__content:not([style*="display: none"])').waitFor()
    await openFromBoard(page)
    assert.equal(new URL(page.url()).pathname, suggestionPath)
    await expectState(page, '已交办/待签收')
    assert.equal((await page.locator('[data-test="detail-number"]').innerText()).trim(), number)

    await act(page, 'sign_for', { state: '办理中' })
    await page.locator('[data-test="clocks-card"] [data-test="clock"]', { hasText: '答复期限' }).waitFor()

    await act(page, 'log_contact', {
      fill: async (dialog) => {
        await dialog.locator('[data-test="contact-method"] label', { hasText: '电话' }).click()
        // The date is today unless changed.
        assert.equal(await dialog.locator('[data-test="contact-on"] input').inputValue(), beijingDate())
        await dialog
          .locator('textarea[data-test="contact-summary"]')
          .fill('电话联系李建华代表，介绍办理思路，代表表示认可。')
      },
      state: '办理中',
    })
    await page.locator('[data-test="contacts-card"] [data-test="contact"]', { hasText: '电话联系李建华代表' }).waitFor()

    const due = beijingDate(90)
    await act(page, 'draft_answer', {
      fill: async (dialog) => {
        await dialog.locator('[data-test="answer-class"] label', { hasText: '正在解决或列入计划' }).click()
        await dialog
          .locator('textarea[data-test="answer-body"]')
          .fill('李建华代表：您提出的建议收悉。经研究，已将农村寄宿制学校心理健康教师配备列入明年工作计划。')
        // Class B offers a commitment row and needs it filled.
        await dialog.locator('[data-test="commitment-0"]').waitFor()
        await dialog.locator('[data-test="action-save"]').click()
        await dialog.locator('.el-form-item__error', { hasText: '请填写承诺事项' }).waitFor()
        await dialog.locator('input[data-test="commitment-what"]').fill('完成全省寄宿制学校心理健康教师配备摸底')
        const date = dialog.locator('[data-test="commitment-due"] input')
        await date.fill(due)
        await date.press('Enter')
        await screenshot(page, 'suggestion-05-answer')
      },
      state: '答复待签发',
    })
    const answer = page.locator('[data-test="answers-card"] [data-test="answer"]').first()
    assert.match(await answer.innerText(), /B[\s\S]*正在解决或列入计划[\s\S]*待签发/)
    assert.match(await page.locator('[data-test="commitments-table"]').innerText(), new RegExp(due))
    await settle(page)
    await screenshot(page, 'suggestion-06-answer-drafted')
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('head.chen signs the answer off after confirming', async () => {
    const { context, page, errors } = await newPage()
    await login(page, 'head.chen', password('head.chen'))
    await openFromBoard(page)
    await expectState(page, '答复待签发')
    await act(page, 'sign_off_answer', { confirm: true, state: '已答复/待评价' })
    assert.match(
      await page.locator('[data-test="answers-card"] [data-test="answer"]').first().innerText(),
      /已签发[\s\S]*陈国平/,
    )
    await settle(page)
    await screenshot(page, 'suggestion-07-signed-off')
    assert.deepEqual(errors, [])
    await context.close()
  })

  test('deputy.li rates it 满意 on a phone; open commitments keep it in follow-up', async () => {
    const { context, page, errors } = await newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    })
    await login(page, 'deputy.li', password('deputy.li'))
    await page.goto('/suggestions/mine')
    const card = page.locator('[data-test="suggestion-cards"] [data-test^="suggestion-card-"]', { hasText: TITLE })
    await card.waitFor()
    assert.match(await card.innerText(), /已答复\/待评价/)
    await screenshot(page, 'suggestion-08-phone-list')
    await card.click()
    await page.waitForURL(`**${suggestionPath}`)
    await expectState(page, '已答复/待评价')

    await act(page, 'evaluate', {
      fill: async (dialog) => {
        await dialog.locator('[data-test="rating"] label', { hasText: /^满意$/ }).click()
        await dialog.locator('textarea[data-test="action-comment"]').fill('答复及时，措施具体。')
      },
      state: '跟踪落实',
    })
    await page.locator('[data-test="evaluations-card"] [data-test="evaluation"]', { hasText: '满意' }).waitFor()

    // The timeline tells the whole story in order (the page shows the newest first).
    const timeline = page.locator('[data-test="timeline"]')
    const actions = (await timeline.locator('[data-test="timeline-action"]').allInnerTexts())
      .map((s) => s.trim())
      .reverse()
    const steps = [
      '新建建议',
      '提交',
      '初审通过',
      '复审立案',
      '确定星级和类别',
      '交办',
      '签收',
      '登记沟通',
      '答复',
      '签发答复',
      '评价',
    ]
    let at = 0
    for (const step of steps) {
      const i = actions.indexOf(step, at)
      assert.ok(
        i >= 0,
        `the timeline has ${step} after ${steps[steps.indexOf(step) - 1] ?? 'the start'}: ${actions.join(' / ')}`,
      )
      at = i + 1
    }
    const newest = await timeline.locator('[data-test="timeline-item"]').first().innerText()
    // The deputy's account carries the linked deputy's own name (the demo picks one).
    assert.match(newest, /评价[\s\S]*领衔代表[\s\S]*已答复\/待评价[\s\S]*跟踪落实/)
    assert.match(newest, /满意/)
    await settle(page)
    await page.locator('[data-test="timeline-card"]').scrollIntoViewIfNeeded()
    await screenshot(page, 'suggestion-09-phone-follow-up')
    assert.deepEqual(errors, [])
    await context.close()
  })
})
