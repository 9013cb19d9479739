import { API, KEYCLOAK } from './support';

/**
 * The realm file lets the web client return only to the demo's addresses; the browser tests run two API instances
 * on ports of their own, so their addresses are added to the client here, in this test Keycloak only.
 */
export default async function globalSetup(): Promise<void> {
  const admin = await fetch(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }),
  });
  const headers = { Authorization: `Bearer ${((await admin.json()) as { access_token: string }).access_token}`, 'content-type': 'application/json' };
  const clients = `${KEYCLOAK}/admin/realms/kharita/clients`;
  const [client] = (await (await fetch(`${clients}?clientId=kharita-web`, { headers })).json()) as Record<string, unknown>[];
  const redirects = API.map((api) => `${api}/`);
  const updated = await fetch(`${clients}/${client.id as string}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({
      ...client,
      redirectUris: [...(client.redirectUris as string[]), ...redirects],
      webOrigins: [...(client.webOrigins as string[]), ...API],
      attributes: { ...(client.attributes as object), 'post.logout.redirect.uris': redirects.join('##') },
    }),
  });
  if (!updated.ok) {
    throw new Error(`could not register the test addresses with Keycloak: ${updated.status}`);
  }
}
