// Sign-in flood vs signed-in requests (issue 9, finding 5): 8 anonymous clients post wrong
// passwords as fast as they can, each from ever new addresses (X-Forwarded-For, so the
// per-address throttle does not stop them and every attempt reaches Argon2id), while one
// signed-in client reads /auth/me. Prints the signed-in latency without and with the flood
// and what the flooders got. Bounded: FLOOD_SECONDS (default 8) per phase, loopback only.
//   DAIBIAO_BIN=build/release/server/daibiao node bench/login_flood.mjs
import { startServer } from '../tests/api/support/server.mjs';

const seconds = Number(process.env.FLOOD_SECONDS || 8);
const server = await startServer({ serveArgs: ['--trust-proxy'] });
const me = await server.login('staff.wang');

async function measure(ms) {
  const times = [];
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const t0 = performance.now();
    const r = await me.get('/api/v1/auth/me');
    if (r.status !== 200) throw new Error(`signed-in request answered ${r.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  return { n: times.length, p50: q(0.5), p95: q(0.95), max: times.at(-1).toFixed(1) };
}

try {
  const quiet = await measure(3000);
  let stop = false;
  const got = {};
  let ip = 0;
  const flooders = Array.from({ length: 8 }, async () => {
    while (!stop) {
      ip++;
      const c = server.client({ ip: `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}` });
      const r = await c.login(`flood.${ip}`, 'Wrong-Password-1');
      got[r.status] = (got[r.status] || 0) + 1;
    }
  });
  const flooded = await measure(seconds * 1000);
  stop = true;
  await Promise.all(flooders);
  console.log(`signed-in GET /auth/me, ms   quiet: n=${quiet.n} p50=${quiet.p50} p95=${quiet.p95} max=${quiet.max}`);
  console.log(`                 under 8 flooders: n=${flooded.n} p50=${flooded.p50} p95=${flooded.p95} max=${flooded.max}`);
  console.log(`flooders' answers: ${JSON.stringify(got)}`);
  console.log(`ratio p95 flooded/quiet: ${(flooded.p95 / quiet.p95).toFixed(1)}`);
} finally {
  await server.stop();
}
