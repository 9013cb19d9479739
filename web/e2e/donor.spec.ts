import { expect, test } from '@playwright/test';
import { apiGet, go, signIn } from './support';

type Page<T> = { items: T[] };
type Item = { id: number; code?: string; title: { en: string }; visibility: string };

test('a donor sees no edit control and no item above their visibility', async ({ page }) => {
  const roadmaps = await apiGet<Page<{ id: number }>>('/api/v1/roadmaps', 'coordinator');
  const roadmap = roadmaps.items[0].id;
  const measures = await apiGet<Page<Item>>(`/api/v1/measures?roadmap=${roadmap}&size=200`, 'coordinator');
  const risks = await apiGet<Page<Item>>(`/api/v1/risks?roadmap=${roadmap}&size=200`, 'coordinator');
  const hiddenMeasures = measures.items.filter((m) => m.visibility !== 'PUBLIC');
  const hiddenRisks = risks.items.filter((r) => r.visibility !== 'PUBLIC');
  expect(hiddenMeasures.length + hiddenRisks.length, 'the demo data has items a donor must not see').toBeGreaterThan(0);

  await signIn(page, 'donor');
  await expect(page).toHaveURL(/\/dashboard$/);
  await go(page, '/board');
  await expect(page.locator('[data-card]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Change status/ })).toHaveCount(0);
  await expect(page.locator('[draggable="true"]')).toHaveCount(0);
  const shown = await page.locator('[data-card]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-card')));
  for (const hidden of hiddenMeasures) {
    expect(shown, `board shows ${hidden.code}`).not.toContain(hidden.code);
  }

  await go(page, '/risks');
  await expect(page.locator('tbody tr').first()).toBeVisible();
  const text = await page.locator('main').innerText();
  for (const hidden of hiddenRisks) {
    expect(text, `risk register shows "${hidden.title.en}"`).not.toContain(hidden.title.en);
  }
  await go(page, `/working-groups`);
  await expect(page.getByRole('button', { name: 'Assign' })).toHaveCount(0);
});
