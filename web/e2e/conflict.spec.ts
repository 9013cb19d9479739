import { expect, test } from '@playwright/test';
import { API, column, newSignedInPage, token } from './support';

test('a stale edit shows the conflict, keeps the note, and applies knowingly to the latest version', async ({ browser }) => {
  const staff = await newSignedInPage(browser, 'secretariat', '/board', API[0]);
  const move = column(staff, 'IN_PROGRESS').locator('button.card-move').first();
  const article = move.locator('xpath=ancestor::article[1]');
  const code = (await article.getAttribute('data-card'))!;
  await move.click();
  const dialog = staff.getByRole('dialog');
  await dialog.getByLabel('New status').selectOption('DELAYED');
  await dialog.getByLabel('Note (required)').fill('Waiting for the judicial council');

  // meanwhile the coordinator changes the same measure through the API
  const bearer = { Authorization: `Bearer ${await token('coordinator')}` };
  const found = await (await fetch(`${API[1]}/api/v1/measures?q=${code}`, { headers: bearer })).json() as { items: { id: number; code: string }[] };
  const id = found.items.find((m) => m.code === code)!.id;
  const current = await fetch(`${API[1]}/api/v1/measures/${id}`, { headers: bearer });
  const changed = await fetch(`${API[1]}/api/v1/measures/${id}`, {
    method: 'PATCH',
    headers: { ...bearer, 'content-type': 'application/json', 'If-Match': current.headers.get('etag')! },
    body: JSON.stringify({ progress: 55, note: 'Progress reported by the lead institution' }),
  });
  expect(changed.status).toBe(200);

  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Someone else changed this measure');
  await expect(dialog.getByRole('alert')).toContainText('coordinator');
  await expect(dialog.getByLabel('Note (required)')).toHaveValue('Waiting for the judicial council');

  await dialog.getByRole('button', { name: 'Apply my change to the latest version' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(column(staff, 'DELAYED').locator(`[data-card="${code}"]`).first()).toBeVisible();
});
