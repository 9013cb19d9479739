import { expect, test } from '@playwright/test';
import { API, card, column, dragCard, go, newSignedInPage, token } from './support';

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

test('a projector whose live stream dropped catches up with the changes it missed when the stream returns', async ({ browser }) => {
  const room = await newSignedInPage(browser, 'coordinator', '/board', API[1]);
  await go(room, '/workshop');
  await room.getByRole('button', { name: 'Pause' }).click();
  await expect(room.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();

  // the venue's network drops the stream (nothing else): the board stays on screen, the room is told it is reconnecting
  await room.route('**/api/v1/changes', (route) => route.abort('internetdisconnected'));
  await room.reload();
  await room.getByRole('button', { name: 'Pause' }).click();
  await expect(room.getByRole('status').filter({ hasText: 'Reconnecting' })).toBeVisible();
  const delayed = column(room, 'DELAYED').locator('[data-card]').first();
  const code = (await delayed.getAttribute('data-card'))!;

  // meanwhile the measure is resumed through the other instance: announced, but not to this room
  const bearer = { Authorization: `Bearer ${await token('secretariat')}` };
  const found = (await (await fetch(`${API[0]}/api/v1/measures?q=${code}`, { headers: bearer })).json()) as { items: { id: number; code: string }[] };
  const id = found.items.find((m) => m.code === code)!.id;
  const current = await fetch(`${API[0]}/api/v1/measures/${id}`, { headers: bearer });
  const resumed = await fetch(`${API[0]}/api/v1/measures/${id}`, {
    method: 'PATCH',
    headers: { ...bearer, 'content-type': 'application/json', 'If-Match': current.headers.get('etag')! },
    body: JSON.stringify({ status: 'IN_PROGRESS', note: 'Resumed after the governorate agreed the venue' }),
  });
  expect(resumed.status).toBe(200);
  await room.waitForTimeout(1_000);
  await expect(column(room, 'DELAYED').locator(`[data-card="${code}"]`), 'no stream, no news').toBeVisible();

  await room.unroute('**/api/v1/changes');
  await expect(room.getByRole('status').filter({ hasText: 'Live' })).toBeVisible({ timeout: 20_000 });
  await expect(column(room, 'IN_PROGRESS').locator(`[data-card="${code}"]`)).toBeVisible({ timeout: 5_000 });
  await expect(column(room, 'DELAYED').locator(`[data-card="${code}"]`)).toHaveCount(0);
});

test('a screen that reloads an unchanged board is told it has not changed and shows the board it holds', async ({ browser }) => {
  const room = await newSignedInPage(browser, 'donor', '/board', API[0]);
  const cards = room.locator('[data-card]');
  await expect(cards.first()).toBeVisible();

  // the browser keeps the board and asks with its ETag (If-None-Match): unchanged, it gets 304 and no body (Chromium
  // reports the revalidated answer as the 200 it keeps). Other test files change the board meanwhile, so a reload
  // that met a change is tried again.
  await expect(async () => {
    const asked = room.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/board');
    await room.reload();
    const answer = await asked;
    const sent = await answer.request().allHeaders();
    expect(sent['if-none-match'], 'the ETag the browser holds').toBeTruthy();
    expect(await answer.headerValue('etag'), 'the board is still the one held').toBe(sent['if-none-match']);
    expect((await answer.request().sizes()).responseBodySize, 'bytes of board sent again').toBe(0);
  }).toPass({ timeout: 30_000 });
  await expect(cards.first()).toBeVisible();
});
