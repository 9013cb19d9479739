// Where an API request's CPU goes: the API at saturation on the demo roadmap (size S), profiled with async-profiler
// (Maven Central), and the machine's CPU split between the API, PostgreSQL and the rest during an unprofiled run.
// Results: bench/results/profile.json, shown in docs/benchmarks.md (bench/lib/report.mjs).
//
//   node bench/profile.mjs [--paths dashboard,board,detail] [--seconds 30] [--no-build]   (needs wrk and psql)
//   node bench/profile.mjs --smoke                                                        (CI: one path, 2 s, prints only)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { byLibrary, cpuTicks, machineTicks } from './lib/cpu.mjs';
import { saturate, warmUp } from './lib/load.mjs';
import { writeReport } from './lib/report.mjs';
import {
  apiUrl, commandLine, firstAuthenticatedAnswer, mvn, psql, ROOT, RUNTIME, shiftPorts, startApi, startKeycloak, startPostgres, systemParts, token,
} from './lib/system.mjs';

const PROFILER_VERSION = '4.2';
const args = commandLine();
const smoke = args.smoke === true;
const names = smoke ? ['dashboard'] : String(args.paths ?? 'dashboard,board,detail').split(',');
const seconds = smoke ? 2 : Number(args.seconds ?? 30);
if (smoke) {
  shiftPorts(20);
}
const concurrency = 8;
const jdkTool = (tool) => (RUNTIME.java.includes('/') ? join(dirname(RUNTIME.java), tool) : tool);

/** async-profiler's agent for linux-x64, from its Maven Central artifact, unpacked under .kharita/profiler. */
function profilerLibrary() {
  const home = join(ROOT, '.kharita/profiler');
  const library = join(home, 'linux-x64/libasyncProfiler.so');
  if (!existsSync(library)) {
    mkdirSync(home, { recursive: true });
    mvn(['-N', 'dependency:copy', `-Dartifact=tools.profiler:async-profiler:${PROFILER_VERSION}:jar:linux-x64`, `-DoutputDirectory=${home}`]);
    const unpacked = spawnSync(jdkTool('jar'), ['xf', `async-profiler-${PROFILER_VERSION}-linux-x64.jar`, 'linux-x64/libasyncProfiler.so'], { cwd: home });
    if (unpacked.status !== 0 || !existsSync(library)) {
      throw new Error(`could not unpack async-profiler: ${unpacked.stderr}`);
    }
  }
  return library;
}

/** Loads the agent into the running API with a command (start, stop); jcmd hands the quoted options over whole. */
function profiler(pid, library, options) {
  const result = spawnSync(jdkTool('jcmd'), [String(pid), 'JVMTI.agent_load', library, `"${options}"`], { encoding: 'utf8' });
  if (result.status !== 0 || !/return code: 0/.test(result.stdout)) {
    throw new Error(`async-profiler ${options}: ${result.stdout}${result.stderr}`);
  }
}

const postgresPids = () => readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).filter((pid) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false;
  }
});

const library = profilerLibrary();
const parts = systemParts(args);
const postgres = await startPostgres(parts);
const keycloak = await startKeycloak(parts);
try {
  const loader = await startApi(parts, ['-Dkharita.demo-data.enabled=true']);
  await firstAuthenticatedAnswer(loader, await token());
  await loader.stop();
  const roadmap = psql('select id from roadmap where code = \'NRM-2026\'');
  const detail = psql(`select id from measure where roadmap_id = ${roadmap} and visibility = 'PUBLIC' order by id limit 1`);
  const paths = { board: `/api/v1/board?roadmap=${roadmap}`, dashboard: `/api/v1/progress?roadmap=${roadmap}`, detail: `/api/v1/measures/${detail}` };
  const results = {};
  for (const name of names) {
    console.log(`\n== ${name}`);
    // a fresh API per path, so that one path's compiled code and kept answers do not shape another's profile
    const api = await startApi(parts, ['-XX:+EnableDynamicAgentLoading']);
    try {
      const headers = { Authorization: `Bearer ${await token()}` };
      await firstAuthenticatedAnswer(api, await token());
      const url = apiUrl(paths[name]);
      if (!smoke) {
        await warmUp(name, (s) => saturate(url, headers, concurrency, s));
      }
      const collapsed = join(ROOT, `.kharita/profiler/${name}.collapsed`);
      profiler(api.child.pid, library, 'start,event=itimer,interval=1ms,threads');
      const profiled = await saturate(url, headers, concurrency, seconds);
      profiler(api.child.pid, library, `stop,file=${collapsed},collapsed`);
      // the CPU split is measured without the profiler, whose sampling costs the API a share of its own
      const pids = postgresPids();
      const before = { api: cpuTicks(api.child.pid), postgres: pids.reduce((sum, pid) => sum + cpuTicks(pid), 0), machine: machineTicks() };
      const plain = await saturate(url, headers, concurrency, seconds);
      const spent = {
        api: cpuTicks(api.child.pid) - before.api,
        postgres: pids.reduce((sum, pid) => sum + cpuTicks(pid), 0) - before.postgres,
        machine: machineTicks() - before.machine,
      };
      const requests = plain.rps * seconds;
      const share = (ticks) => Math.round((1000 * ticks) / spent.machine) / 10;
      results[name] = {
        path: paths[name].replace(/=\d+$/, '={id}').replace(/\/\d+$/, '/{id}'),
        rpsProfiled: profiled.rps,
        rps: plain.rps,
        cpuShare: { api: share(spent.api), postgres: share(spent.postgres), rest: share(spent.machine - spent.api - spent.postgres) },
        // clock ticks are 1/100 s of one core (USER_HZ)
        microsPerRequest: { api: Math.round((spent.api * 1e4) / requests), postgres: Math.round((spent.postgres * 1e4) / requests) },
        byLibrary: byLibrary(readFileSync(collapsed, 'utf8')),
      };
      console.log(JSON.stringify(results[name], null, 1));
    } finally {
      await api.stop();
    }
  }
  // the smoke (CI) shows the profiler loads, samples and is read; its figures are not worth keeping
  if (!smoke) {
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/profile.json'), `${JSON.stringify({
      date: new Date().toISOString(), runtime: { version: RUNTIME.version, aot: RUNTIME.aot }, seconds, concurrency,
      profiler: `async-profiler ${PROFILER_VERSION}, CPU time (itimer) every 1 ms`, paths: results,
    }, null, 2)}\n`);
    writeReport();
    console.log('\nWrote bench/results/profile.json and docs/benchmarks.md');
  }
} finally {
  await keycloak.stop();
  await postgres.stop();
}
