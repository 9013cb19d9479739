// Kharita benchmark: one command builds the app, starts it in production mode on the project's PostgreSQL with a
// chosen data size, warms up, and drives load from separate processes (wrk at saturation, this one at a steady rate);
// the same SQL runs with pgbench in the same run, alternating with the API. Results: bench/results/<size>.json and
// docs/benchmarks.md.
//
//   node bench/run.mjs --size S,L [--runs 3] [--seconds 15] [--no-build]   (full run; needs wrk, psql and pgbench)
//   node bench/run.mjs --size L --into in-turns                            (results in bench/results/in-turns/, a step's after)
//   node bench/run.mjs --smoke                                             (CI: tiny, prints only)
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasWrk, saturate, saturateStatusChanges, steady, warmUp } from './lib/load.mjs';
import { writeReport } from './lib/report.mjs';
import { mark, pgbench, startCapture, statementsBetween, stopCapture } from './lib/sql.mjs';
import {
  apiUrl, commandLine, firstAuthenticatedAnswer, PORTS, psql, residentMegabytes, ROOT, RUNTIME, shiftPorts, sleep, startApi, startKeycloak, startPostgres, systemParts, token,
  untrainedStart,
} from './lib/system.mjs';

const SIZES = {
  S: null,
  M: { roadmaps: 10, measures: 500, actions: 10, history: 20, indicators: 50, readings: 40 },
  L: { roadmaps: 100, measures: 500, actions: 10, history: 20, indicators: 50, readings: 40 },
};

const args = commandLine();
const smoke = args.smoke === true;
const sizes = smoke ? ['S'] : String(args.size ?? 'S').split(',');
const runs = smoke ? 1 : Number(args.runs ?? 3);
const seconds = smoke ? 1 : Number(args.seconds ?? 15);
// a run kept apart from the reference results (bench/results/*.json), for a before-and-after step of the report
const into = typeof args.into === 'string' ? join(ROOT, 'bench/results', args.into) : join(ROOT, 'bench/results');
const concurrency = 8;
/** Paths whose answer the API keeps until the roadmap changes (BoardService, ProgressService). */
const KEPT = ['board', 'dashboard'];
const CHANGE_EVERY_MS = 2000;
const STARTS = smoke ? 1 : 3;
const hasPgbench = spawnSync('pgbench', ['--version']).status === 0;
if (smoke) {
  shiftPorts(10);
}

