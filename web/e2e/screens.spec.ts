import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiGet, expectAccessible, go, signIn } from './support';

/**
 * Every screen, in English and in Arabic: axe finds no serious or critical violation. With
 * KHARITA_SCREENSHOTS=<dir> the same run writes the user guide's screenshots there (docs/screenshots).
 */
// long pages shown whole in the user guide; the board and registers by their first screen
const FULL_PAGE = new Set(['dashboard', 'measure', 'working-group']);

type Listed = { items: { id: number; code?: string }[] };

async function screens(): Promise<[string, string][]> {
  const roadmap = (await apiGet<Listed>('/api/v1/roadmaps', 'coordinator')).items[0].id;
  const first = async (path: string) => (await apiGet<Listed>(path, 'coordinator')).items[0].id;
  const doc02 = (await apiGet<Listed>(`/api/v1/measures?roadmap=${roadmap}&q=DOC-02`, 'coordinator')).items.find((m) => m.code === 'DOC-02')!.id;
  const wgDoc = (await apiGet<Listed>(`/api/v1/working-groups?roadmap=${roadmap}`, 'coordinator')).items.find((g) => g.code === 'WG-DOC')!.id;
  return [
    ['board', '/board'], ['dashboard', '/dashboard'], ['measure', `/measures/${doc02}`], ['working-groups', '/working-groups'],
    ['working-group', `/working-groups/${wgDoc}`], ['risks', '/risks'], ['risk', `/risks/${await first(`/api/v1/risks?roadmap=${roadmap}&sort=-score`)}`],
    ['support', '/support'], ['support-need', `/support/${await first(`/api/v1/support-needs?roadmap=${roadmap}`)}`],
    ['stakeholders', '/stakeholders'], ['stakeholder', `/stakeholders/${await first('/api/v1/stakeholders?q=NSS')}`],
    ['lessons', '/lessons'], ['lesson', `/lessons/${await first(`/api/v1/lessons?roadmap=${roadmap}`)}`], ['about', '/about'], ['workshop', '/workshop'],
  ];
}

async function settle(page: Page) {
  await expect(page.locator('main [role="status"]:not(.live)')).toHaveCount(0, { timeout: 15_000 });
  await page.waitForTimeout(300);
}

for (const language of ['en', 'ar'] as const) {
  test(`every screen is accessible in ${language === 'en' ? 'English' : 'Arabic'}`, async ({ page, browser }) => {
    test.setTimeout(180_000);
    const directory = process.env.KHARITA_SCREENSHOTS;
    const check = async (on: Page, name: string) => {
      await settle(on);
      await expectAccessible(on, `${name} (${language})`);
      if (directory) {
        mkdirSync(directory, { recursive: true });
        await on.screenshot({ path: join(directory, `${name}-${language}.png`), fullPage: FULL_PAGE.has(name) });
      }
    };
    await page.addInitScript((lang) => window.localStorage.setItem('kharita.language', lang), language);
    await signIn(page, 'lead-doc');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const [name, path] of await screens()) {
      await go(page, path);
      await check(page, name);
    }

    // a focal point's own actions (the lead's institution has none assigned)
    const focal = await (await browser.newContext()).newPage();
    await focal.addInitScript((lang) => window.localStorage.setItem('kharita.language', lang), language);
    await signIn(focal, 'focal-moi', '/my-actions');
    await expect(focal.locator('tr[data-action]').first()).toBeVisible();
    await check(focal, 'my-actions');
  });
}
