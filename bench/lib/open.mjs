// An open workload model: requests are sent at fixed times whatever the answers do (Gatling's constant-rate
// injection), and each latency counts from the time the request was due, so a slow answer delays nothing and hides
// nothing (no coordinated omission). autocannon's overallRate is not this: each of its connections sends its share of
// the second in one burst and then waits, which measures the queue of that burst.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted, p) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function send(agent, url, headers) {
  return new Promise((resolve) => {
    const request = http.get(url, { agent, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', () => resolve(0));
  });
}

/**
 * `rate` requests a second for `seconds`, spread evenly over `paths` in turn (one path, or the soak's mix).
 * Returns the achieved rate, p50/p95/p99 in ms from each request's due time, and the errors (non-2xx, socket).
 */
export async function constantRate(baseUrl, headers, paths, rate, seconds) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const interval = 1000 / rate;
  const total = Math.round(rate * seconds);
  const latencies = [];
  const statusCodes = {};
  let errors = 0;
  const answers = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const ahead = due - performance.now();
    if (ahead > 1) {
      await sleep(ahead);
    }
    answers.push(send(agent, `${baseUrl}${paths[i % paths.length]}`, headers).then((status) => {
      latencies.push(performance.now() - due);
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
      if (status < 200 || status >= 300) {
        errors++;
      }
    }));
  }
  await Promise.all(answers);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 100) / 100;
  return {
    rps: Math.round((total / elapsed) * 10) / 10, total,
    p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)),
    errors, statusCodes,
  };
}
