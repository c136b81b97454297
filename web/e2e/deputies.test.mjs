// Browser tests of the deputies registry (代表信息库) against a real daibiao server whose
// demo data holds ~600 deputies (support/server.mjs passes a fresh field key to `demo` and
// `serve`). Run with `npm run e2e` after `npm run build`. Screenshots go to e2e/output/.
import assert from 'node:assert/strict'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { fieldError, login, menuTexts, pick, screenshot, settle } from './support/browser.mjs'
import { outputDir } from './support/server.mjs'
import { serverAndBrowser } from './support/suite.mjs'
import { readXlsx } from './support/xlsx.mjs'

const { password, newPage } = serverAndBrowser('deputies')

// Fictitious ID numbers: 110105 + birth date + 2-digit sequence + gender digit (odd male),
// then the GB 11643 MOD 11-2 check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
function idNumber(birth, seq, male) {
  const first17 = `110105${birth.replaceAll('-', '')}${String(seq).padStart(2, '0')}${male ? 1 : 2}`
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0)
  return first17 + '10X98765432'[sum % 11]
}
/** The same number with a wrong check character. */
function badCheck(id) {
  return id.slice(0, 17) + (id[17] === '0' ? '1' : '0')
}

/** The <input> of an el-input or a date picker marked `data-test` (el-input puts the attribute on the input). */
function field(scope, name) {
  return scope.locator(`input[data-test="${name}"], [data-test="${name}"] input`).first()
}

/** Picks a congress in an OrgNodeSelect by typing part of its name. */
async function pickOrg(page, select, name) {
  await select.click()
  await page.keyboard.type(name)
  await page.locator('.el-select-dropdown__item:visible', { hasText: name }).first().click()
}

/** `共 656 条` → 656 (after the table has finished loading). */
async function listTotal(page) {
  await page.locator('[data-test="deputies-table"] .el-loading-mask').waitFor({ state: 'hidden' })
  const text = await page.locator('[data-test="pager-total"]').innerText()
  const m = /共 (\d+) 条/.exec(text)
  assert.ok(m, `pager total: ${text}`)
  return Number(m[1])
}

async function waitForTotal(page, n) {
  await page.locator('[data-test="pager-total"]', { hasText: `共 ${n} 条` }).waitFor()
}

async function tableNames(page) {
  await page.locator('[data-test="deputies-table"] .el-loading-mask').waitFor({ state: 'hidden' })
  return (
    await page.locator('[data-test="deputies-table"] .el-table__body-wrapper [data-test="deputy-name"]').allInnerTexts()
  ).map((s) => s.trim())
}

function csv(rows) {
  return Buffer.from(rows.map((r) => r.join(',')).join('\r\n') + '\r\n', 'utf8')
}

const HEADER = ['姓名', '性别', '民族', '身份证号码', '代表团/选举单位', '资格起始日期', '手机号码', '专业领域']

