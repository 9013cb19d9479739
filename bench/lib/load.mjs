// Load: closed loops of N connections for saturation (wrk, Debian's, C), a fixed arrival rate for latency (open.mjs),
// and the soak's status changes at a rate (autocannon, npm).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { constantRate } from './open.mjs';
import { ROOT } from './system.mjs';

const WRK_SCRIPT = join(ROOT, 'bench/wrk/kharita.lua');

export const hasWrk = () => spawnSync('wrk', ['--version']).error === undefined;

/**
 * wrk with one thread and `connections` connections for `seconds`; env KHARITA_MEASURES turns it into status
 * changes (wrk/kharita.lua). Returns requests per second, p50/p95/p99 in ms and the errors (non-2xx and socket).
 */
async function wrk(url, headers, connections, seconds, env = {}) {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', WRK_SCRIPT,
    ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]), url];
  // asynchronous, so that this process keeps draining the PostgreSQL and API logs it reads meanwhile
  const child = spawn('wrk', args, { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const status = await new Promise((resolve) => child.on('close', resolve));
  const line = /^KHARITA (.*)$/m.exec(stdout);
  if (status !== 0 || !line) {
    throw new Error(`wrk failed (${status}): ${stderr || stdout}`);
  }
  const summary = JSON.parse(line[1]);
  const ms = (us) => round(us / 1000);
  return {
    rps: Math.round((summary.requests / (summary.durationUs / 1e6)) * 10) / 10, total: summary.requests,
    p50: ms(summary.p50), p95: ms(summary.p95), p99: ms(summary.p99), errors: summary.socketErrors + summary.non2xx,
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) {
    return 0;
  }
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs autocannon and summarises: requests per second, p50/p95/p99 in ms, errors (non-2xx and socket errors). */
async function run(options) {
  const times = [];
  const instance = autocannon({ ...options, duration: options.duration });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    total: result.requests.total,
    p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)),
    errors: result.errors + result.timeouts + result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count])),
  };
}

const round = (ms) => Math.round(ms * 100) / 100;

/** Closed model: `connections` clients each sending the next request as soon as the last is answered. */
export function saturate(url, headers, connections, seconds) {
  return wrk(url, headers, connections, seconds);
}

/**
 * Status changes at saturation, each with its note and the version last seen for its measure (If-Match); `versions`
 * maps each measure to its current version (callers reread them from the database before each run). Each accepted
 * change writes the measure, its timeline entry and its audit record, and notifies every API instance.
 */
export function saturateStatusChanges(baseUrl, bearer, versions, connections, seconds) {
  const measures = [...versions].map(([id, version]) => `${id}:${version}`).join(',');
  return wrk(baseUrl, {}, connections, seconds, { KHARITA_MEASURES: measures, KHARITA_BEARER: bearer });
}

/**
 * Runs `measure` (one saturation run of `seconds`) until throughput stops rising: the JIT compiles a path's code
 * over a minute or more of its load on two shared cores, and a measurement taken earlier measures the compiler.
 * At least `least` seconds; then steady means three runs in a row no more than 3 % above the best before them (one
 * 5-second run on shared cores varies by about that much); at most `most` seconds.
 */
export async function warmUp(label, measure, { seconds = 5, least = 60, most = 180 } = {}) {
  const figures = [];
  let best = 0;
  let flat = 0;
  let spent = 0;
  while (spent < most && (spent < least || flat < 3)) {
    const { rps } = await measure(seconds);
    flat = rps <= best * 1.03 ? flat + 1 : 0;
    best = Math.max(best, rps);
    figures.push(Math.round(rps));
    spent += seconds;
  }
  console.log(`  warm-up ${label.padEnd(9)} ${figures.join(' → ')} req/s`);
  return spent;
}

/** A steady arrival rate below saturation, as an open model (lib/open.mjs). */
export function steady(url, headers, rate, duration) {
  const { origin, pathname, search } = new URL(url);
  return constantRate(origin, headers, [`${pathname}${search}`], rate, duration);
}

/** A steady rate spread over several paths in turn (the soak's mixed reads), as an open model. */
export function steadyMix(baseUrl, headers, paths, rate, duration) {
  return constantRate(new URL(baseUrl).origin, headers, paths, rate, duration);
}

/**
 * The soak's status changes at a rate (autocannon's overallRate), as saturateStatusChanges sends them: a measure is
 * lent to one request at a time and returned with its new version, so no change is refused as stale.
 */
export function statusChanges(baseUrl, bearer, measureIds, versions, connections, duration, rate) {
  const free = [...measureIds];
  return run({
    url: baseUrl, connections, duration, ...(rate ? { overallRate: rate } : {}),
    requests: [{
      method: 'PATCH',
      setupRequest: (request, context) => {
        const id = free.shift();
        context.measure = id;
        const version = versions.get(id) ?? 0;
        return {
          ...request, path: `/api/v1/measures/${id}`,
          headers: { Authorization: `Bearer ${bearer}`, 'content-type': 'application/json', 'If-Match': `"${version}"` },
          body: JSON.stringify({ status: version % 2 === 0 ? 'DELAYED' : 'IN_PROGRESS', note: 'Benchmark status change' }),
        };
      },
      onResponse: (status, body, context) => {
        if (status === 200) {
          versions.set(context.measure, JSON.parse(body).tracking.version);
        }
        // a measure whose version is no longer known (its last change was cut off by the end of a run) is not used again
        if (status !== 412) {
          free.push(context.measure);
        }
      },
    }],
  });
}
