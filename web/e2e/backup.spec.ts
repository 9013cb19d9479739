import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { token, waitUntilReady } from './support';
import { API_ENV, apiArguments, JAVA, PORTS } from './system';

/**
 * Backup and restore as docs/operations.md tells it: pg_dump of a running Kharita database, pg_restore into a
 * fresh PostgreSQL, the API started on the restored copy (without demo data, so everything it shows came from the
 * dump) gives the same answers, ETags included, to a fixed set of reads by a coordinator and a donor.
 *
 * It runs on PostgreSQL 15 (zonky's binaries from Maven Central) because the pg_dump on this machine is Debian 12's,
 * version 15, and pg_dump refuses a server newer than itself. The procedure does not depend on the version.
 */
const BACKUP = PORTS.backup;
const API = `http://localhost:${BACKUP.api}`;
const CLIENT = process.env.KHARITA_PG_CLIENT ?? '/usr/lib/postgresql/15/bin';

const required = (name: string) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the browser tests through Maven (./mvnw verify), which provides it`);
  }
  return value;
};

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function startPostgres(directory: string, port: number): ChildProcess {
  return spawn('java', ['-cp', required('KHARITA_DEVSTACK_CP'), 'iq.kharita.devstack.PostgresLauncher', directory, String(port), 'kharita',
    required('KHARITA_PG15_BINARIES')], { stdio: 'ignore' });
}

/** Until the launcher has created the (empty) kharita database, which is a little after the server accepts connections. */
async function waitForPostgres(port: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (spawnSync(join(CLIENT, 'psql'), ['-h', 'localhost', '-p', String(port), '-U', 'postgres', '-d', 'kharita', '-c', 'select 1']).status === 0) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`PostgreSQL on ${port} did not start`);
}

/** Starts the API on that database, its output in api-<port>.log in the work directory, whose end a failed start shows. */
async function startApi(work: string, postgresPort: number, demoData: boolean): Promise<ChildProcess> {
  const log = join(work, `api-${postgresPort}.log`);
  const output = openSync(log, 'w');
  const child = spawn(JAVA, apiArguments(BACKUP.api, demoData), {
    env: { ...process.env, ...API_ENV, KHARITA_PG_PORT: String(postgresPort) }, stdio: ['ignore', output, output],
  });
  closeSync(output);
  try {
    await waitUntilReady(`${API}/q/health/ready`, 'the API on the backup database');
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}; the end of ${log}:\n${readFileSync(log, 'utf8').split('\n').slice(-40).join('\n')}`);
  }
  return child;
}

/** One of PostgreSQL's own client programs; fails the test with its error output. */
function client(program: string, args: string[]): void {
  const result = spawnSync(join(CLIENT, program), ['-h', 'localhost', '-U', 'postgres', ...args], { encoding: 'utf8' });
  expect(result.status, `${program} ${args.join(' ')}: ${result.stderr}`).toBe(0);
}

type Answer = { status: number; etag: string | null; body: unknown };

async function read(paths: string[], bearer: string): Promise<Record<string, Answer>> {
  const answers: Record<string, Answer> = {};
  for (const path of paths) {
    const response = await fetch(`${API}${path}`, { headers: { Authorization: `Bearer ${bearer}` } });
    answers[path] = { status: response.status, etag: response.headers.get('etag'), body: await response.json() };
  }
  return answers;
}

