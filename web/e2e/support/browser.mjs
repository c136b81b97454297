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
