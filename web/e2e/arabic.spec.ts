import { expect, test } from '@playwright/test';
import en from '../src/i18n/locales/en.json' with { type: 'json' };
import { go, signIn, toArabic } from './support';

const SCREENS = ['/board', '/dashboard', '/working-groups', '/risks', '/support', '/stakeholders', '/lessons', '/about'];
// an untranslated key shows as its path, e.g. "board.title"
const KEY = new RegExp(`\\b(${Object.keys(en).join('|')})\\.[A-Za-z_]+`);

test('in Arabic every screen is right-to-left, mirrored and fully translated', async ({ page }) => {
  await signIn(page, 'coordinator');
  await toArabic(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  for (const screen of SCREENS) {
    await go(page, screen);
    await expect(page.locator('main [role="status"]')).toHaveCount(0, { timeout: 15_000 });
    const text = await page.locator('body').innerText();
    expect(text.match(KEY)?.[0], `untranslated key on ${screen}`).toBeUndefined();
  }
  await go(page, '/board');
  await expect(page.locator('[data-card]').first()).toBeVisible();
  // mirrored: the brand sits at the right, and the first status column is right of the last one
  const width = page.viewportSize()!.width;
  const brand = (await page.locator('.brand').boundingBox())!;
  expect(brand.x).toBeGreaterThan(width / 2);
  const first = (await page.locator('section.column[data-status="PROPOSED"]').first().boundingBox())!;
  const last = (await page.locator('section.column[data-status="CANCELLED"]').first().boundingBox())!;
  expect(first.x).toBeGreaterThan(last.x);
  // codes stay left-to-right inside Arabic text
  await expect(page.locator('[data-card] bdi.code').first()).toHaveAttribute('dir', 'ltr');
});
