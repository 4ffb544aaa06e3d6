/**
 * Schedules run once per period across app instances (one row per schedule and period in the
 * database, not timing luck); expired sessions are purged by a schedule; the working calendar is read
 * and kept through the API. Time is moved with the apps' manual clocks.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/db/client';
import { auditLog, scheduleRuns, sessions } from '../../src/db/schema';
import { manualClock, type ManualClock } from '../../src/server/platform/clock';
import { runSchedulerTick } from '../../src/server/platform/scheduler';
import type { Schedule } from '../../src/server/platform/schedules';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { createTestApp, signIn } from '../support/app';

/** A second app instance on the same database: on PostgreSQL its own connection pool, as a second server would have. */
async function secondInstance(database: Database): Promise<Database> {
  if (database.kind === 'pglite') return { ...database, close: async () => undefined };
  const url = (database.db as unknown as { $client: { options: { connectionString: string } } }).$client.options.connectionString;
  return openDatabase({ url, migrate: false });
}

describe.each(databaseKinds)('schedules on %s', (kind) => {
  let database: Database;
  let other: Database;
  let clock: ManualClock;
  let apps: FastifyInstance[];

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    other = await secondInstance(database);
    clock = manualClock('2025-04-29T00:00:00Z'); // Tuesday 29/04/2025, 07:00 in Hà Nội
    // The scheduler loops are off: the test ticks both instances itself, at the same instants.
    apps = [
      await createTestApp(database, {}, { clock, background: { scheduler: false } }),
      await createTestApp(other, {}, { clock, background: { scheduler: false } }),
    ];
  });
  afterEach(async () => {
    for (const app of apps) await app.close();
    await other.close();
    await database.close();
  });

  it('a schedule fires exactly once per period with two instances ticking at the same moments', async () => {
    const runs: string[] = [];
    const every5: Schedule = { name: 'test.every5', when: { everyMinutes: 5 }, run: async (_ctx, period) => { runs.push(period); } };
    const tickBoth = () => Promise.all(apps.map((app) => runSchedulerTick(app.ctx, clock.now(), [every5])));

    await tickBoth();
    await tickBoth();
    clock.advance(4 * 60_000); // 07:04, same period
    await tickBoth();
    expect(runs).toEqual(['2025-04-29T07:00']);

    clock.advance(60_000); // 07:05
    await Promise.all([tickBoth(), tickBoth()]);
    expect(runs).toEqual(['2025-04-29T07:00', '2025-04-29T07:05']);
    const rows = await database.db.select().from(scheduleRuns).where(eq(scheduleRuns.schedule, 'test.every5'));
    expect(rows.map((r) => [r.period, r.status])).toEqual([['2025-04-29T07:00', 'succeeded'], ['2025-04-29T07:05', 'succeeded']]);
  });

  it('"every working day at 07:30" skips the 30/4–2/5 holidays and runs on the Saturday worked in exchange', async () => {
    const days: string[] = [];
    const daily: Schedule = { name: 'test.reminders', when: { dailyAt: '07:30', workingDaysOnly: true }, run: async (_ctx, period) => { days.push(period); } };
    // Every hour from Friday 25/04/2025 to Tuesday 06/05/2025, on both instances.
    clock.set('2025-04-25T00:00:00Z');
    while (clock.now() < new Date('2025-05-06T12:00:00Z')) {
      await Promise.all(apps.map((app) => runSchedulerTick(app.ctx, clock.now(), [daily])));
      clock.advance(60 * 60_000);
    }
    expect(days).toEqual(['2025-04-25', '2025-04-26', '2025-04-28', '2025-04-29', '2025-05-05', '2025-05-06']);
  });

  it('a failing run is recorded as failed, and the next period runs again', async () => {
    let calls = 0;
    const flaky: Schedule = { name: 'test.flaky', when: { everyMinutes: 1 }, run: async () => { calls++; if (calls === 1) throw new Error('hỏng'); } };
    const first = await runSchedulerTick(apps[0]!.ctx, clock.now(), [flaky]);
    expect(first.ran).toEqual([{ schedule: 'test.flaky', period: '2025-04-29T07:00', ok: false }]);
    clock.advance(60_000);
    expect((await runSchedulerTick(apps[1]!.ctx, clock.now(), [flaky])).ran[0]?.ok).toBe(true);
    const [failed] = await database.db.select().from(scheduleRuns).where(eq(scheduleRuns.period, '2025-04-29T07:00'));
    expect(failed).toMatchObject({ status: 'failed', error: 'hỏng' });
  });

  it('the "sessions.purge" schedule removes expired and idle sessions and keeps live ones', async () => {
    const f = factory(database.db);
    const agency = await f.agency();
    const user = await f.user(agency.id, [{ role: 'staff' }]);
    const now = clock.now().getTime();
    await database.db.insert(sessions).values([
      { tokenHash: 'expired', userId: user.id, csrfToken: 'x', expiresAt: new Date(now - 1000), lastSeenAt: new Date(now - 2000) },
      { tokenHash: 'idle', userId: user.id, csrfToken: 'x', expiresAt: new Date(now + 3600_000), lastSeenAt: new Date(now - 24 * 3600_000) },
      { tokenHash: 'live', userId: user.id, csrfToken: 'x', expiresAt: new Date(now + 3600_000), lastSeenAt: new Date(now - 60_000) },
    ]);
    const { ran } = await runSchedulerTick(apps[0]!.ctx);
    expect(ran.map((r) => r.schedule)).toContain('sessions.purge');
    expect((await database.db.select({ t: sessions.tokenHash }).from(sessions)).map((s) => s.t)).toEqual(['live']);
    // The other instance, at the same hour, does not purge again.
    expect((await runSchedulerTick(apps[1]!.ctx)).ran.map((r) => r.schedule)).not.toContain('sessions.purge');
  });
});

