/**
 * Where the parts of the system under test listen, shared by playwright.config.ts and the specs: below Linux's ephemeral
 * range (32768-60999), where any outgoing connection may hold a port for a while (a CI run once found 58180 taken).
 */
export const PORTS = { postgres: 25433, keycloak: 28180, keycloakManagement: 29180, api: [28081, 28082], spare: 28083 };

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
