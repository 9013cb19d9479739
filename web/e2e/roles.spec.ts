import { expect, test } from '@playwright/test';
import { signIn } from './support';

/** Each role signs in through Keycloak and is offered exactly what the API will let it do. */
const ROLES: { user: string; home: RegExp; moves: 'all' | 'own' | 'none' }[] = [
  { user: 'coordinator', home: /\/$/, moves: 'all' },
  { user: 'secretariat', home: /\/$/, moves: 'all' },
  { user: 'lead-doc', home: /\/$/, moves: 'own' },
  { user: 'focal-moi', home: /\/$/, moves: 'none' },
  { user: 'donor', home: /\/dashboard$/, moves: 'none' },
];

for (const { user, home, moves } of ROLES) {
  test(`${user} signs in and is offered only the moves the API allows`, async ({ page }) => {
    await signIn(page, user);
    await expect(page).toHaveURL(home);
    // only focal points have actions assigned to them to update
    await expect(page.getByRole('link', { name: 'My actions' })).toHaveCount(user.startsWith('focal-') ? 1 : 0);
    await page.goto('/board');
    await expect(page.locator('[data-card]').first()).toBeVisible();
    const movable = page.locator('[data-card]:has(button.card-move)');
    if (moves === 'none') {
      await expect(movable).toHaveCount(0);
      await expect(page.locator('[data-card][draggable="true"]')).toHaveCount(0);
    } else {
      expect(await movable.count()).toBeGreaterThan(0);
    }
    if (moves === 'own') {
      // lead-doc leads WG-DOC: every card offered to them belongs to that group
      const codes = await movable.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-card') ?? ''));
      expect(codes.every((code) => code.startsWith('DOC-'))).toBe(true);
    }
  });
}
