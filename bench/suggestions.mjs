// Suggestion handling benchmarks against a running server (bench/suggestions.sh starts one).
//   node bench/suggestions.mjs URL LOGINS_FILE [SECONDS] [CONCURRENCY]
// 1. The tracking board with three filters over the bench data: latency percentiles.
// 2. Submitting suggestions (one transaction: state, timeline event, audit record and the
//    reviewers' notifications) with SQLite synchronous=FULL: submissions per second.
// Prints a Markdown table; exits non-zero if any request failed.
import fs from 'node:fs';
import http from 'node:http';

const [url, loginsFile, secondsArg = '10', concurrencyArg = '16'] = process.argv.slice(2);
const seconds = Number(secondsArg);
const concurrency = Number(concurrencyArg);
const base = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

const logins = {};
for (const line of fs.readFileSync(loginsFile, 'utf8').split('\n')) {
  const m = /^\s+(\S+)\s+(\S+)\s+(\S+)/.exec(line);
  if (m) logins[m[1]] = m[2];
}

function request(method, path, { body, cookie, csrf } = {}) {
  return new Promise((resolve, reject) => {
    const headers = { host: base.host, origin: base.origin };
    if (cookie) headers.cookie = cookie;
    if (csrf) headers['x-csrf-token'] = csrf;
    let payload;
    if (body !== undefined) {
      payload = Buffer.from(JSON.stringify(body));
      headers['content-type'] = 'application/json';
      headers['content-length'] = payload.length;
    }
    const started = process.hrtime.bigint();
    const req = http.request({ host: base.hostname, port: base.port, path, method, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const text = Buffer.concat(chunks).toString();
        resolve({ status: res.statusCode, headers: res.headers, text, ms });
      });
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

async function login(username) {
  const r = await request('POST', '/api/v1/auth/login', { body: { username, password: logins[username] } });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`);
  const cookie = /daibiao_session=[^;]*/.exec(r.headers['set-cookie'].join(';'))[0];
  return { cookie, csrf: JSON.parse(r.text).csrf_token };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// Runs `fn` from `concurrency` loops for `seconds`; returns latencies and failures.
async function load(fn, limit = Infinity, clients = concurrency) {
  const latencies = [];
  let failures = 0;
  let issued = 0;
  const end = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end && issued < limit) {
        const i = issued++;
        const r = await fn(i);
        if (r.status >= 300) {
          failures++;
          if (failures <= 3) console.error(`HTTP ${r.status}: ${r.text.slice(0, 200)}`);
        }
        latencies.push(r.ms);
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { n: latencies.length, rps: latencies.length / elapsed, latencies, failures };
}

function row(name, r) {
  const l = r.latencies;
  return `| ${name.padEnd(58)} | ${String(r.n).padStart(7)} | ${r.rps.toFixed(0).padStart(7)} | ${percentile(l, 50).toFixed(1).padStart(6)} | ${percentile(l, 95).toFixed(1).padStart(6)} | ${percentile(l, 99).toFixed(1).padStart(6)} | ${String(r.failures).padStart(4)} |`;
}

const staff = await login('staff.wang');
const deputy = await login('deputy.li');
const options = JSON.parse((await request('GET', '/api/v1/suggestions/options', deputy)).text);
const session = options.sessions[0].id;
const units = JSON.parse((await request('GET', '/api/v1/suggestions/options', staff)).text).units;

console.log(`| ${'scenario'.padEnd(58)} | requests |   req/s | p50 ms | p95 ms | p99 ms | fail |`);
console.log(`|${'-'.repeat(60)}|---------:|--------:|-------:|-------:|-------:|-----:|`);

const total = JSON.parse(
  (await request('GET', '/api/v1/suggestions?page_size=1', staff)).text,
);
const thisYear = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
const boards = [
  ['board, page 1, no filter (staff, whole province)', '/api/v1/suggestions?page_size=20'],
  ['board: state + star + overdue', '/api/v1/suggestions?page_size=20&state=handling&star_level=2&flag=overdue'],
  ['board: unit + state + category', `/api/v1/suggestions?page_size=20&unit_id=${units[3].id}&state=handling&category=${encodeURIComponent('交通运输')}`],
  ['board: text search "交通" + state + sort by due date', `/api/v1/suggestions?page_size=20&q=${encodeURIComponent('交通')}&state=handling&sort=next_due_on`],
  // 清零: the year's remaining items of the staff's whole province counted by unit and stage
  // (at scale 1 about 90,000 items), and one count's drill-down.
  ['clearing board: province, this year, by unit (page of 50)', '/api/v1/supervision/clearing?page_size=50'],
  ['clearing drill-down: overdue, province, this year', `/api/v1/suggestions?page_size=20&clearing=overdue&year=${thisYear}`],
  // 统计: every figure of the province's year, whole and by unit (docs/figures.md).
  ['figures: province, this year', `/api/v1/figures/suggestions?year=${thisYear}`],
  ['figures: province, this year, by unit', `/api/v1/figures/suggestions?year=${thisYear}&group_by=unit`],
];
let failed = 0;
// One client: the query's own latency (what a clerk waits for). Then `concurrency` clients
// at once on the same 2 cores: throughput, with latency that includes queueing.
for (const [name, path] of boards) {
  for (const clients of [1, concurrency]) {
    const r = await load(() => request('GET', path, staff), Infinity, clients);
    failed += r.failures;
    console.log(row(`${name} (${clients} client${clients > 1 ? 's' : ''})`, r));
  }
}

// Drafts to submit, created beforehand (not timed).
const drafts = [];
const prepared = await load(async (i) => {
  const r = await request('POST', '/api/v1/suggestions', {
    ...deputy,
    body: { session_id: session, title: `基准测试建议 ${i}`, body: '基准测试。', category: '其他' },
  });
  if (r.status === 201) drafts.push(JSON.parse(r.text));
  return r;
}, 4000);
failed += prepared.failures;
console.log(row('create a draft (deputy)', prepared));
const submittedItems = [];
const submitted = await load(async (i) => {
  const d = drafts[i];
  const r = await request('POST', `/api/v1/suggestions/${d.id}/actions/submit`, { ...deputy, body: { version: d.version } });
  if (r.status === 200) submittedItems.push(JSON.parse(r.text));
  return r;
}, drafts.length);
failed += submitted.failures;
console.log(row('submit (state, timeline, audit, notifications)', submitted));

// Answering: some submitted items are walked (untimed) through review, assignment to the
// demo officer's unit, sign-for and a logged contact; then the officer's answers are timed.
if (logins['officer.zhao']) {
  const officer = await login('officer.zhao');
  const me = JSON.parse((await request('GET', '/api/v1/auth/me', officer)).text);
  const steps = [
    [staff, 'initial_review_pass', {}],
    [staff, 're_review_accept', {}],
    [staff, 'classify', { star_level: 1, category: '其他' }],
    [staff, 'assign', { lead_unit_id: me.unit_id }],
    [officer, 'sign_for', {}],
    [officer, 'log_contact', { method: 'phone', summary: '电话联系代表。' }],
  ];
  const ready = [];
  const walked = await load(async (i) => {
    let item = submittedItems[i];
    let r;
    for (const [who, action, body] of steps) {
      r = await request('POST', `/api/v1/suggestions/${item.id}/actions/${action}`, { ...who, body: { version: item.version, ...body } });
      if (r.status !== 200) return r;
      item = JSON.parse(r.text);
    }
    ready.push(item);
    return r;
  }, Math.min(submittedItems.length, 1000));
  failed += walked.failures;
  console.log(row('(setup) review → assign → sign → contact: 6 steps', walked));
  const answered = await load(async (i) => {
    const item = ready[i];
    return request('POST', `/api/v1/suggestions/${item.id}/actions/draft_answer`, {
      ...officer,
      body: { version: item.version, answer_class: 'A', body: '经研究，已采纳并落实。' },
    });
  }, ready.length);
  failed += answered.failures;
  console.log(row('answer (draft_answer: answer, timeline, audit, notifications)', answered));
  // The officer's board: next_due_on, flags and the due-date sort come from the unit's own
  // running obligations (a subquery per row), over the items assigned to the unit above.
  const officerBoards = [
    ['board as the unit officer: own deadlines, by due date', '/api/v1/suggestions?page_size=20&sort=next_due_on'],
    ['board as the unit officer: own deadlines, overdue', '/api/v1/suggestions?page_size=20&flag=overdue'],
  ];
  for (const [name, path] of officerBoards) {
    for (const clients of [1, concurrency]) {
      const r = await load(() => request('GET', path, officer), Infinity, clients);
      failed += r.failures;
      console.log(row(`${name} (${clients} client${clients > 1 ? 's' : ''})`, r));
    }
  }
}
console.log(`\nsuggestions on the board: ${total.total_capped ? `${total.total}+` : total.total}; drafts submitted: ${submitted.n}`);
agent.destroy();
process.exit(failed ? 1 : 0);