describe.each(databaseKinds)('the working calendar API on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    app = await createTestApp(database, {}, { background: { scheduler: false } });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  it('shows the national days, lets the office add and remove its own, and counts deadlines with them', async () => {
    const f = factory(database.db);
    const agency = await f.agency();
    const officeUser = await f.user(agency.id, [{ role: 'office' }]);
    const office = await signIn(app, officeUser.username);

    const year = (await office.get('/api/calendar?year=2025')).json();
    expect(year.dated).toBe(true);
    expect(year.days.find((d: { date: string }) => d.date === '2025-04-26')).toMatchObject({ kind: 'working', source: 'national', name: 'Làm việc bù cho thứ Sáu 02/5/2025' });
    expect(year.days.find((d: { date: string }) => d.date === '2025-01-29')).toMatchObject({ kind: 'off', name: 'Tết Nguyên đán Ất Tỵ (mùng 1)' });

    const after = (days: number) => office.get(`/api/calendar/add-working-days?from=13/03/2025&days=${days}`);
    expect((await after(1)).json().date).toBe('2025-03-14');

    const added = await office.post('/api/calendar/days', { date: '14/03/2025', kind: 'off', name: 'Ngày truyền thống của ngành', basis: 'Quyết định của Giám đốc Sở' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ date: '2025-03-14', kind: 'off', source: 'agency' });
    expect((await after(1)).json().date).toBe('2025-03-17');

    const again = await office.post('/api/calendar/days', { date: '2025-03-14', kind: 'off', name: 'Lần nữa' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Ngày 14/03/2025 đã có trong lịch của cơ quan ("Ngày truyền thống của ngành"); hãy xoá ngày đó trước khi thêm lại.');
    const needless = await office.post('/api/calendar/days', { date: '2025-04-30', kind: 'off', name: 'Nghỉ' });
    expect(needless.json().error.message).toBe('Ngày 30/04/2025 đã là ngày nghỉ; không cần thêm.');
    const bad = await office.post('/api/calendar/days', { date: '31/02/2025', kind: 'off', name: '' });
    expect(bad.statusCode).toBe(400);

    expect((await office.request({ method: 'DELETE', url: `/api/calendar/days/${added.json().id}`, payload: {} })).statusCode).toBe(200);
    expect((await after(1)).json().date).toBe('2025-03-14');
    const audit = await database.db.select({ event: auditLog.action, label: auditLog.label }).from(auditLog).where(eq(auditLog.agencyId, agency.id));
    expect(audit.filter((a) => a.event.startsWith('calendar_day.'))).toEqual([
      { event: 'calendar_day.added', label: '14/03/2025 — Ngày truyền thống của ngành' },
      { event: 'calendar_day.removed', label: '14/03/2025 — Ngày truyền thống của ngành' },
    ]);
  });
});
