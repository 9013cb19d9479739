// Load with autocannon (npm): closed loops of N connections for saturation, and a fixed arrival rate for latency.
import autocannon from 'autocannon';
import { constantRate } from './open.mjs';

function percentile(sorted, p) {
  if (sorted.length === 0) {
    return 0;
  }
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs autocannon and summarises: requests per second, p50/p95/p99 in ms, errors (non-2xx and socket errors). */
export async function run(options) {
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
export function saturate(url, headers, connections, duration, extra = {}) {
  return run({ url, headers, connections, duration, pipelining: 1, ...extra });
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
 * Status changes with their note, each sent with the version last seen for its measure (If-Match). A measure is
 * lent to one request at a time and returned with its new version, so no change is refused as stale (callers
 * reread the versions from the database before each run). Each accepted
 * change writes the measure, its timeline entry and its audit record, and notifies every API instance.
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
