// api/openapi.yaml must document exactly the routes the server has. This test asks the
// binary for its route table (`daibiao routes` prints `METHOD PATTERN ACCESS` lines) and
// compares it with the operations in the spec, read by a small indentation-based parser:
// paths are the 2-space-indented keys under the top-level `paths:`, operations the
// 4-space-indented get/put/post/patch/delete keys under each path. Keep the spec in block
// style (no flow mappings for paths or operations) so this parser can read it.
//
// Needs only Node's built-ins. DAIBIAO_BIN names the binary (default
// build/debug/server/daibiao under the repository root).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const specPath = resolve(repoRoot, 'api', 'openapi.yaml');
const binPath = process.env.DAIBIAO_BIN
  ? resolve(repoRoot, process.env.DAIBIAO_BIN)
  : resolve(repoRoot, 'build', 'debug', 'server', 'daibiao');

const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace']);
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const key = (method, path) => `${method.toUpperCase()} ${path}`;

// ---- the router ------------------------------------------------------------------------

// Asked once; a failure is remembered and reported by every test that needs the routes.
let routesCache;
function routerRoutes() {
  if (!routesCache) {
    try {
      routesCache = { routes: readRouterRoutes() };
    } catch (error) {
      routesCache = { error };
    }
  }
  if (routesCache.error) throw routesCache.error;
  return routesCache.routes;
}

function readRouterRoutes() {
  assert.ok(
    existsSync(binPath),
    `server binary not found at ${binPath}: build it first or set DAIBIAO_BIN`,
  );
  let out;
  try {
    out = execFileSync(binPath, ['routes'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (e) {
    const stderr = String(e.stderr ?? '').split('\n').slice(0, 15).join('\n');
    assert.fail(
      `\`${binPath} routes\` failed (exit status ${e.status}, signal ${e.signal}):\n${stderr}`,
    );
  }
  const routes = new Map();
  const lines = out.split('\n').filter((l) => l.trim() !== '');
  for (const line of lines) {
    const m = /^([A-Z]+) (\/\S*) (public|signed_in)$/.exec(line.trim());
    assert.ok(m, `unexpected line from \`daibiao routes\`: ${JSON.stringify(line)}`);
    const [, method, path, access] = m;
    const k = key(method, path);
    assert.ok(!routes.has(k), `the router registers ${k} twice`);
    routes.set(k, { method, path, access });
  }
  assert.ok(routes.size > 0, '`daibiao routes` printed no routes');
  return routes;
}

// ---- the spec --------------------------------------------------------------------------

// `name: value` → { name, value }; names may be quoted. Returns null for non-key lines
// (list items, continuation text).
function splitKey(content) {
  const m = /^(?:'((?:[^']|'')*)'|"((?:[^"\\]|\\.)*)"|([^\s'"#\-[{][^#]*?|-[^\s#][^#]*?))\s*:(?:\s+(.*?))?\s*$/.exec(
    content,
  );
  if (!m) return null;
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? m[3]);
  let value = m[4] ?? '';
  if (value.startsWith('#')) value = '';
  value = value.replace(/\s+#.*$/, '');
  return { name, value };
}

