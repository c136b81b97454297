// Starts a real daibiao server for the browser tests: a fresh SQLite database in a temp
// dir, migrated and loaded with the demo data, serving the built web app (web/dist).
// A fresh field encryption key (`daibiao keygen`) goes to both `demo` (which then loads
// ~600 demo deputies) and `serve` (ID numbers and phones are sealed with it).
//
// DAIBIAO_BIN picks the binary (default ../build/debug/server/daibiao, relative to web/).
// When the binary's `serve` has no --web-root, a tiny node server serves web/dist itself
// and proxies /api, /healthz and /readyz to daibiao.
import { spawn, execFileSync } from 'node:child_process'
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const webDir = fileURLToPath(new URL('../..', import.meta.url))
export const outputDir = path.join(webDir, 'e2e', 'output')
export const distDir = path.join(webDir, 'dist')

function binary() {
  const bin = path.resolve(webDir, process.env.DAIBIAO_BIN ?? '../build/debug/server/daibiao')
  if (!existsSync(bin)) throw new Error(`daibiao binary not found at ${bin} (set DAIBIAO_BIN)`)
  return bin
}

/** `  username  password  role` lines of the demo logins file → Map username → password. */
export function parseLogins(text) {
  const logins = new Map()
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/)
    if (parts.length === 3 && /^[a-z][a-z0-9._-]+$/.test(parts[0])) logins.set(parts[0], parts[1])
  }
  return logins
}

function waitForAddress(child, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('daibiao serve did not print its address')), timeoutMs)
    const rl = createInterface({ input: child.stdout })
    rl.on('line', (line) => {
      try {
        const msg = JSON.parse(line)
        if (msg.address) {
          clearTimeout(timer)
          resolve(msg.address)
        }
      } catch {
        /* not JSON */
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`daibiao serve exited early with ${code}`))
    })
  })
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

/** Serves web/dist (SPA fallback to index.html) and proxies the API to `apiAddress`. */
function startStaticProxy(apiAddress) {
  const [apiHost, apiPort] = apiAddress.split(':')
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (/^\/(api\/|healthz|readyz|metrics)/.test(url.pathname)) {
      const upstream = http.request(
        { host: apiHost, port: Number(apiPort), method: req.method, path: req.url, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers)
          up.pipe(res)
        },
      )
      upstream.on('error', () => {
        res.writeHead(502)
        res.end()
      })
      req.pipe(upstream)
      return
    }
    let file = path.join(distDir, path.normalize(decodeURIComponent(url.pathname)))
    if (!file.startsWith(distDir) || !existsSync(file) || statSync(file).isDirectory()) {
      file = path.join(distDir, 'index.html')
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
}

/**
 * Starts the server. Returns { baseUrl, logins, stop }. `name` names its log file in
 * e2e/output (server-<name>.log).
 */
export async function startServer({ name = 'app' } = {}) {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('web/dist is missing: run `npm run build` first')
  }
  const bin = binary()
  const dir = mkdtempSync(path.join(tmpdir(), 'daibiao-e2e-'))
  const db = `sqlite://${path.join(dir, 'e2e.db')}`
  const loginsFile = path.join(dir, 'logins.txt')
  const keyFile = path.join(dir, 'field.key')
  execFileSync(bin, ['keygen', '--out', keyFile], { stdio: 'pipe' })
  execFileSync(bin, ['migrate', '--db', db], { stdio: 'pipe' })
  execFileSync(bin, ['demo', '--db', db, '--key-file', keyFile, '--logins-file', loginsFile], { stdio: 'pipe' })
  const logins = parseLogins(readFileSync(loginsFile, 'utf8'))

  const help = execFileSync(bin, ['serve', '--help'], { encoding: 'utf8' })
  const hasWebRoot = help.includes('--web-root')
  const args = ['serve', '--db', db, '--key-file', keyFile, '--listen', '127.0.0.1:0', '--no-access-log']
  if (hasWebRoot) args.push('--web-root', distDir)
  // The tests sign in as administrators without an authenticator app: a server that makes
  // administrators bind TOTP is told to leave it optional.
  if (help.includes('--admin-totp')) args.push('--admin-totp', 'optional')
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const log = []
  child.stderr.on('data', (d) => log.push(d.toString()))
  const address = await waitForAddress(child, 15_000)
  child.stdout.on('data', (d) => log.push(d.toString()))

  const proxy = hasWebRoot ? null : await startStaticProxy(address)
  const baseUrl = proxy ? `http://127.0.0.1:${proxy.address().port}` : `http://${address}`

  async function stop() {
    if (proxy) await new Promise((r) => proxy.close(() => r()))
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
    try {
      writeFileSync(path.join(outputDir, `server-${name}.log`), log.join(''))
    } catch {
      /* output dir may not exist */
    }
    rmSync(dir, { recursive: true, force: true })
  }

  return { baseUrl, logins, stop, dir, mode: hasWebRoot ? 'web-root' : 'node-proxy' }
}
