import { expect, test } from '@playwright/test';
import { API, apiGet, go, newSignedInPage, token } from './support';

type Listed<T> = { items: T[] };
type Measure = { id: number; code: string; status: string; visibility: string; workingGroupId?: number };

test('staff change a status from the measure page; a donor and another group\'s lead are not offered it', async ({ browser }) => {
  const lead = (await (await fetch(`${API[0]}/api/v1/me`, { headers: { Authorization: `Bearer ${await token('lead-doc')}` } })).json()) as { workingGroups: { id: number }[] };
  const ownGroups = lead.workingGroups.map((group) => group.id);
  const measures = (await apiGet<Listed<Measure>>('/api/v1/measures?size=100', 'coordinator')).items;
  const measure = measures.find((m) => m.visibility === 'PUBLIC' && m.workingGroupId !== undefined && !ownGroups.includes(m.workingGroupId)
    && !['IN_PROGRESS', 'COMPLETED', 'CANCELLED'].includes(m.status))!;
  const ledByDoc = measures.find((m) => m.visibility === 'PUBLIC' && m.workingGroupId !== undefined && ownGroups.includes(m.workingGroupId))!;
  expect(measure, 'a public measure of another group, not yet in progress').toBeDefined();
  expect(ledByDoc, 'a public measure of the lead\'s own group').toBeDefined();

  const staff = await newSignedInPage(browser, 'secretariat', `/measures/${measure.id}`);
  await staff.getByRole('button', { name: 'Change status' }).click();
  const dialog = staff.getByRole('dialog');
  await dialog.getByLabel('New status').selectOption('IN_PROGRESS');
  await dialog.getByLabel('Note (required)').fill('Started after the governorate named its focal point');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(staff.locator('.lead-line .badge')).toHaveText('In progress');
  await expect(staff.locator('.timeline li').first()).toContainText('Started after the governorate named its focal point');

  const donor = await newSignedInPage(browser, 'donor', `/measures/${measure.id}`);
  await expect(donor.locator('.lead-line .badge')).toHaveText('In progress');
  await expect(donor.getByRole('button', { name: 'Change status' })).toHaveCount(0);

  const otherLead = await newSignedInPage(browser, 'lead-doc', `/measures/${measure.id}`);
  await expect(otherLead.locator('.lead-line .badge')).toBeVisible();
  await expect(otherLead.getByRole('button', { name: 'Change status' })).toHaveCount(0);
  await go(otherLead, `/measures/${ledByDoc.id}`);
  await expect(otherLead.getByRole('button', { name: 'Change status' })).toBeVisible();
});
