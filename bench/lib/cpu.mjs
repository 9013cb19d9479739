// CPU accounting for bench/profile.mjs: clock ticks from /proc, and a profile's samples by the library whose code ran.
import { readFileSync } from 'node:fs';

/** User and system clock ticks a process has used (fields 14 and 15 of /proc/<pid>/stat); 0 once it is gone. */
export function cpuTicks(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Clock ticks of all cores, busy or idle, since boot (the first line of /proc/stat, without steal and guests). */
export function machineTicks() {
  return readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 8)
    .reduce((sum, ticks) => sum + Number(ticks), 0);
}

/**
 * Matched from the sampled frame outwards, so the JDK and the kernel count for the library that called them (a
 * socket write by the JDBC driver is the driver's). Order matters where one name contains another.
 */
export const LIBRARIES = [
  ['PostgreSQL JDBC driver, with its socket I/O', /^org\/postgresql/],
  ['Hibernate Validator', /^org\/hibernate\/validator/],
  ['Hibernate ORM and Agroal (the connection pool)', /^(org\/hibernate|io\/agroal|io\/quarkus\/hibernate|io\/quarkus\/agroal|com\/arjuna|io\/quarkus\/narayana)/],
  ['security: the bearer token (OIDC) and role checks', /^(io\/quarkus\/oidc|io\/quarkus\/security|io\/smallrye\/jwt|org\/jose4j|iq\/kharita\/common\/security)/],
  ['Jackson (JSON)', /^com\/fasterxml/],
  ['Netty: HTTP reads and writes', /^io\/netty/],
  ['Vert.x: HTTP server and routing', /^(io\/vertx|io\/quarkus\/vertx)/],
  ['hand-off between event loop and worker threads (JBoss Threads)', /^org\/jboss\/threads/],
  ['RESTEasy Reactive', /^(org\/jboss\/resteasy|io\/quarkus\/resteasy)/],
  ['CDI (ArC)', /^io\/quarkus\/arc/],
  ['Mutiny and context propagation', /^io\/smallrye\/(mutiny|context)/],
  ['Kharita', /^iq\/kharita/],
];
const OTHER = 'other (JVM, kernel)';

/**
 * Shares (per cent) of the samples of the threads that serve requests (Vert.x event loops and the worker pool) in
 * async-profiler's collapsed output with `threads` (each stack starts with its thread's name).
 */
export function byLibrary(collapsed) {
  const counts = new Map();
  let total = 0;
  for (const line of collapsed.split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space < 0 || !/^\[(executor-thread|vert\.x-eventloop-thread)/.test(line)) {
      continue;
    }
    const samples = Number(line.slice(space + 1));
    const frames = line.slice(0, space).split(';').slice(1).reverse();
    let library = OTHER;
    for (const frame of frames) {
      const found = LIBRARIES.find(([, pattern]) => pattern.test(frame));
      if (found) {
        library = found[0];
        break;
      }
    }
    counts.set(library, (counts.get(library) ?? 0) + samples);
    total += samples;
  }
  if (total === 0) {
    throw new Error('the profile holds no samples of the threads that serve requests');
  }
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).map(([library, samples]) => [library, Math.round((1000 * samples) / total) / 10]));
}
