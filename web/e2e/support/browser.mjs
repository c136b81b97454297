// Headless Debian Chromium driven by playwright-core (no browser download). Flags from
// STACK-NOTES pitfall 13; Playwright gives each launch a fresh --user-data-dir.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { outputDir } from './server.mjs'

export async function launchBrowser() {
  mkdirSync(outputDir, { recursive: true })
  return chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
    ],
  })
}

/** A fresh context (own cookies and storage) at desktop size unless told otherwise. */
export async function newPage(browser, baseUrl, options = {}) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: options.viewport ?? { width: 1366, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    deviceScaleFactor: 1,
    ...(options.isMobile ? { isMobile: true, hasTouch: true } : {}),
  })
  context.setDefaultTimeout(10_000)
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(String(e)))
  return { context, page, errors }
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(outputDir, `${name}.png`), fullPage: false })
}

/** Logs in through the login page with the keyboard (Enter submits). */
export async function login(page, username, password) {
  await page.goto('/login')
  await page.locator('#login-username').waitFor()
  await page.keyboard.type(username) // the username field has focus
  await page.locator('#login-password').fill(password)
  await page.locator('#login-password').press('Enter')
  await page.locator('[data-test="welcome"]').waitFor()
}

/** Texts of the side menu's items (groups and leaves). */
export async function menuTexts(page) {
  const texts = await page
    .locator('[data-test="side-menu"] .el-menu-item, [data-test="side-menu"] .el-sub-menu__title')
    .allInnerTexts()
  return texts.map((s) => s.trim()).filter(Boolean)
}

/** The error text under the form item whose label is `label`, inside `scope`. */
export function fieldError(scope, label) {
  return scope
    .locator('.el-form-item', { has: scope.page().locator('.el-form-item__label', { hasText: label }) })
    .locator('.el-form-item__error')
}

/** Opens an el-select and picks the visible option with this text (typing it first when `type`). */
export async function pick(page, select, option, { type = false } = {}) {
  await select.click()
  if (type) await page.keyboard.type(option)
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

/** Waits for toasts and message boxes to go before a screenshot. */
export async function settle(page) {
  await page.waitForFunction(() => !document.querySelector('.el-message, .el-overlay-message-box'), null, {
    timeout: 10_000,
  })
}