test('a pg_dump restored into a fresh PostgreSQL gives identical answers', async () => {
  test.setTimeout(240_000);
  const version = spawnSync(join(CLIENT, 'pg_dump'), ['--version'], { encoding: 'utf8' }).stdout;
  expect(version, `pg_dump in ${CLIENT}`).toMatch(/PostgreSQL\) 15\./);
  const work = mkdtempSync(join(tmpdir(), 'kharita-backup-'));
  const dump = join(work, 'kharita.dump');
  const [coordinator, donor] = [await token('coordinator'), await token('donor')];

  const source = startPostgres(join(work, 'source'), BACKUP.source);
  let api: ChildProcess | undefined;
  let restored: ChildProcess | undefined;
  try {
    await waitForPostgres(BACKUP.source);
    api = await startApi(work, BACKUP.source, true);

    // a change after the seed, so the dump carries a timeline entry and an audit record made through the API
    const roadmap = ((await (await fetch(`${API}/api/v1/roadmaps`, { headers: { Authorization: `Bearer ${coordinator}` } })).json()) as {
      items: { id: number }[];
    }).items[0].id;
    const measures = (await (await fetch(`${API}/api/v1/measures?roadmap=${roadmap}&size=100`, {
      headers: { Authorization: `Bearer ${coordinator}` },
    })).json()) as { items: { id: number; status: string; tracking: { version: number } }[] };
    const changed = measures.items.find((m) => m.status === 'NOT_STARTED')!;
    const patched = await fetch(`${API}/api/v1/measures/${changed.id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${coordinator}`, 'content-type': 'application/json', 'If-Match': `"${changed.tracking.version}"` },
      body: JSON.stringify({ status: 'IN_PROGRESS', progress: 5, note: 'Before the backup' }),
    });
    expect(patched.status).toBe(200);

    const paths = [
      '/api/v1/roadmaps',
      `/api/v1/board?roadmap=${roadmap}`,
      `/api/v1/progress?roadmap=${roadmap}`,
      `/api/v1/funding?roadmap=${roadmap}`,
      `/api/v1/sequence?roadmap=${roadmap}`,
      `/api/v1/risks/heat-map?roadmap=${roadmap}`,
      `/api/v1/measures?roadmap=${roadmap}&size=100`,
      `/api/v1/measures/${changed.id}`,
      `/api/v1/status-updates?measure=${changed.id}`,
      `/api/v1/audit-events?entityType=measure&entityId=${changed.id}`,
      '/api/v1/risks?size=100',
      '/api/v1/stakeholders?size=100',
      '/api/v1/working-groups',
      '/api/v1/lessons?size=100',
    ];
    const before = { coordinator: await read(paths, coordinator), donor: await read(paths.filter((p) => !p.includes('audit')), donor) };
    expect(Object.values(before.coordinator).map((a) => a.status)).toEqual(paths.map(() => 200));
    expect(before.coordinator[`/api/v1/measures/${changed.id}`].body).toMatchObject({ status: 'IN_PROGRESS', progress: 5 });
    const cards = (role: 'coordinator' | 'donor') => (before[role][`/api/v1/board?roadmap=${roadmap}`].body as { cards: unknown[] }).cards.length;
    expect(cards('donor'), 'the donor sees fewer cards: visibility is part of what is compared').toBeLessThan(cards('coordinator'));

    // the commands of docs/operations.md: a dump in PostgreSQL's custom format while the API runs ...
    client('pg_dump', ['-p', String(BACKUP.source), '--format=custom', '--file', dump, 'kharita']);
    await stop(api);
    api = undefined;
    await stop(source);

    // ... restored into a new, empty server; the API comes up on it without seeding anything
    restored = startPostgres(join(work, 'restored'), BACKUP.restored);
    await waitForPostgres(BACKUP.restored);
    client('pg_restore', ['-p', String(BACKUP.restored), '--dbname', 'kharita', '--no-owner', '--exit-on-error', dump]);
    api = await startApi(work, BACKUP.restored, false);

    const after = { coordinator: await read(paths, coordinator), donor: await read(paths.filter((p) => !p.includes('audit')), donor) };
    for (const role of ['coordinator', 'donor'] as const) {
      for (const path of Object.keys(before[role])) {
        expect(after[role][path], `${role} ${path} after the restore`).toEqual(before[role][path]);
      }
    }
  } finally {
    if (api) {
      await stop(api);
    }
    for (const server of [restored, source]) {
      if (server) {
        await stop(server);
      }
    }
  }
});
