import Keycloak from 'keycloak-js';

/**
 * Sign-in through Keycloak (client kharita-web: authorization code with PKCE S256). Tokens stay in this module's
 * memory only: never in localStorage, so a script injected into the page cannot lift them from storage.
 */
export type ClientConfig = { keycloakUrl: string; realm: string; clientId: string };

let keycloak: Keycloak | undefined;
const RETURN_TO = 'kharita.returnTo';

export async function signIn(config: ClientConfig, language: string): Promise<void> {
  keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  // Keycloak accepts only the exact redirect URI (the app's root); remember the deep link to come back to it
  if (!window.location.hash.includes('state=')) {
    sessionStorage.setItem(RETURN_TO, window.location.pathname + window.location.search);
  }
  const authenticated = await keycloak.init({
    onLoad: 'check-sso',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    redirectUri: `${window.location.origin}/`,
  });
  if (!authenticated) {
    await keycloak.login({ redirectUri: `${window.location.origin}/`, locale: language });
    return;
  }
  const returnTo = sessionStorage.getItem(RETURN_TO);
  sessionStorage.removeItem(RETURN_TO);
  if (returnTo && returnTo !== window.location.pathname) {
    window.history.replaceState(null, '', returnTo);
  }
}

/** A fresh access token for the next call (refreshed when it has under 30 s left), or undefined before sign-in. */
export async function accessToken(): Promise<string | undefined> {
  if (!keycloak?.authenticated) {
    return undefined;
  }
  try {
    await keycloak.updateToken(30);
  } catch {
    await keycloak.login({ redirectUri: `${window.location.origin}/` });
  }
  return keycloak.token;
}

export function userName(): string | undefined {
  return keycloak?.tokenParsed?.preferred_username as string | undefined;
}

export function signOut(): void {
  void keycloak?.logout({ redirectUri: `${window.location.origin}/` });
}