/** The database of size S beside a larger one (benchSize). */
const ALONE = 'kharita_alone';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function benchSize(parts, size) {
  console.log(`\n== size ${size}`);
  const postgres = await startPostgres(parts);
  try {
    // the first start migrates the schema and loads the demo roadmap (size S)
    const loader = await startApi(parts, ['-Dkharita.demo-data.enabled=true']);
    await firstAuthenticatedAnswer(loader, await token());
    await loader.stop();
    if (SIZES[size]) {
      // beside a larger database, one of size S in the same PostgreSQL: the demo roadmap alone, for latency measured
      // alternately on both in one run (measured in separate runs, the machine's drift between them outweighs the data's)
      psql(`create database ${ALONE}`);
      const aloneLoader = await startApi(parts, ['-Dkharita.demo-data.enabled=true'], 'build', { database: ALONE });
      await firstAuthenticatedAnswer(aloneLoader, await token());
      await aloneLoader.stop();
      psql(`alter database ${ALONE} set random_page_cost = 1.1`, {}, undefined, ALONE);
      console.log(`Generating size ${size}...`);
      const generated = Date.now();
      console.log(psql(null, SIZES[size], join(ROOT, 'bench/generate.sql')));
      console.log(`  generated in ${Math.round((Date.now() - generated) / 1000)} s`);
    }
    // pgbench's sessions plan as the API's do (the API sets this on each connection: application.properties)
    psql('alter database kharita set random_page_cost = 1.1');
    const roadmapCode = size === 'S' ? 'NRM-2026' : 'BENCH-001';
    const roadmap = psql(`select id from roadmap where code = '${roadmapCode}' or '${size}' = 'S' order by (code = '${roadmapCode}') desc, id limit 1`);
    const measures = psql(`select count(*) from measure where roadmap_id = ${roadmap}`);
    const detail = psql(`select id from measure where roadmap_id = ${roadmap} and visibility = 'PUBLIC' order by id limit 1`);
    const writable = psql(`select string_agg(id::text, ',') from (select id from measure m where roadmap_id = ${roadmap} and status not in ('COMPLETED', 'CANCELLED') and not exists (select 1 from measure_dependency d where d.measure_id = m.id) order by id desc limit 64) m`).split(',').map(Number);
    // the demo roadmap is in every size: its board and dashboard at S and at L differ only in the database around them
    const demoRoadmap = psql('select id from roadmap where code = \'NRM-2026\'');
    const demoPaths = { board: `/api/v1/board?roadmap=${demoRoadmap}`, dashboard: `/api/v1/progress?roadmap=${demoRoadmap}` };
    const paths = {
      board: `/api/v1/board?roadmap=${roadmap}`,
      dashboard: `/api/v1/progress?roadmap=${roadmap}`,
      list: `/api/v1/measures?roadmap=${roadmap}&status=IN_PROGRESS&status=DELAYED&sort=dueDate&size=50`,
      detail: `/api/v1/measures/${detail}`,
    };

    const versions = new Map();
    // no status change is a HOT update (a measure's status is indexed), so a run of them leaves thousands of dead row
    // versions and index entries on 64 rows, which autovacuum clears within its next minute; the next run's reads, API
    // and pgbench alike, meet the database as autovacuum leaves it
    const vacuumAfterWrites = async () => {
      await sleep(500);
      psql('vacuum (analyze) measure, measure_status_update, audit_event');
    };
    // wrk stops at its deadline with changes in flight, which the API still commits: wait for them, then read
    const reread = async () => {
      await sleep(500);
      psql(`select string_agg(id || ':' || version, ',') from measure where id in (${writable.join(',')})`).split(',')
        .forEach((pair) => versions.set(Number(pair.split(':')[0]), Number(pair.split(':')[1])));
    };

    // a training run serves every hot path and writes, at its exit, the cache or archive the measured API starts with
    // (operations.md); meanwhile PostgreSQL's log captures the SQL of each read path for pgbench
    let bearer = await token();
    // access tokens live 5 minutes (the realm's setting) and a warm-up can take longer: a new one every 2 minutes
    let issued = Date.now();
    const renewToken = async () => {
      if (Date.now() - issued > 120_000) {
        bearer = await token();
        issued = Date.now();
      }
    };
    const statements = {};
    if (hasPgbench) {
      startCapture();
    }
    const training = await startApi(parts, [], 'train');
    await firstAuthenticatedAnswer(training, bearer);
    // the first request for a path builds its answer; the board and the dashboard keep theirs until the roadmap
    // changes, so their second request issues only what checks that (both are captured: kept and built)
    const captured = async (name, path) => {
      mark(name);
      const response = await fetch(apiUrl(path), { headers: { Authorization: `Bearer ${bearer}` } });
      if (response.status !== 200) {
        throw new Error(`${path}: ${response.status}`);
      }
      await sleep(200);
      mark(`end-${name}`);
    };
    await reread();
    for (const [name, path] of Object.entries(paths)) {
      // the first request also loads what an API loads once (the gazetteer, the driver's column metadata)
      await captured(`${name}-first`, path);
      if (KEPT.includes(name)) {
        await changeStatus(writable[0], bearer, versions);
        await captured(`${name}-built`, path);
      }
      await captured(name, path);
    }
    if (hasPgbench) {
      stopCapture();
    }
    // JDK 25's cache also keeps the profiles of the methods the training ran, which a few more requests fill in
    for (const path of Object.values(paths)) {
      for (let i = 0; i < 20; i++) {
        await fetch(apiUrl(path), { headers: { Authorization: `Bearer ${bearer}` } });
      }
    }
    await reread();
    await saturateStatusChanges(apiUrl('/'), bearer, new Map([...versions].slice(0, 2)), 1, 1);
    await training.stop();
    if (hasPgbench) {
      for (const name of [...Object.keys(paths), ...KEPT.map((name) => `${name}-built`)]) {
        statements[name] = statementsBetween(postgres.output, name);
        if (statements[name].length === 0) {
          throw new Error(`no SQL captured for ${name}: PostgreSQL's log holds none of the API's statements`);
        }
      }
    }

    // the start with the build's archive (on JDK 25: with no cache), for comparison; then the measured API, trained
    const untrained = await startApi(parts, [], 'build');
    const startupBuildArchive = await firstAuthenticatedAnswer(untrained, bearer);
    await untrained.stop();
    // a start's time varies by half a second on this shared machine: the median of three starts, the last one measured on
    const starts = [];
    let api;
    for (let start = 0; start < STARTS; start++) {
      await api?.stop();
      api = await startApi(parts, [], 'trained');
      starts.push(await firstAuthenticatedAnswer(api, bearer));
    }
    const startup = median(starts);
    console.log(`API ready (first authenticated answer) after ${Math.round(startup)} ms, the median of ${starts.map(Math.round).join(', ')} (${Math.round(startupBuildArchive)} ms ${untrainedStart()})`);
    const headers = () => ({ Authorization: `Bearer ${bearer}` });
    // the demo roadmap on the database of size S, served by a second API started as the measured one
    const alone = SIZES[size] ? await startApi(parts, [], 'trained', { port: PORTS.api + 1, database: ALONE }) : null;
    const alonePaths = {};
    if (alone) {
      await firstAuthenticatedAnswer(alone, bearer);
      const aloneRoadmap = psql('select id from roadmap where code = \'NRM-2026\'', {}, undefined, ALONE);
      alonePaths.board = apiUrl(`/api/v1/board?roadmap=${aloneRoadmap}`, alone.port);
      alonePaths.dashboard = apiUrl(`/api/v1/progress?roadmap=${aloneRoadmap}`, alone.port);
    }
    const boardBytes = await payloadSizes(apiUrl(paths.board), headers());
    console.log(`Board payload: ${boardBytes.sent} bytes, ${boardBytes.gzip} gzip-compressed (${boardBytes.namedOnEachCard} with names repeated on every card, as before)`);
    // warm-up: each read path and the status changes until their throughput stops rising (the JIT's work)
    const warmUpSeconds = {};
    const warming = smoke ? { seconds: 1, least: 1, most: 1 } : {};
    for (const [name, path] of Object.entries(paths)) {
      warmUpSeconds[name] = await warmUp(name, async (s) => {
        await renewToken();
        return saturate(apiUrl(path), headers(), concurrency, s);
      }, warming);
    }
    for (const [name, url] of Object.entries(alonePaths)) {
      warmUpSeconds[`${name} on size S`] = await warmUp(`${name} S`, async (s) => {
        await renewToken();
        return saturate(url, headers(), concurrency, s);
      }, warming);
    }
    warmUpSeconds.status = await warmUp('status', async (s) => {
      await renewToken();
      await reread();
      return saturateStatusChanges(apiUrl('/'), bearer, versions, concurrency, s);
    }, warming);
    await vacuumAfterWrites();
    const samples = [];
    for (let run = 1; run <= runs; run++) {
      // a run outlasts an access token on a slow day: a fresh one before each path (renewToken: every 2 minutes)
      const sample = { run, paths: {} };
      for (const [name, path] of Object.entries(paths)) {
        await renewToken();
        const apiSide = await saturate(apiUrl(path), headers(), concurrency, seconds);
        const sqlSide = hasPgbench ? pgbench(name, statements[name], concurrency, seconds) : null;
        // what the API's answer is built from, when the roadmap has changed since it was kept
        const builtSide = hasPgbench && KEPT.includes(name) ? pgbench(`${name}-built`, statements[`${name}-built`], concurrency, seconds) : null;
        sample.paths[name] = { api: apiSide, sql: sqlSide, built: builtSide };
        console.log(`  run ${run} ${name.padEnd(9)} API ${apiSide.rps} req/s p99 ${apiSide.p99} ms errors ${apiSide.errors}`
          + (sqlSide ? ` | pgbench ${sqlSide.tps} tps → ${Math.round((100 * apiSide.rps) / sqlSide.tps)} %` : '')
          + (builtSide ? ` | pgbench of the build's SQL ${builtSide.tps} tps → ${Math.round((100 * apiSide.rps) / builtSide.tps)} %` : ''));
      }
      for (const name of KEPT) {
        await renewToken();
        sample.paths[name].steady = await steady(apiUrl(paths[name]), headers(), 100, seconds);
        console.log(`  run ${run} ${name.padEnd(9)} at 100 req/s: p50 ${sample.paths[name].steady.p50} p95 ${sample.paths[name].steady.p95} p99 ${sample.paths[name].steady.p99} ms`);
        // a workshop's roadmap changes a few times a minute; here once every CHANGE_EVERY_MS, each forcing a new build
        await reread();
        const changes = changeEvery(CHANGE_EVERY_MS, bearer, versions);
        sample.paths[name].changing = await steady(apiUrl(paths[name]), headers(), 100, seconds);
        sample.paths[name].changing.changes = await changes.stop();
        console.log(`  run ${run} ${name.padEnd(9)} at 100 req/s with ${sample.paths[name].changing.changes} changes meanwhile: p50 ${sample.paths[name].changing.p50} p95 ${sample.paths[name].changing.p95} p99 ${sample.paths[name].changing.p99} ms`);
        if (alone) {
          // the demo roadmap on this database and on the one of size S, in turns, the first in turn changing each run
          const order = run % 2 === 1 ? ['demoSteady', 'demoAlone'] : ['demoAlone', 'demoSteady'];
          for (const key of order) {
            sample.paths[name][key] = await steady(key === 'demoSteady' ? apiUrl(demoPaths[name]) : alonePaths[name], headers(), 100, seconds);
          }
          console.log(`  run ${run} ${name.padEnd(9)} of the demo roadmap at 100 req/s: p99 ${sample.paths[name].demoSteady.p99} ms on size ${size}, ${sample.paths[name].demoAlone.p99} ms on size S beside it`);
        }
      }
      // as a browser asks: gzip accepted, and a screen that holds the current board asking whether it changed
      await renewToken();
      sample.browser = {
        gzip: await saturate(apiUrl(paths.board), { ...headers(), 'Accept-Encoding': 'gzip' }, concurrency, seconds),
        unchanged: await saturate(apiUrl(paths.board), { ...headers(), 'If-None-Match': await currentTag(apiUrl(paths.board), headers()) }, concurrency, seconds),
      };
      console.log(`  run ${run} board gzip ${sample.browser.gzip.rps} req/s p99 ${sample.browser.gzip.p99} ms | board 304 ${sample.browser.unchanged.rps} req/s p99 ${sample.browser.unchanged.p99} ms`);
      await reread();
      await renewToken();
      sample.write = await saturateStatusChanges(apiUrl('/'), bearer, versions, concurrency, seconds);
      console.log(`  run ${run} status    ${sample.write.rps} changes/s p99 ${sample.write.p99} ms errors ${sample.write.errors}`);
      await vacuumAfterWrites();
      samples.push(sample);
    }
    bearer = await token();
    const sweep = {};
    for (const connections of [1, 4, 16]) {
      sweep[connections] = await saturate(apiUrl(paths.board), headers(), connections, seconds);
    }
    const rss = residentMegabytes(api.child.pid);
    console.log(`Resident memory after load: ${rss} MB`);
    await api.stop();
    await alone?.stop();
    const counts = psql('select (select count(*) from roadmap) || \',\' || (select count(*) from measure) || \',\' || (select count(*) from action) || \',\' || (select count(*) from audit_event) || \',\' || (select count(*) from indicator_measurement)').split(',').map(Number);
    return {
      size, runtime: RUNTIME, measuresOnBoard: Number(measures), boardBytes, startupMs: Math.round(startup), startupRunsMs: starts.map(Math.round),
      startupBuildArchiveMs: Math.round(startupBuildArchive), rssMb: rss, runs, seconds, concurrency, loadTool: 'wrk', warmUpSeconds, vacuumAfterWrites: true,
      rows: { roadmaps: counts[0], measures: counts[1], actions: counts[2], history: counts[3], readings: counts[4] },
      statements: Object.fromEntries(Object.entries(statements).map(([k, v]) => [k, v.length])),
      paths: Object.fromEntries(Object.keys(paths).map((name) => [name, {
        rps: median(samples.map((s) => s.paths[name].api.rps)),
        p50: median(samples.map((s) => s.paths[name].api.p50)), p95: median(samples.map((s) => s.paths[name].api.p95)),
        p99: median(samples.map((s) => s.paths[name].api.p99)), errors: samples.reduce((sum, s) => sum + s.paths[name].api.errors, 0),
        sqlTps: hasPgbench ? median(samples.map((s) => s.paths[name].sql.tps)) : null,
        builtSqlTps: hasPgbench && KEPT.includes(name) ? median(samples.map((s) => s.paths[name].built.tps)) : null,
        steady: samples[0].paths[name].steady ? {
          p50: median(samples.map((s) => s.paths[name].steady.p50)), p95: median(samples.map((s) => s.paths[name].steady.p95)),
          p99: median(samples.map((s) => s.paths[name].steady.p99)),
        } : null,
        demoSteady: samples[0].paths[name].demoSteady ? { p99: median(samples.map((s) => s.paths[name].demoSteady.p99)) } : null,
        demoAlone: samples[0].paths[name].demoAlone ? { p99: median(samples.map((s) => s.paths[name].demoAlone.p99)) } : null,
        changing: samples[0].paths[name].changing ? {
          p50: median(samples.map((s) => s.paths[name].changing.p50)), p95: median(samples.map((s) => s.paths[name].changing.p95)),
          p99: median(samples.map((s) => s.paths[name].changing.p99)), changes: median(samples.map((s) => s.paths[name].changing.changes)),
        } : null,
      }])),
      write: { rps: median(samples.map((s) => s.write.rps)), p99: median(samples.map((s) => s.write.p99)), errors: samples.reduce((sum, s) => sum + s.write.errors, 0) },
      sweep: Object.fromEntries(Object.entries(sweep).map(([c, r]) => [c, { rps: r.rps, p99: r.p99 }])),
      browser: Object.fromEntries(['gzip', 'unchanged'].map((way) => [way, {
        rps: median(samples.map((s) => s.browser[way].rps)), p99: median(samples.map((s) => s.browser[way].p99)),
        errors: samples.reduce((sum, s) => sum + s.browser[way].errors, 0),
      }])),
    };
  } finally {
    await postgres.stop();
  }
}

