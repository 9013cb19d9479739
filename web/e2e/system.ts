/** Where the parts of the system under test listen, shared by playwright.config.ts and the specs. */
export const PORTS = { postgres: 55433, keycloak: 58180, keycloakManagement: 59180, api: [58081, 58082], spare: 58083 };

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
