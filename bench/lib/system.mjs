// Starts and stops the parts of the system under test: the project's PostgreSQL, Keycloak and the API jar in
// production mode, as separate processes, and asks Keycloak for tokens.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import { basename, dirname, join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;
// below Linux's ephemeral range (32768-60999), where any outgoing connection may hold a port for a while
export const PORTS = { postgres: 25632, keycloak: 28380, keycloakManagement: 29380, api: 28090 };

/** Moves every port by `offset`, so that the CI smoke never meets a full benchmark or soak running on the machine. */
export function shiftPorts(offset) {
  for (const key of Object.keys(PORTS)) {
    PORTS[key] += offset;
  }
}

/** Refuses to start on a port something already listens on (it would measure that instead). */
async function requireFree(port) {
  const taken = await new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
  if (taken) {
    throw new Error(`port ${port} is in use (another benchmark or soak?); stop it first`);
  }
}

export function mvn(args) {
  const result = spawnSync('./mvnw', ['-q', '-B', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`./mvnw ${args.join(' ')} failed`);
  }
  return result.stdout.trim();
}

/** `--name value` and bare `--flag` (true) of this process's command line. */
export function commandLine() {
  const all = process.argv.slice(2);
  return Object.fromEntries(all.map((arg, i) => (arg.startsWith('--') ? [arg.slice(2), all[i + 1]?.startsWith('--') === false ? all[i + 1] : true] : null)).filter(Boolean));
}

/** The parts Maven passes when the build runs a smoke (api/pom.xml), else those of a build made here (unless --no-build). */
export function systemParts(args) {
  return process.env.KHARITA_API_JAR
    ? { classpath: process.env.KHARITA_DEVSTACK_CP, keycloakHome: process.env.KHARITA_KEYCLOAK_HOME, jar: process.env.KHARITA_API_JAR }
    : prepare({ build: args['no-build'] !== true });
}

/** Builds the app unless asked not to, and finds the dev stack's classpath and the Keycloak distribution. */
export function prepare({ build }) {
  if (build) {
    console.log('Building Kharita (./mvnw -DskipTests install)...');
    mvn(['-DskipTests', 'install']);
  }
  const state = join(ROOT, '.kharita');
  const cpFile = join(state, 'bench.classpath');
  mvn(['-pl', 'devstack', 'dependency:build-classpath', `-Dmdep.outputFile=${cpFile}`]);
  const classpath = `${join(ROOT, 'devstack/target/classes')}:${readFileSync(cpFile, 'utf8').trim()}`;
  const keycloakVersion = mvn(['-N', 'help:evaluate', '-Dexpression=keycloak.version', '-DforceStdout']);
  const keycloakHome = join(state, 'bench-keycloak', `keycloak-${keycloakVersion}`);
  if (!existsSync(join(keycloakHome, 'bin/kc.sh'))) {
    console.log(`Unpacking Keycloak ${keycloakVersion} from Maven Central...`);
    // overwrite: the plugin's marker (in target/) outlives a deleted .kharita and would skip the unpack
    mvn(['-N', 'dependency:unpack', `-Dartifact=org.keycloak:keycloak-quarkus-dist:${keycloakVersion}:zip`, `-DoutputDirectory=${join(state, 'bench-keycloak')}`,
      '-Dmdep.overWriteReleases=true']);
  }
  return { classpath, keycloakHome, jar: join(ROOT, 'api/target/quarkus-app/quarkus-run.jar') };
}