if (!hasWrk()) {
  throw new Error('wrk not found (Debian: apt-get install wrk): it drives the load at saturation');
}
const parts = systemParts(args);
if (!hasPgbench) {
  console.log('pgbench not found (Debian: apt-get install postgresql-15): the SQL side is left out of this run');
}
const keycloak = await startKeycloak(parts);
try {
  for (const size of sizes) {
    const result = await benchSize(parts, size);
    if (!smoke) {
      mkdirSync(into, { recursive: true });
      writeFileSync(join(into, `${size}.json`), `${JSON.stringify({ ...result, date: new Date().toISOString() }, null, 2)}\n`);
    } else {
      console.log(JSON.stringify(result, null, 2));
    }
  }
  if (!smoke) {
    writeReport();
    console.log('\nWrote docs/benchmarks.md');
  }
} finally {
  await keycloak.stop();
}

/**
 * The board's size as sent, and as it was when every card carried its pillar, group, lead and places by name
 * (the same content, expanded here), for the before and after in docs/benchmarks.md.
 */
async function payloadSizes(url, headers) {
  const text = await (await fetch(url, { headers })).text();
  const board = JSON.parse(text);
  const byId = (items) => new Map(items.map((item) => [item.id, item]));
  const [pillars, groups, leads, places] = [board.pillars, board.workingGroups, board.stakeholders, board.locations].map(byId);
  const expanded = board.cards.map(({ pillarId, workingGroupId, leadId, governorateIds, locationIds, ...card }) => ({
    ...card, pillar: pillars.get(pillarId), workingGroup: groups.get(workingGroupId), lead: leads.get(leadId),
    governorates: governorateIds.map((id) => places.get(id)), locations: locationIds.map((id) => places.get(id)),
  }));
  return {
    sent: Buffer.byteLength(text), gzip: await compressedSize(url, headers),
    namedOnEachCard: Buffer.byteLength(JSON.stringify({ roadmapId: board.roadmapId, cards: expanded })),
  };
}

