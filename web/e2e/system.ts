import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the parts of the system under test listen, shared by playwright.config.ts and the specs: below Linux's ephemeral
 * range (32768-60999), where any outgoing connection may hold a port for a while (a CI run once found 58180 taken).
 */
export const PORTS = {
  postgres: 25433, keycloak: 28180, keycloakManagement: 29180, api: [28081, 28082], spare: 28083,
  backup: { source: 25434, restored: 25435, api: 28084 },
};

/**
 * The JVM every API instance runs on: the newest JDK 25 or later under /usr/lib/jvm, which production uses
 * (docs/operations.md), else the default java. The API's own tests run on the build's JDK 17, so both are exercised.
 */
export const JAVA = process.env.KHARITA_E2E_JAVA ?? productionJava();

function productionJava(): string {
  const jvms = '/usr/lib/jvm';
  const feature = (home: string) => Number(/JAVA_VERSION="(\d+)/.exec(existsSync(join(home, 'release')) ? readFileSync(join(home, 'release'), 'utf8') : '')?.[1] ?? 0);
  const newest = (existsSync(jvms) ? readdirSync(jvms) : []).map((name) => join(jvms, name))
    .filter((home) => feature(home) >= 25 && existsSync(join(home, 'bin/java')))
    .sort((a, b) => feature(b) - feature(a))[0];
  return newest ? join(newest, 'bin/java') : 'java';
}

/** What every API instance of the browser tests is started with (the demo profile on the test database). */
export const API_ENV = {
  KHARITA_PG_PORT: String(PORTS.postgres),
  KHARITA_OIDC_URL: `http://localhost:${PORTS.keycloak}/realms/kharita`,
  KHARITA_KEYCLOAK_URL: `http://localhost:${PORTS.keycloak}`,
  KHARITA_PUBLIC_KEYCLOAK_URL: `http://localhost:${PORTS.keycloak}`,
};

export function apiArguments(port: number, demoData: boolean): string[] {
  return ['-Dquarkus.profile=demo', `-Dquarkus.http.port=${port}`, `-Dkharita.demo-data.enabled=${demoData}`, '-jar', process.env.KHARITA_API_JAR ?? ''];
}
