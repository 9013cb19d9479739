// Soak (a separate long run, not in CI): mixed reads and status changes at a steady rate for N minutes against
// the production-mode API on the demo roadmap; reports errors per minute and how resident memory grows.
//   node bench/soak.mjs [--minutes 30] [--reads 60] [--writes 5]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { statusChanges, steadyMix } from './lib/load.mjs';
import {
  apiUrl, ARCHIVES, commandLine, firstAuthenticatedAnswer, psql, residentMegabytes, ROOT, startApi, startKeycloak, startPostgres, systemParts, token,
} from './lib/system.mjs';

const args = commandLine();
const minutes = Number(args.minutes ?? 30);
const reads = Number(args.reads ?? 60);
const writes = Number(args.writes ?? 5);

const parts = systemParts(args);
const keycloak = await startKeycloak(parts);
const postgres = await startPostgres(parts);
// the trained archive a benchmark run left beside this jar, if any (the JVM ignores one made for other jars)
const archive = existsSync(join(dirname(parts.jar), ARCHIVES.trained)) ? 'trained' : 'build';
const api = await startApi(parts, ['-Dkharita.demo-data.enabled=true'], archive);
try {
  await firstAuthenticatedAnswer(api, await token());
  const roadmap = psql('select id from roadmap order by id limit 1');
  const ids = psql(`select string_agg(id::text, ',') from measure where roadmap_id = ${roadmap}`).split(',').map(Number);
  const versions = new Map();
  const paths = [`/api/v1/board?roadmap=${roadmap}`, `/api/v1/progress?roadmap=${roadmap}`, `/api/v1/measures?roadmap=${roadmap}&size=50`,
    `/api/v1/measures/${ids[0]}`, `/api/v1/risks?roadmap=${roadmap}`, `/api/v1/funding?roadmap=${roadmap}`];
  const startRss = residentMegabytes(api.child.pid);
  const minutesLog = [];
  for (let minute = 1; minute <= minutes; minute++) {
    const bearer = await token();
    psql(`select string_agg(id || ':' || version, ',') from measure where id in (${ids.slice(0, 8).join(',')})`).split(',')
      .forEach((pair) => versions.set(Number(pair.split(':')[0]), Number(pair.split(':')[1])));
    const [read, write] = await Promise.all([
      steadyMix(apiUrl('/'), { Authorization: `Bearer ${bearer}` }, paths, reads, 60),
      statusChanges(apiUrl('/'), bearer, ids.slice(0, 8), versions, 2, 60, writes),
    ]);
    const rss = residentMegabytes(api.child.pid);
    minutesLog.push({ minute, reads: read.total, readErrors: read.errors, readP99: read.p99, writes: write.total, writeErrors: write.errors, rssMb: rss });
    console.log(`minute ${minute}: ${read.total} reads (${read.errors} errors, p99 ${read.p99} ms), ${write.total} status changes (${write.errors} errors), RSS ${rss} MB`);
  }
  const summary = {
    date: new Date().toISOString(), minutes, readsPerSecond: reads, writesPerSecond: writes,
    requests: minutesLog.reduce((sum, m) => sum + m.reads + m.writes, 0), errors: minutesLog.reduce((sum, m) => sum + m.readErrors + m.writeErrors, 0),
    rssStartMb: startRss, rssEndMb: minutesLog.at(-1)?.rssMb, minutesLog,
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/soak.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nSoak: ${summary.requests} requests in ${minutes} min, ${summary.errors} errors, resident memory ${startRss} → ${summary.rssEndMb} MB`);
} finally {
  await api.stop();
  await postgres.stop();
  await keycloak.stop();
}