/** The bytes on the wire when the client accepts gzip (fetch would undo the compression before they could be counted). */
function compressedSize(url, headers) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { ...headers, 'Accept-Encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => { bytes += chunk.length; });
      response.on('end', () => (response.headers['content-encoding'] === 'gzip' ? resolve(bytes) : reject(new Error(`${url}: not sent compressed`))));
    }).on('error', reject);
  });
}

/** The ETag of the answer the API would send now, as a screen holding it would send it back. */
async function currentTag(url, headers) {
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  return response.headers.get('etag');
}

/**
 * A status change of one of the benchmarked roadmap's measures every `ms` (taking turns over them) until stopped; the
 * promise of stop() gives the number of changes made. Each raises the roadmap's revision, so the next board is built.
 */
function changeEvery(ms, bearer, versions) {
  let stopped = false;
  let made = 0;
  const ids = [...versions.keys()];
  const loop = (async () => {
    for (let turn = 0; !stopped; turn++) {
      await changeStatus(ids[turn % ids.length], bearer, versions);
      made++;
      await sleep(ms);
    }
  })();
  return { stop: async () => { stopped = true; await loop; return made; } };
}

/** One status change of a measure whose version is known, as the harness's status changes make them. */
async function changeStatus(id, bearer, versions) {
  const version = versions.get(id);
  const response = await fetch(apiUrl(`/api/v1/measures/${id}`), {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${bearer}`, 'content-type': 'application/json', 'If-Match': `"${version}"` },
    body: JSON.stringify({ status: version % 2 === 0 ? 'DELAYED' : 'IN_PROGRESS', note: 'Benchmark status change' }),
  });
  if (response.status !== 200) {
    throw new Error(`status change of measure ${id}: ${response.status} ${await response.text()}`);
  }
  versions.set(id, (await response.json()).tracking.version);
}
