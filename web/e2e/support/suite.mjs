// One test file's server and browser: a daibiao server with the demo data (support/server.mjs)
// and Chromium, started before the file's tests and stopped after them. `password(user)` is a
// demo login's password; `newPage(options)` opens a page of the app in a fresh context.
import assert from 'node:assert/strict'
import { after, before } from 'node:test'
import { launchBrowser, newPage } from './browser.mjs'
import { startServer } from './server.mjs'

export function serverAndBrowser(name) {
  let server
  let browser
  before(async () => {
    server = await startServer(name ? { name } : undefined)
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
    await server?.stop()
  })
  return {
    password(user) {
      const p = server.logins.get(user)
      assert.ok(p, `demo login ${user} missing`)
      return p
    },
    newPage: (options) => newPage(browser, server.baseUrl, options),
  }
}