/** Goes through the wizard up to the check (dry run) for a CSV file. */
async function importUpTo(page, name, buffer, shot) {
  await page.locator('[data-test="import-deputies"]').click()
  await page.waitForURL('**/deputies/import')
  await page.locator('[data-test="to-file"]').click()
  await page
    .locator('[data-test="import-file"] input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer })
  await page.locator('[data-test="step-mapping"]').waitFor()
  // The server proposes the mapping from the header titles.
  await page.locator('[data-test="map-id_number"]').getByText('第 4 列：身份证号码').waitFor()
  await page.locator('[data-test="map-delegation"]').getByText('第 5 列：代表团/选举单位').waitFor()
  if (shot) await screenshot(page, shot)
  await page.locator('[data-test="to-target"]').click()
  await pickOrg(page, page.locator('[data-test="target-org"]'), '鼎城区人民代表大会')
  await page.locator('[data-test="target-term"]').getByText('十八届').waitFor()
  await page.locator('[data-test="run-check"]').click()
  await page.locator('[data-test="check-summary"]').waitFor()
}

describe('deputies registry (staff.wang)', () => {
  let ctx
  let total0 = 0
  const person = { name: '欧阳晓岚', id: idNumber('1984-03-15', 7, false), phone: '13912345678' }

  before(async () => {
    ctx = await newPage()
  })
  after(async () => {
    await ctx.context.close()
  })

  test('opens 代表信息库 from the menu: masked phones, pinyin order, paging', async () => {
    const { page, errors } = ctx
    await login(page, 'staff.wang', password('staff.wang'))
    assert.ok((await menuTexts(page)).includes('代表信息库'))
    await page.locator('[data-test="side-menu"]').getByText('代表信息库').click()
    await page.waitForURL('**/deputies')
    const table = page.locator('[data-test="deputies-table"]')
    await table.locator('.el-table__row').first().waitFor()
    total0 = await listTotal(page)
    assert.ok(total0 > 500, `demo deputies: ${total0}`)
    const phones = await table.locator('.el-table__body-wrapper .mono').allInnerTexts()
    assert.ok(
      phones.filter(Boolean).length > 0 && phones.filter(Boolean).every((p) => /^\*{7}\d{4}$/.test(p)),
      `masked: ${phones}`,
    )
    await screenshot(page, '20-deputies-list')
    assert.deepEqual(errors, [])
  })

  test('register: a bad ID number shows the server’s error on the field; a good one is added', async () => {
    const { page } = ctx
    await page.locator('[data-test="create-deputy"]').click()
    const dialog = page.locator('[data-test="deputy-dialog"]')
    await dialog.locator('.el-dialog__body').waitFor()
    await field(dialog, 'f-name').fill(person.name)
    await field(dialog, 'f-id-number').fill(badCheck(person.id))
    // The client sees the wrong check character while typing; gender and birth date follow the number.
    await dialog.locator('[data-test="id-hint"]', { hasText: '校验位不正确' }).waitFor()
    assert.equal(await field(dialog, 'f-birth-date').inputValue(), '1984-03-15')
    assert.ok(await dialog.locator('[data-test="f-gender"] .el-radio.is-checked', { hasText: '女' }).isVisible())
    await field(dialog, 'f-phone').fill(person.phone)
    await pick(page, dialog.locator('[data-test="f-field"]'), '教育')
    await field(dialog, 'f-employer').fill('鼎城区第一中学')
    await field(dialog, 'f-post').fill('副校长')
    await pickOrg(page, dialog.locator('[data-test="f-org"]'), '鼎城区人民代表大会')
    await dialog.locator('[data-test="f-term"]').getByText('十八届').waitFor()
    await field(dialog, 'f-delegation').fill('第一选区')
    assert.equal(await field(dialog, 'f-started-on').inputValue(), '2021-10-15')

    await dialog.locator('[data-test="dialog-save"]').click()
    await fieldError(dialog, '身份证号码').filter({ hasText: '身份证号码校验位不正确' }).waitFor()
    await screenshot(page, '21-deputy-create-error')

    await field(dialog, 'f-id-number').fill(person.id)
    await dialog.locator('[data-test="dialog-save"]').click()
    await page.locator('.el-message--success', { hasText: `已登记代表 ${person.name}` }).waitFor()
    await dialog.waitFor({ state: 'hidden' })
    await waitForTotal(page, total0 + 1)

    // The same ID number again: the server's 409 lands on the ID number field.
    await page.locator('[data-test="create-deputy"]').click()
    await dialog.locator('.el-dialog__body').waitFor()
    await field(dialog, 'f-name').fill(person.name)
    await field(dialog, 'f-id-number').fill(person.id)
    await pickOrg(page, dialog.locator('[data-test="f-org"]'), '鼎城区人民代表大会')
    await dialog.locator('[data-test="f-term"]').getByText('十八届').waitFor()
    await field(dialog, 'f-delegation').fill('第一选区')
    await dialog.locator('[data-test="dialog-save"]').click()
    await fieldError(dialog, '身份证号码').filter({ hasText: '已登记' }).waitFor()
    await dialog.getByRole('button', { name: '取消' }).click()
    await dialog.waitFor({ state: 'hidden' })

    await field(page, 'filter-q').fill(person.name)
    await field(page, 'filter-q').press('Enter')
    await waitForTotal(page, 1)
    const row = page.locator('[data-test="deputies-table"] .el-table__body-wrapper .el-table__row').first()
    const text = await row.innerText()
    // The birth date shows as its year and the phone as its last 4 digits.
    for (const want of [
      person.name,
      '女',
      '1984 年',
      '教育',
      '鼎城区第一中学 副校长',
      '*******5678',
      '鼎城区人大',
      '十八届',
      '第一选区',
      '在任',
    ]) {
      assert.ok(text.includes(want), `row has ${want}: ${text}`)
    }
    for (const never of ['1984-03-15', '03-15', '0315', person.id.slice(0, 14)]) {
      assert.ok(!text.includes(never), `row must not show ${never}: ${text}`)
    }
  })

  test('import: two bad rows are listed with row numbers and reasons and nothing is imported; a good file is', async () => {
    const { page } = ctx
    await page.goto('/deputies')
    await waitForTotal(page, total0 + 1)
    const bad = csv([
      HEADER,
      ['谭文静', '女', '汉族', idNumber('1979-07-02', 11, false), '第二选区', '2021-10-15', '13700001111', '医疗卫生'],
      ['龙建国', '男', '苗族', badCheck(idNumber('1968-11-20', 12, true)), '第二选区', '2021-10-15', '', '农业'],
      ['向春梅', '女', '土家族', idNumber('1990-01-09', 13, false), '第三选区', '2021-10-15', '', '法律'],
      ['符海涛', '男', '', idNumber('1975-05-30', 14, true), '第三选区', '2021-10-15', '1380000', '经济'],
    ])
    await importUpTo(page, '代表名册-有误.csv', bad, '22-import-mapping')
    const errorsTable = page.locator('[data-test="import-errors"]')
    await errorsTable.waitFor()
    const rows = await errorsTable.locator('.el-table__body-wrapper .el-table__row').allInnerTexts()
    const flat = rows.map((r) => r.replace(/\s+/g, ' '))
    assert.ok(
      flat.some((r) => /^3 身份证号码 .*校验位不正确/.test(r)),
      `row 3: ${flat}`,
    )
    assert.ok(
      flat.some((r) => /^5 民族 .*必填/.test(r)),
      `row 5 ethnicity: ${flat}`,
    )
    assert.ok(
      flat.some((r) => /^5 手机号码 .*11 位/.test(r)),
      `row 5 phone: ${flat}`,
    )
    assert.ok(
      flat.every((r) => /^[35] /.test(r)),
      `only rows 3 and 5: ${flat}`,
    )
    assert.match(await page.locator('[data-test="check-summary"]').innerText(), /共 4 行，其中 2 行有误/)
    assert.equal(await page.locator('[data-test="run-import"]').isDisabled(), true)
    await screenshot(page, '23-import-errors')

    // Nothing was imported.
    await page.locator('[data-test="side-menu"]').getByText('代表信息库').click()
    await page.waitForURL('**/deputies')
    await waitForTotal(page, total0 + 1)

    const good = csv([
      HEADER,
      ['谭文静', '女', '汉族', idNumber('1979-07-02', 11, false), '第二选区', '2021-10-15', '13700001111', '医疗卫生'],
      ['龙建国', '男', '苗族', idNumber('1968-11-20', 12, true), '第二选区', '2021/10/15', '', '农业'],
      ['向春梅', '女', '土家族', idNumber('1990-01-09', 13, false), '第三选区', '2021-10-15', '', '法律'],
    ])
    await importUpTo(page, '代表名册.csv', good)
    assert.match(await page.locator('[data-test="check-summary"]').innerText(), /共 3 行，全部检查无误/)
    await page.locator('[data-test="run-import"]').click()
    await page.locator('.el-message-box').getByRole('button', { name: '导入' }).click()
    await page.locator('[data-test="step-done"]', { hasText: '已导入 3 名代表' }).waitFor()
    await page.locator('[data-test="show-imported"]').click()
    await page.waitForURL(/\/deputies\?org_node_id=\d+&term_id=\d+/)
    const names = await tableNames(page)
    for (const n of ['谭文静', '龙建国']) assert.ok(names.includes(n), `${n} in ${names}`)
    await field(page, 'filter-q').fill('向春梅')
    await field(page, 'filter-q').press('Enter')
    await waitForTotal(page, 1)
    assert.match(
      await page.locator('[data-test="deputies-table"] .el-table__body-wrapper').innerText(),
      /鼎城区人大[\s\S]*第三选区/,
    )
    await page.locator('[data-test="deputy-filters"]').getByRole('button', { name: '重置' }).click()
    await waitForTotal(page, total0 + 4)
  })

  test('filter by level and gender, export, and the workbook holds the same rows', async () => {
    const { page } = ctx
    await pick(page, page.locator('[data-test="filter-level"]'), '县（区）')
    await page.locator('[data-test="filter-more"]').click()
    await pick(page, page.locator('[data-test="filter-gender"]'), '女')
    await page.locator('[data-test="filter-search"]').click()
    await page.locator('[data-test="deputies-table"] .el-loading-mask').waitFor({ state: 'hidden' })
    const total = await listTotal(page)
    assert.ok(total > 20 && total < total0, `county women: ${total}`)
    const names = await tableNames(page)
    assert.equal(names.length, 20)
    await screenshot(page, '24-deputies-filtered')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test="export-deputies"]').click(),
    ])
    assert.match(download.suggestedFilename(), /^代表名册_\d{4}-\d{2}-\d{2}\.xlsx$/)
    const saved = path.join(outputDir, 'deputies-export.xlsx')
    await download.saveAs(saved)
    const book = readXlsx(saved)
    const sheet = Object.values(book)[0]
    const header = sheet[0]
    const rows = sheet.slice(1).filter((r) => r.some(Boolean))
    assert.equal(rows.length, total, 'as many rows as the filtered list')
    const col = (title) => header.indexOf(title)
    assert.deepEqual(
      rows.slice(0, 20).map((r) => r[col('姓名')]),
      names,
      'same order as the list',
    )
    assert.ok(
      rows.every((r) => r[col('性别')] === '女'),
      'only women',
    )
    assert.ok(
      rows.every((r) => ['county', '县'].includes(r[col('层级')])),
      'only county congresses',
    )
    assert.ok(
      rows.every((r) => /^\*{14}[\dX]{4}$/.test(r[col('身份证号码')])),
      'ID numbers masked to the last 4',
    )
    assert.ok(
      rows.every((r) => /^\d{4}$/.test(String(r[col('出生年份')]))),
      'birth years, not dates',
    )
    assert.equal(col('出生日期'), -1, 'no birth date column')
    assert.ok(
      rows.some((r) => r[col('姓名')] === person.name),
      'the deputy registered above',
    )
  })

  test('profile: masked values, reveal after confirming, and ending a mandate', async () => {
    const { page, errors } = ctx
    await page.locator('[data-test="deputy-filters"]').getByRole('button', { name: '重置' }).click()
    await field(page, 'filter-q').fill(person.name)
    await field(page, 'filter-q').press('Enter')
    await waitForTotal(page, 1)
    await page.locator('[data-test="deputy-name"]', { hasText: person.name }).click()
    await page.waitForURL(/\/deputies\/\d+$/)
    const idCell = page.locator('[data-test="id-number"]')
    await idCell.waitFor()
    assert.equal((await idCell.innerText()).trim(), `${'*'.repeat(14)}${person.id.slice(-4)}`)
    const birthCell = page.locator('[data-test="birth-date"]')
    assert.equal((await birthCell.innerText()).trim(), '1984 年')
    const masked = await page.locator('[data-test="deputy-detail"]').innerText()
    assert.match(masked, /查看完整信息将被记录/)
    assert.ok(!masked.includes('1984-03-15') && !masked.includes(person.id.slice(0, 14)), 'nothing rebuilds the number')

    await page.locator('[data-test="reveal"]').click()
    const box = page.locator('.el-message-box')
    await box.getByText('查看将被记录').waitFor()
    await box.getByRole('button', { name: '确定查看' }).click()
    await page.locator('[data-test="revealed-note"]').waitFor()
    assert.equal((await idCell.innerText()).trim(), person.id)
    assert.equal((await page.locator('[data-test="phone"]').innerText()).trim(), person.phone)
    assert.equal((await birthCell.innerText()).trim(), '1984-03-15')
    await settle(page)
    await screenshot(page, '25-deputy-detail')

    // End the mandate: the dialog asks for type, date and reason, then the status changes.
    await page.locator('[data-test="end-mandate"]').click()
    const dialog = page.locator('[data-test="end-mandate-dialog"]')
    await dialog.locator('.el-dialog__body').waitFor()
    await dialog.locator('[data-test="end-status"]').getByText('辞职').click()
    await dialog.locator('textarea').fill('因工作调动，本人提出辞去代表职务，经区人大常委会会议决定接受')
    await dialog.locator('[data-test="end-save"]').click()
    await page.locator('.el-message--success', { hasText: '代表资格已终止' }).waitFor()
    const mandates = page.locator('[data-test="mandates-table"]')
    await mandates.locator('.el-tag', { hasText: '辞职' }).waitFor()
    assert.equal(await page.locator('[data-test="end-mandate"]').count(), 0)
    assert.deepEqual(errors, [])
  })

  test('at phone width the registry shows cards', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
    try {
      await login(phone.page, 'staff.wang', password('staff.wang'))
      await phone.page.goto('/deputies')
      await phone.page.locator('[data-test="deputies-cards"] .deputy-card').first().waitFor()
      assert.equal(await phone.page.locator('[data-test="deputies-table"]').count(), 0)
      await screenshot(phone.page, '26-phone-deputies')
      assert.deepEqual(phone.errors, [])
    } finally {
      await phone.context.close()
    }
  })
})

describe('deputy (deputy.li)', () => {
  test('has no registry menu, and /deputies answers 403', async () => {
    const { page, context, errors } = await newPage()
    try {
      await login(page, 'deputy.li', password('deputy.li'))
      const menu = await menuTexts(page)
      assert.ok(!menu.includes('代表信息库'), `no registry menu: ${menu}`)
      await page.goto('/deputies')
      await page.locator('[data-test="forbidden"]').waitFor()
      assert.match(await page.locator('[data-test="forbidden"]').innerText(), /403/)
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })
})