/** A child process whose output is kept, and a way to wait for a line in it. */
function launch(command, args, env = {}, cwd = ROOT) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const state = { child, output: '' };
  const keep = (chunk) => {
    state.output += chunk.toString();
    if (state.output.length > 20_000_000) {
      state.output = state.output.slice(-10_000_000);
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  state.waitFor = async (text, seconds) => {
    for (let i = 0; i < seconds * 10; i++) {
      if (state.output.includes(text)) {
        return;
      }
      if (child.exitCode !== null) {
        throw new Error(`${command} exited: ${state.output.slice(-2000)}`);
      }
      await sleep(100);
    }
    throw new Error(`${command} did not print "${text}" within ${seconds}s: ${state.output.slice(-2000)}`);
  };
  state.stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  };
  return state;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startPostgres(parts) {
  await requireFree(PORTS.postgres);
  const data = join(mkdtempSync(join(tmpdir(), 'kharita-bench-')), 'pgdata');
  const postgres = launch('java', ['-cp', parts.classpath, 'iq.kharita.devstack.PostgresLauncher', data, String(PORTS.postgres), 'kharita']);
  await postgres.waitFor('PostgreSQL ready', 120);
  return postgres;
}

export async function startKeycloak(parts) {
  await requireFree(PORTS.keycloak);
  await requireFree(PORTS.keycloakManagement);
  const keycloak = launch('java', ['-cp', parts.classpath, 'iq.kharita.devstack.KeycloakLauncher', parts.keycloakHome, String(PORTS.keycloak),
    String(PORTS.keycloakManagement), join(ROOT, 'keycloak/kharita-realm.json'), join(tmpdir(), 'kharita-bench-keycloak.log'), 'fresh']);
  await keycloak.waitFor('Keycloak ready', 300);
  return keycloak;
}

/**
 * The JVM options operations.md recommends for production (why each: there). startApi adds the cache or archive's
 * options; it must be run from its directory.
 */
export const JVM = ['-Xms96m', '-Xmx192m', '-XX:+UseSerialGC', '-XX:ReservedCodeCacheSize=48m', '-Xss512k', '-XX:TrimNativeHeapInterval=10000'];

/**
 * The JVM that runs the API, as operations.md recommends: JDK 25 or later where the machine has one (its ahead-of-time
 * cache, made by a training run, holds the classes loaded and linked and the profiles of the methods the hot paths ran),
 * else the default `java` (JDK 17) with a class-data-sharing archive. KHARITA_BENCH_JAVA_HOME chooses one explicitly.
 */
export const RUNTIME = findRuntime();

function javaFeature(home) {
  const release = join(home, 'release');
  const version = existsSync(release) ? /JAVA_VERSION="(\d+)/.exec(readFileSync(release, 'utf8')) : null;
  return version ? Number(version[1]) : 0;
}

function findRuntime() {
  const chosen = process.env.KHARITA_BENCH_JAVA_HOME;
  const jvms = '/usr/lib/jvm';
  const homes = chosen ? [chosen] : existsSync(jvms) ? readdirSync(jvms).map((name) => join(jvms, name)) : [];
  const found = homes.filter((home) => existsSync(join(home, 'bin/java'))).map((home) => ({ home, version: javaFeature(home) }))
    .sort((a, b) => b.version - a.version)[0];
  if (found && (chosen || found.version >= 25)) {
    return { java: join(found.home, 'bin/java'), version: found.version, aot: found.version >= 25 };
  }
  const version = /version "(\d+)/.exec(spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr ?? '');
  return { java: 'java', version: version ? Number(version[1]) : 0, aot: false };
}

/**
 * The cache or archive, in quarkus-app/: 'build' is the one made at package time (JDK 17's class-data-sharing archive
 * of the classes loaded at start; on JDK 25 none, since the build's JDK made it), 'trained' the one written at the exit
 * of a training run that served every hot path (operations.md), and 'train' starts such a run.
 */
export const ARCHIVES = RUNTIME.aot ? { build: null, trained: 'app.aot' } : { build: 'app-cds.jsa', trained: 'app-trained.jsa' };

function archiveOptions(archive) {
  if (RUNTIME.aot) {
    // compact object headers (JEP 519, a product option since JDK 25): 8 bytes per object instead of 12
    const headers = '-XX:+UseCompactObjectHeaders';
    return archive === 'train' ? [headers, `-XX:AOTCacheOutput=${ARCHIVES.trained}`]
      : archive === 'trained' ? [headers, `-XX:AOTCache=${ARCHIVES.trained}`] : [headers];
  }
  return [archive === 'train' ? `-XX:ArchiveClassesAtExit=${ARCHIVES.trained}` : `-XX:SharedArchiveFile=${ARCHIVES[archive]}`];
}

/** What the comparison start ('build') starts from, in words. */
export const untrainedStart = (runtime = RUNTIME) => runtime.aot ? 'without the cache' : 'with the build\'s archive instead of the trained one';

/** glibc gives each thread that allocates its own 64 MB arena; two are plenty for a JVM, which manages its own heap. */
export const JVM_ENV = { MALLOC_ARENA_MAX: '2' };

/**
 * The API in production mode on the bench database (or another `database` of the same PostgreSQL, on another `port`);
 * the rate limit on computed views is lifted for the load.
 */
export async function startApi(parts, extra = [], archive = 'build', { port = PORTS.api, database = 'kharita' } = {}) {
  await requireFree(port);
  const started = performance.now();
  const api = launch(RUNTIME.java, [...JVM, ...archiveOptions(archive), `-Dquarkus.http.port=${port}`, '-Dkharita.limits.expensive-per-second=100000',
    '-Dkharita.limits.expensive-burst=100000', ...extra, '-jar', basename(parts.jar)], {
    ...JVM_ENV,
    QUARKUS_DATASOURCE_JDBC_URL: `jdbc:postgresql://localhost:${PORTS.postgres}/${database}`,
    QUARKUS_DATASOURCE_USERNAME: 'postgres', QUARKUS_DATASOURCE_PASSWORD: 'postgres',
    KHARITA_OIDC_URL: `http://localhost:${PORTS.keycloak}/realms/kharita`, KHARITA_KEYCLOAK_URL: `http://localhost:${PORTS.keycloak}`,
    KHARITA_PUBLIC_KEYCLOAK_URL: `http://localhost:${PORTS.keycloak}`, KHARITA_ADMIN_CLIENT_SECRET: 'kharita-api-admin-secret',
  }, dirname(parts.jar));
  api.started = started;
  api.port = port;
  return api;
}

export const apiUrl = (path, port = PORTS.api) => `http://localhost:${port}${path}`;

/** A bearer token from the demo's password-grant client (demo only; the bench realm is the demo realm). */
export async function token(username = 'coordinator') {
  const response = await fetch(`http://localhost:${PORTS.keycloak}/realms/kharita/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'kharita-demo-cli', username, password: `${username}-demo` }),
  });
  return (await response.json()).access_token;
}

/** Milliseconds from the API's process start to its first authenticated 200. */
export async function firstAuthenticatedAnswer(api, bearer) {
  for (;;) {
    try {
      const response = await fetch(apiUrl('/api/v1/roadmaps?size=1', api.port), { headers: { Authorization: `Bearer ${bearer}` } });
      if (response.status === 200) {
        return performance.now() - api.started;
      }
    } catch {
      // not listening yet
    }
    if (api.child.exitCode !== null) {
      throw new Error(`the API exited: ${api.output.slice(-3000)}`);
    }
    await sleep(20);
  }
}

export function residentMegabytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
}

export function psql(sql, variables = {}, file, database = 'kharita') {
  const args = ['-h', 'localhost', '-p', String(PORTS.postgres), '-U', 'postgres', '-d', database, '-X', '-q', '-t', '-A',
    ...Object.entries(variables).flatMap(([k, v]) => ['-v', `${k}=${v}`]), ...(file ? ['-f', file] : ['-c', sql])];
  const result = spawnSync('psql', args, { env: { ...process.env, PGPASSWORD: 'postgres' }, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`psql failed: ${result.stderr}`);
  }
  return result.stdout.trim();
}
