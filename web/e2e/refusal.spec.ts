import { expect, test } from '@playwright/test';
import { API, apiGet, column, newSignedInPage, toArabic, token } from './support';

/** A PATCH of one measure as the coordinator, with its current ETag. */
async function patchMeasure(id: number, body: object): Promise<void> {
  const bearer = { Authorization: `Bearer ${await token('coordinator')}` };
  const current = await fetch(`${API[0]}/api/v1/measures/${id}`, { headers: bearer });
  const changed = await fetch(`${API[0]}/api/v1/measures/${id}`, {
    method: 'PATCH', headers: { ...bearer, 'content-type': 'application/json', 'If-Match': current.headers.get('etag')! }, body: JSON.stringify(body),
  });
  expect(changed.status).toBe(200);
}

test('a refused save is explained in Arabic, beside the field, from the API\'s own check', async ({ browser }) => {
  const roadmaps = await apiGet<{ items: { id: number }[] }>('/api/v1/roadmaps', 'secretariat');
  const board = await apiGet<{ cards: { id: number; code: string; status: string; editable: boolean }[] }>(`/api/v1/board?roadmap=${roadmaps.items[0].id}`, 'secretariat');
  // the last card in progress that the secretariat may move, so as not to touch those other browser tests take (the first)
  const measure = board.cards.filter((c) => c.status === 'IN_PROGRESS' && c.editable).at(-1)!;
  await patchMeasure(measure.id, { progressMode: 'FROM_ACTIONS', note: 'Progress now follows the actions' });
  try {
    const staff = await newSignedInPage(browser, 'secretariat', '/board');
    await toArabic(staff);
    await column(staff, 'IN_PROGRESS').locator(`[data-card="${measure.code}"] button.card-move`).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel('نسبة الإنجاز (٪)').fill('97');
    await dialog.getByLabel('ملاحظة (مطلوبة)').fill('أُنجز معظم العمل');
    await dialog.getByRole('button', { name: 'حفظ' }).click();
    // the API's message for this field, in Arabic because the SPA asked in Arabic
    await expect(dialog.locator('small.error')).toHaveText('تُحسب من أنشطة الإجراء؛ غيّر progressMode إلى MANUAL لكتابتها بنفسك');
    await expect(dialog.getByRole('alert')).toHaveText('بعض الحقول تحتاج إلى تصحيح؛ انظر الرسائل بجانبها.');
    if (process.env.KHARITA_SCREENSHOTS) {
      await dialog.screenshot({ path: `${process.env.KHARITA_SCREENSHOTS}/refusal-ar.png` });
    }
  } finally {
    await patchMeasure(measure.id, { progressMode: 'MANUAL', note: 'Progress typed again' });
  }
});
