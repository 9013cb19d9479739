import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { API, apiGet, token, waitUntilReady } from './support';
import { API_ENV, apiArguments, JAVA, PORTS } from './system';

/**
 * An API instance killed with SIGKILL in the middle of writes leaves no partial write: every write is one
 * transaction (the measure with its responsibilities and places and its audit record; a status change with its
 * timeline entry and audit record), so after a restart each is there whole or not at all, and none acknowledged
 * is missing. A third instance is started for this, on the same database as the others.
 */
const SPARE = `http://localhost:${PORTS.spare}`;

async function startSpare(): Promise<ChildProcess> {
  const child = spawn(JAVA, apiArguments(PORTS.spare, false), { env: { ...process.env, ...API_ENV }, stdio: 'ignore' });
  await waitUntilReady(`${SPARE}/q/health/ready`, 'the spare API instance');
  return child;
}

type Listed<T> = { items: T[] };
type Measure = { id: number; code: string; status: string; responsibilities: unknown[]; locations: unknown[]; tracking: { version: number } };

test('SIGKILL during writes leaves every write whole or absent, and every acknowledged one present', async () => {
  test.setTimeout(180_000);
  const bearer = await token('coordinator');
  const headers = { Authorization: `Bearer ${bearer}`, 'content-type': 'application/json' };
  const roadmap = (await apiGet<Listed<{ id: number }>>('/api/v1/roadmaps', 'coordinator')).items[0].id;
  const pillar = (await apiGet<{ id: number }[]>(`/api/v1/pillars?roadmap=${roadmap}`, 'coordinator'))[0].id;
  const [lead, support] = (await apiGet<Listed<{ id: number }>>('/api/v1/stakeholders?size=2', 'coordinator')).items.map((s) => s.id);
  const places = (await apiGet<Listed<{ id: number }>>('/api/v1/locations?pilot=true&level=DISTRICT&size=2', 'coordinator')).items.map((l) => l.id);
  const marker = `K${Date.now() % 100000}`;

  let spare = await startSpare();
  const created = new Set<string>();
  const changes = new Map<string, number>();
  let stop = false;
  const writer = async (lane: number) => {
    for (let n = 0; !stop; n++) {
      const code = `${marker}-${lane}-${n}`;
      try {
        const response = await fetch(`${SPARE}/api/v1/measures`, {
          method: 'POST', headers,
          body: JSON.stringify({ pillarId: pillar, code, title: { en: `Kill test ${code}`, ar: `اختبار ${code}` }, type: 'OPERATIONAL',
            level: 'DISTRICT', phase: 'PILOT', visibility: 'INTERNAL', locationIds: places,
            responsibilities: [{ stakeholderId: lead, role: 'LEAD' }, { stakeholderId: support, role: 'SUPPORT' }] }),
        });
        if (response.status !== 201) {
          continue;
        }
        created.add(code);
        const measure = (await response.json()) as Measure;
        const changed = await fetch(`${SPARE}/api/v1/measures/${measure.id}`, {
          method: 'PATCH', headers: { ...headers, 'If-Match': `"${measure.tracking.version}"` },
          body: JSON.stringify({ status: 'IN_PROGRESS', progress: 10, note: 'Started' }),
        });
        if (changed.status === 200) {
          changes.set(code, 1);
        }
      } catch {
        return; // the instance is gone
      }
    }
  };
  const writers = Array.from({ length: 6 }, (_, lane) => writer(lane));
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  spare.kill('SIGKILL');
  stop = true;
  await Promise.all(writers);
  expect(created.size, 'writes acknowledged before the kill').toBeGreaterThan(5);

  spare = await startSpare();
  try {
    const found = (await (await fetch(`${SPARE}/api/v1/measures?q=${marker}&size=200`, { headers })).json()) as Listed<Measure>;
    const codes = new Set(found.items.map((m) => m.code));
    for (const code of created) {
      expect(codes.has(code), `acknowledged ${code} is there after the restart`).toBe(true);
    }
    for (const measure of found.items) {
      expect(measure.responsibilities, `${measure.code} has both its responsibilities`).toHaveLength(2);
      expect(measure.locations, `${measure.code} has both its places`).toHaveLength(2);
      const audit = (await (await fetch(`${API[0]}/api/v1/audit-events?entityType=measure&entityId=${measure.id}`, { headers })).json()) as Listed<{ action: string }>;
      const timeline = (await (await fetch(`${API[0]}/api/v1/status-updates?measure=${measure.id}`, { headers })).json()) as Listed<unknown>;
      const updates = audit.items.filter((e) => e.action === 'UPDATE').length;
      expect(audit.items.filter((e) => e.action === 'CREATE'), `${measure.code} has one creation record`).toHaveLength(1);
      expect(updates, `${measure.code}: a status change and its audit record go together`).toBe(timeline.items.length);
      expect(updates, `${measure.code}: its version counts its changes`).toBe(measure.tracking.version);
      if (changes.has(measure.code)) {
        expect(measure.status, `acknowledged change of ${measure.code} is there`).toBe('IN_PROGRESS');
      }
    }
  } finally {
    spare.kill('SIGTERM');
  }
});
