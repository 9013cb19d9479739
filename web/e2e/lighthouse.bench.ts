import { chromium, expect, test } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { API } from './support';

/**
 * Browser benchmark, run on demand (KHARITA_BENCH_BROWSER=1, see docs/operations.md#benchmarks), never in the test
 * command: Lighthouse's performance score for the board and the dashboard, desktop settings and no simulated
 * throttling (the app is served from this machine), in Debian's Chromium after a real sign-in. Lighthouse reloads
 * the page, so each figure includes the round trip to Keycloak that restores the session.
 */
const PORT = 9333;
const RESULTS = '../bench/results/browser.json';

test('Lighthouse performance of the board and the dashboard', async () => {
  test.setTimeout(240_000);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [`--remote-debugging-port=${PORT}`] });
  try {
    const page = await browser.newPage();
    await page.goto(`${API[0]}/board`);
    await page.locator('#username').fill('donor');
    await page.locator('#password').fill('donor-demo');
    await page.locator('#kc-login').click();
    await expect(page.locator('.account-name')).toHaveText('donor');
    const { default: lighthouse } = await import('lighthouse');
    const scores: Record<string, number> = {};
    for (const [name, path] of [['board', '/board'], ['dashboard', '/dashboard']]) {
      const result = await lighthouse(`${API[0]}${path}`, {
        port: PORT, output: 'json', onlyCategories: ['performance'], disableStorageReset: true, formFactor: 'desktop',
        screenEmulation: { disabled: true }, throttlingMethod: 'provided',
      });
      scores[name] = Math.round((result?.lhr.categories.performance.score ?? 0) * 100);
    }
    expect(Object.keys(scores)).toEqual(['board', 'dashboard']);
    mkdirSync('../bench/results', { recursive: true });
    const earlier = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
    writeFileSync(RESULTS, `${JSON.stringify({ ...earlier, lighthouse: scores, lighthouseSettings: 'desktop, no throttling, after sign-in' }, null, 2)}\n`);
  } finally {
    await browser.close();
  }
});
