import { expect, test } from '@playwright/test';
import { API, newSignedInPage, token } from './support';

type Action = { id: number; status: string; note?: string; assignee: { abbreviation: string } };

/**
 * The focal point's Tuesday (docs/product.md): an action updated from a phone whose signal drops. What was typed is
 * kept on the device and sent when the signal returns; a colleague's change made meanwhile is shown, not overwritten.
 */
test('a focal point updates their actions: a dropped signal loses nothing, a colleague\'s change is not overwritten', async ({ browser }) => {
  const page = await newSignedInPage(browser, 'focal-moi', '/');
  await page.getByRole('link', { name: 'My actions' }).click();
  await expect(page.getByRole('heading', { name: 'My actions' })).toBeVisible();

  const bearer = { Authorization: `Bearer ${await token('focal-moi')}` };
  const me = (await (await fetch(`${API[0]}/api/v1/me`, { headers: bearer })).json()) as { institution: { abbreviation: string } };
  await expect(page.getByText(me.institution.abbreviation, { exact: true }).first()).toBeVisible();
  const mine = ((await (await fetch(`${API[0]}/api/v1/actions?mine=true&size=200`, { headers: bearer })).json()) as { items: Action[] }).items;
  expect(mine.every((a) => a.assignee.abbreviation === me.institution.abbreviation), 'only the institution\'s own actions').toBe(true);
  await expect(page.locator('tr[data-action]')).toHaveCount(mine.length);
  const [first, second] = mine.filter((a) => !['DONE', 'CANCELLED', 'BLOCKED'].includes(a.status));
  expect(second, 'two open actions of the institution').toBeDefined();

  // the signal drops as the update is saved
  const dialog = page.getByRole('dialog');
  const row = page.locator(`tr[data-action="${first.id}"]`);
  await row.getByRole('button', { name: 'Update' }).click();
  await dialog.getByLabel('Status').selectOption('IN_PROGRESS');
  await dialog.getByLabel('Note').fill('اتُّفق على الاستمارات مع مديرية الأحوال المدنية');
  await page.context().setOffline(true);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Not sent');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(row).toContainText('has not reached Kharita yet');

  // opened again, still offline: everything typed is there, and it goes by itself once the signal is back
  await row.getByRole('button', { name: 'Update' }).click();
  await expect(dialog.getByRole('status')).toContainText('has not been sent yet');
  await expect(dialog.getByLabel('Status')).toHaveValue('IN_PROGRESS');
  await expect(dialog.getByLabel('Note')).toHaveValue('اتُّفق على الاستمارات مع مديرية الأحوال المدنية');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Not sent');
  await page.context().setOffline(false);
  await expect(dialog).toBeHidden({ timeout: 15_000 });
  await expect(row).toContainText('In progress');
  await expect(row).not.toContainText('has not reached Kharita yet');
  const stored = (await (await fetch(`${API[0]}/api/v1/actions/${first.id}`, { headers: bearer })).json()) as Action;
  expect(stored).toMatchObject({ status: 'IN_PROGRESS', note: 'اتُّفق على الاستمارات مع مديرية الأحوال المدنية' });

  // the coordinator changes the second action while the focal point is typing
  const other = page.locator(`tr[data-action="${second.id}"]`);
  await other.getByRole('button', { name: 'Update' }).click();
  await dialog.getByLabel('Status').selectOption('BLOCKED');
  await dialog.getByLabel('Note').fill('بانتظار قرار مجلس القضاء');
  const coordinator = { Authorization: `Bearer ${await token('coordinator')}` };
  const current = await fetch(`${API[1]}/api/v1/actions/${second.id}`, { headers: coordinator });
  const changed = await fetch(`${API[1]}/api/v1/actions/${second.id}`, {
    method: 'PATCH',
    headers: { ...coordinator, 'content-type': 'application/json', 'If-Match': current.headers.get('etag')! },
    body: JSON.stringify({ status: 'IN_PROGRESS', note: 'Chased by phone' }),
  });
  expect(changed.status).toBe(200);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Someone else changed this action');
  await expect(dialog.getByRole('alert')).toContainText('coordinator');
  await expect(dialog.getByLabel('Note')).toHaveValue('بانتظار قرار مجلس القضاء');
  await dialog.getByRole('button', { name: 'Apply my change to the latest version' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(other).toContainText('Blocked');
  await expect(other).toContainText('بانتظار قرار مجلس القضاء');
});