function parseSpec(text) {
  const operations = new Map(); // "METHOD /path" → { method, path, line, operationId, ... }
  const problems = [];
  let topSecurity = null; // null: absent; otherwise the list of entries seen under it
  let section = null; // the current top-level key
  let path = null;
  let op = null;
  let inResponses = false;
  let blockParent = -1; // inside a block scalar owned by a key at this indentation
  const paths = new Set();

  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.replace(/\s+$/, '');
    if (line === '') return;
    const indent = line.length - line.trimStart().length;
    if (/^\s*\t/.test(raw)) problems.push(`line ${lineNo}: tab in indentation`);
    if (blockParent >= 0) {
      if (indent > blockParent) return; // text of a `|` or `>` scalar
      blockParent = -1;
    }
    const content = line.slice(indent);
    if (content.startsWith('#')) return;
    // A key whose value is a block scalar: skip its more-indented text lines.
    const opensBlock = /:\s+[|>][-+0-9]*\s*(#.*)?$/.test(content);
    const kv = splitKey(content);
    if (opensBlock) blockParent = content.startsWith('- ') ? indent + 2 : indent;

    if (indent === 0) {
      if (!kv) return;
      section = kv.name;
      path = null;
      op = null;
      inResponses = false;
      if (section === 'paths' && kv.value !== '')
        problems.push(`line ${lineNo}: \`paths:\` must be a block mapping, not ${kv.value}`);
      if (section === 'security') topSecurity = kv.value === '[]' ? [] : kv.value ? [kv.value] : [];
      return;
    }
    if (section === 'security' && indent === 2 && content.startsWith('- ')) {
      topSecurity.push(content.slice(2));
      return;
    }
    if (section !== 'paths') return;

    if (indent === 2) {
      op = null;
      inResponses = false;
      if (!kv || !kv.name.startsWith('/')) {
        problems.push(`line ${lineNo}: expected a path key under \`paths:\`, got ${content}`);
        path = null;
        return;
      }
      if (kv.value !== '')
        problems.push(`line ${lineNo}: path ${kv.name} must be a block mapping (no flow style)`);
      if (paths.has(kv.name)) problems.push(`line ${lineNo}: path ${kv.name} appears twice`);
      paths.add(kv.name);
      path = kv.name;
      return;
    }
    if (!path) return;

    if (indent === 4) {
      op = null;
      inResponses = false;
      if (!kv) return;
      const name = kv.name.toLowerCase();
      if (!METHODS.has(name)) return; // parameters, summary, description, servers, $ref
      if (kv.name !== name) problems.push(`line ${lineNo}: method key ${kv.name} must be lower case`);
      if (kv.value !== '')
        problems.push(`line ${lineNo}: ${kv.name} ${path} must be a block mapping (no flow style)`);
      const k = key(name, path);
      if (operations.has(k)) problems.push(`line ${lineNo}: ${k} appears twice`);
      op = {
        method: name.toUpperCase(),
        path,
        line: lineNo,
        operationId: null,
        security: undefined, // undefined: inherits the top level; [] : public; [...]: own
        responses: new Set(),
      };
      operations.set(k, op);
      return;
    }
    if (!op) return;

    if (indent === 6) {
      inResponses = false;
      if (!kv) return;
      if (kv.name === 'operationId') op.operationId = kv.value.replace(/^['"]|['"]$/g, '');
      else if (kv.name === 'responses') inResponses = true;
      else if (kv.name === 'security') op.security = kv.value === '[]' ? [] : ['(own)'];
      return;
    }
    if (indent === 8 && inResponses && kv) op.responses.add(kv.name);
  });

  return { operations, problems, topSecurity };
}

// ---- the tests -------------------------------------------------------------------------

const spec = parseSpec(readFileSync(specPath, 'utf8'));

test('api/openapi.yaml is in the block style this test can read', () => {
  assert.deepEqual(spec.problems, [], spec.problems.join('\n'));
  assert.ok(spec.operations.size > 0, 'no operations found under `paths:`');
});

test('api/openapi.yaml documents exactly the routes of `daibiao routes`', () => {
  const routes = routerRoutes();
  const notDocumented = [...routes.keys()].filter((k) => !spec.operations.has(k)).sort();
  const notServed = [...spec.operations.keys()].filter((k) => !routes.has(k)).sort();
  const report = [];
  if (notDocumented.length)
    report.push(
      `Routes the server has but api/openapi.yaml does not document (${notDocumented.length}):`,
      ...notDocumented.map((k) => `  + ${k}`),
    );
  if (notServed.length)
    report.push(
      `Operations in api/openapi.yaml the server does not have (${notServed.length}):`,
      ...notServed.map((k) => `  - ${k} (openapi.yaml line ${spec.operations.get(k).line})`),
    );
  assert.ok(report.length === 0, report.join('\n'));
});

test('every operation has a unique operationId', () => {
  const missing = [];
  const seen = new Map();
  const duplicated = [];
  for (const [k, op] of spec.operations) {
    if (!op.operationId) {
      missing.push(`${k} (line ${op.line})`);
      continue;
    }
    if (seen.has(op.operationId))
      duplicated.push(`${op.operationId}: ${seen.get(op.operationId)} and ${k}`);
    else seen.set(op.operationId, k);
  }
  assert.deepEqual(missing, [], `operations without operationId:\n  ${missing.join('\n  ')}`);
  assert.deepEqual(duplicated, [], `duplicate operationIds:\n  ${duplicated.join('\n  ')}`);
});

test('public routes have `security: []` and signed-in routes document 401 and other 4xx', () => {
  const routes = routerRoutes();
  assert.ok(
    spec.topSecurity && spec.topSecurity.length > 0,
    'api/openapi.yaml needs a non-empty top-level `security:` (the session cookie)',
  );
  const wrong = [];
  for (const [k, route] of routes) {
    const op = spec.operations.get(k);
    if (!op) continue; // reported by the route-set test
    const isPublicInSpec = Array.isArray(op.security) && op.security.length === 0;
    const codes = [...op.responses].map((c) => c.replace(/^['"]|['"]$/g, ''));
    const fourXX = codes.filter((c) => /^4(\d\d|XX)$/.test(c));
    if (route.access === 'public') {
      if (!isPublicInSpec) wrong.push(`${k} is public but the spec does not say \`security: []\``);
      continue;
    }
    if (isPublicInSpec) wrong.push(`${k} needs a session but the spec says \`security: []\``);
    if (fourXX.length === 0) wrong.push(`${k} documents no 4xx response`);
    if (!codes.includes('401')) wrong.push(`${k} needs a session but documents no 401`);
    if (STATE_CHANGING.has(route.method) && !codes.includes('403'))
      wrong.push(`${k} checks X-CSRF-Token but documents no 403`);
  }
  assert.deepEqual(wrong, [], wrong.join('\n'));
});
