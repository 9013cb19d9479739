import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PORTS } from './system';

export const API = PORTS.api.map((port) => `http://localhost:${port}`);
export const KEYCLOAK = `http://localhost:${PORTS.keycloak}`;

/** Signs in through the real Keycloak login page (demo users: password "<username>-demo"). */
export async function signIn(page: Page, username: string, path = '/', api = API[0]): Promise<void> {
  await page.goto(`${api}${path}`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(`${username}-demo`);
  await page.locator('#kc-login').click();
  await expect(page.locator('.account-name')).toHaveText(username);
}

export async function newSignedInPage(browser: Browser, username: string, path = '/', api = API[0]): Promise<Page> {
  const context = await browser.newContext({ baseURL: api });
  const page = await context.newPage();
  await signIn(page, username, path, api);
  return page;
}

/** Waits until the address answers 2xx (an API instance's /q/health/ready), for at most two minutes. */
export async function waitUntilReady(url: string, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await fetch(url).then((r) => r.ok).catch(() => false)) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not start`);
}

/** A token for calls the test makes itself (the demo's password-grant client, demo only). */
export async function token(username: string): Promise<string> {
  const response = await fetch(`${KEYCLOAK}/realms/kharita/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'kharita-demo-cli', username, password: `${username}-demo` }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

export async function apiGet<T>(path: string, username: string): Promise<T> {
  const response = await fetch(`${API[0]}${path}`, { headers: { Authorization: `Bearer ${await token(username)}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** No serious or critical accessibility violation on the page as it stands. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(severe, `axe on ${screen}`).toEqual([]);
}

export async function toArabic(page: Page): Promise<void> {
  await page.getByRole('button', { name: /switch language to Arabic/i }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

/** Moves within the app, as a click on a link would, without reloading (and so without signing in again). */
export async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new Event('kharita:navigated'));
  }, path);
  await expect(page.locator('main h1').first()).toBeVisible();
}

export const card = (page: Page, code: string) => page.locator(`[data-card="${code}"]`).first();
export const column = (page: Page, status: string) => page.locator(`section.column[data-status="${status}"]`);

/** Drags a card by its header (not its title link) onto a column, in small steps as a hand would. */
export async function dragCard(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = (await from.locator('.card-head').boundingBox())!;
  const end = (await to.boundingBox())!;
  await page.mouse.move(start.x + 10, start.y + 5);
  await page.mouse.down();
  await page.mouse.move(start.x + 30, start.y + 20, { steps: 5 });
  await page.mouse.move(end.x + end.width / 2, end.y + 40, { steps: 10 });
  await page.mouse.up();
}
