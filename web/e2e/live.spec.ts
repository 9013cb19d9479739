import { expect, test } from '@playwright/test';
import { API, card, column, dragCard, go, newSignedInPage } from './support';

test('staff move a card with a note and a workshop board on the OTHER API instance updates live', async ({ browser }) => {
  const staff = await newSignedInPage(browser, 'secretariat', '/board', API[0]);
  const room = await newSignedInPage(browser, 'coordinator', '/board', API[1]);
  await go(room, '/workshop');
  await room.getByRole('button', { name: 'Pause' }).click();
  await expect(room.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();

  const candidate = column(staff, 'NOT_STARTED').locator('[data-card]:has(button.card-move)').first();
  const code = (await candidate.getAttribute('data-card'))!;
  await expect(card(room, code).locator('xpath=ancestor::section[@data-status][1]')).toHaveAttribute('data-status', 'NOT_STARTED');

  // drop on the "In progress" column of the card's own swimlane
  await dragCard(staff, candidate, candidate.locator('xpath=ancestor::div[contains(@class, "columns")][1]/section[@data-status="IN_PROGRESS"]'));
  const dialog = staff.getByRole('dialog');
  await expect(dialog.getByLabel('New status')).toHaveValue('IN_PROGRESS');
  await dialog.getByLabel('Note (required)').fill('Work started after the workshop agreed the sequence');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(column(staff, 'IN_PROGRESS').locator(`[data-card="${code}"]`).first()).toBeVisible();

  // the projector reaches instance 2; the change was made through instance 1
  await expect(column(room, 'IN_PROGRESS').locator(`[data-card="${code}"]`)).toBeVisible({ timeout: 10_000 });
  await expect(column(room, 'NOT_STARTED').locator(`[data-card="${code}"]`)).toHaveCount(0);
});

test('a move can be made with the keyboard alone', async ({ browser }) => {
  const staff = await newSignedInPage(browser, 'coordinator', '/board', API[0]);
  const move = column(staff, 'PROPOSED').locator('button.card-move').first();
  const code = (await move.locator('xpath=ancestor::article[1]').getAttribute('data-card'))!;
  await move.focus();
  await staff.keyboard.press('Enter');
  const dialog = staff.getByRole('dialog');
  await dialog.getByLabel('New status').focus();
  await dialog.getByLabel('New status').selectOption('ENDORSED');
  await dialog.getByLabel('Note (required)').fill('Endorsed by the CCPC meeting');
  await staff.keyboard.press('Tab');
  await staff.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(column(staff, 'ENDORSED').locator(`[data-card="${code}"]`).first()).toBeVisible();
});
