// The same SQL as the API: PostgreSQL logs every statement the API sends while one request per path is made;
// those statements, with their parameters, become the pgbench script of that path.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORTS, psql } from './system.mjs';

const MARK = 'kharita_bench_mark';
const LOG_LINE = /^\d{4}-\d\d-\d\d \d/;

export function startCapture() {
  psql('alter database kharita set log_statement = \'all\'');
}

export function stopCapture() {
  psql('alter database kharita reset log_statement');
}

export function mark(name) {
  psql(`select '${MARK}:${name}'`);
}

/**
 * Statements between two marks in the server log, parameters inlined. JDBC logs `execute <name>: <sql>` and then
 * `DETAIL:  Parameters: $1 = '…', …`; transaction control and the API's LISTEN connection are left out.
 */
export function statementsBetween(log, name) {
  const start = log.indexOf(`${MARK}:${name}'`);
  const end = log.indexOf(`${MARK}:end-${name}'`);
  const lines = log.slice(start, end).split('\n');
  const statements = [];
  for (let i = 0; i < lines.length; i++) {
    const executed = /LOG:\s+execute [^:]+:\s+(.*)$/.exec(lines[i]);
    if (!executed) {
      continue;
    }
    let sql = executed[1];
    // a statement written on several lines (native SQL) continues until the next line with the log's timestamp
    while (i + 1 < lines.length && !LOG_LINE.test(lines[i + 1])) {
      sql += ` ${lines[++i].trim()}`;
    }
    const detail = /DETAIL:\s+Parameters: (.*)$/.exec(lines[i + 1] ?? '');
    if (detail) {
      const values = new Map([...detail[1].matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g)].map((m) => [m[1], m[2]]));
      sql = sql.replace(/\$(\d+)/g, (whole, n) => values.get(n) ?? whole);
    }
    if (!/^(BEGIN|COMMIT|ROLLBACK|LISTEN|SET |SHOW |select pg_notify)/i.test(sql) && !sql.includes(MARK)) {
      statements.push(sql);
    }
  }
  return statements;
}

/** pgbench (PostgreSQL's own load tool) running a path's statements back to back, as one client per connection. */
export function pgbench(name, statements, clients, seconds) {
  const script = join(tmpdir(), `kharita-bench-${name}.sql`);
  writeFileSync(script, statements.map((s) => `${s.replace(/\s+/g, ' ')};`).join('\n') + '\n');
  const result = spawnSync('pgbench', ['-h', 'localhost', '-p', String(PORTS.postgres), '-U', 'postgres', '-n', '-c', String(clients),
    '-j', String(Math.min(clients, 2)), '-T', String(seconds), '-M', 'prepared', '-f', script, 'kharita'],
  { env: { ...process.env, PGPASSWORD: 'postgres' }, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`pgbench ${name} failed: ${result.stderr}`);
  }
  const tps = /tps = ([\d.]+)/.exec(result.stdout);
  const latency = /latency average = ([\d.]+) ms/.exec(result.stdout);
  return { tps: Number(tps?.[1] ?? 0), latency: Number(latency?.[1] ?? 0) };
}
