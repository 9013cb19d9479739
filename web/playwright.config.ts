import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_ENV, apiArguments, JAVA, PORTS } from './e2e/system';

/**
 * Browser tests against the real system: the project's PostgreSQL, a fresh Keycloak with the realm file, and TWO
 * API instances on one database (live updates must cross instances). Maven passes where the parts are
 * (api/pom.xml, integration-test phase); the browser is Debian's Chromium.
 */
const env = (name: string) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the browser tests through Maven (./mvnw verify), which provides it`);
  }
  return value;
};

// SIGTERM lets each launcher stop what it started (the postgres server, Keycloak's JVM) before it exits
const STOP = { signal: 'SIGTERM' as const, timeout: 20_000 };
const classpath = env('KHARITA_DEVSTACK_CP');
const root = fileURLToPath(new URL('..', import.meta.url));
const state = mkdtempSync(join(tmpdir(), 'kharita-e2e-'));
env('KHARITA_API_JAR');
const api = (port: number, demoData: boolean) => ({
  command: `exec ${JAVA} ${apiArguments(port, demoData).join(' ')}`,
  url: `http://localhost:${port}/q/health/ready`,
  env: API_ENV,
  timeout: 120_000,
  reuseExistingServer: false,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  gracefulShutdown: STOP,
});

export default defineConfig({
  testDir: './e2e',
  // *.bench.ts collect browser figures for docs/benchmarks.md on demand (KHARITA_BENCH_BROWSER=1), not tests
  testMatch: process.env.KHARITA_BENCH_BROWSER ? ['**/*.spec.ts', '**/*.bench.ts'] : ['**/*.spec.ts'],
  globalSetup: './e2e/global-setup.ts',
  outputDir: '../api/target/e2e-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORTS.api[0]}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
  },
  // started one after the other, each waited for: the database, Keycloak, then the two API instances
  webServer: [
    {
      command: `exec java -cp ${classpath} iq.kharita.devstack.PostgresLauncher ${join(state, 'pgdata')} ${PORTS.postgres} kharita`,
      port: PORTS.postgres, timeout: 120_000, reuseExistingServer: false, stdout: 'ignore', stderr: 'pipe', gracefulShutdown: STOP,
    },
    {
      command: `exec java -cp ${classpath} iq.kharita.devstack.KeycloakLauncher ${env('KHARITA_KEYCLOAK_HOME')} ${PORTS.keycloak} ${PORTS.keycloakManagement} `
        + `${join(root, 'keycloak/kharita-realm.json')} ${join(state, 'keycloak.log')} fresh`,
      url: `http://localhost:${PORTS.keycloak}/realms/kharita/.well-known/openid-configuration`,
      timeout: 300_000, reuseExistingServer: false, stdout: 'ignore', stderr: 'pipe', gracefulShutdown: STOP,
    },
    api(PORTS.api[0], true),
    api(PORTS.api[1], false),
  ],
});
