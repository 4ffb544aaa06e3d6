/**
 * The department's own TĐKT regulation (quy chế): dated settings that replace the law's defaults
 * from their effective date, each write audited, readable by the leadership, written by the office.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client';
import { agencySettings, auditLog } from '../../src/db/schema';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { recordsFactory } from '../support/records-factory';
import { createTestApp, signIn, type Client } from '../support/app';

const SHARE_LABEL = 'Tỷ lệ Lao động tiên tiến tối thiểu của Tập thể lao động tiên tiến';

describe.each(databaseKinds)('agency TĐKT regulation on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let agencyId: string;
  let unitId: string;
  const c = {} as Record<'admin' | 'office' | 'director' | 'staff', Client>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const agency = await f.agency({ name: 'Sở Khoa học và Công nghệ' });
    agencyId = agency.id;
    const r = recordsFactory(database.db, agency.id);
    const unit = await f.unit(agency.id, { name: 'Phòng Kế hoạch - Tài chính' });
    unitId = unit.id;
    // Ten members in 2024 and 2025; five of them Lao động tiên tiến each year: exactly 50%.
    const given = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hạnh', 'Khoa', 'Linh', 'Minh', 'Nga'];
    const members = [];
    for (const g of given) members.push(await f.person(agency.id, unit.id, { familyName: 'Lăng', middleName: 'Thị', givenName: g }));
    for (const year of [2024, 2025]) {
      await r.awardEach(members.slice(0, 5).map((m) => m.id), 'LDTT', year);
      await r.rating({ unitId: unit.id, year, level: 'HTTNV', spiritAttested: true });
    }
    const users = {
      admin: await f.user(agency.id, [{ role: 'admin' }]),
      office: await f.user(agency.id, [{ role: 'office' }]),
      director: await f.user(agency.id, [{ role: 'director' }]),
      staff: await f.user(agency.id, [{ role: 'staff' }], { personId: members[0]!.id }),
    };
    app = await createTestApp(database);
    for (const [k, user] of Object.entries(users)) c[k as keyof typeof c] = await signIn(app, user.username);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** TTLĐTT status of the unit for a year's screening checked on `asOf`. */
  async function ttldtt(year: number, asOf: string) {
    const res = await c.office.get(`/api/eligibility/screening?year=${year}&asOf=${asOf}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().units as { id: string; results: Record<string, { status: string }> }[]).find((x) => x.id === unitId)!.results.TTLDTT!.status;
  }
  const settingAudits = async () =>
    database.db.select().from(auditLog).where(and(eq(auditLog.entity, 'agency_setting'), eq(auditLog.agencyId, agencyId)));
  const entries = async () => database.db.select().from(agencySettings).where(eq(agencySettings.agencyId, agencyId));

  describe('reading', () => {
    it('shows the director every setting with its Vietnamese label and the value in force', async () => {
      const res = await c.director.get('/api/eligibility/settings?onDate=2025-06-01');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.metadata).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'ttldtt.minLdttShare', labelVi: SHARE_LABEL, unconfirmed: true })]));
      expect(body.current['ttldtt.minLdttShare']).toBe(0.5);
    });

    it('refuses a staff member', async () => {
      expect((await c.staff.get('/api/eligibility/settings')).statusCode).toBe(403);
    });

    it('refuses when not signed in', async () => {
      expect((await app.inject({ method: 'GET', url: '/api/eligibility/settings' })).statusCode).toBe(401);
    });
  });

  describe('refused writes change nothing', () => {
    const refused = async (client: Client, body: unknown) => {
      const audits = (await settingAudits()).length;
      const rows = (await entries()).length;
      const res = await client.post('/api/eligibility/settings', body);
      expect((await settingAudits()).length).toBe(audits);
      expect((await entries()).length).toBe(rows);
      return res;
    };

    it('names the setting in Vietnamese when its value is out of range', async () => {
      const res = await refused(c.office, { key: 'ttldtt.minLdttShare', value: 1.5, effectiveFrom: '2025-01-01' });
      expect(res.statusCode).toBe(400);
      const error = res.json().error;
      expect(error.fields).toEqual([{ path: 'value', field: SHARE_LABEL, message: expect.stringContaining('không hợp lệ') }]);
      expect(error.message).toContain(SHARE_LABEL);
    });

    it('refuses a setting the regulation does not have', async () => {
      const res = await refused(c.office, { key: 'ttldtt.tyLeToiThieu', value: 0.4, effectiveFrom: '2025-01-01' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ path: 'key', field: 'Thiết lập', message: 'Không có thiết lập "ttldtt.tyLeToiThieu".' }]);
    });

    it('refuses an end date before the effective date', async () => {
      const res = await refused(c.office, { key: 'roundingMode', value: 'HALF_UP', effectiveFrom: '2025-01-01', effectiveTo: '2024-12-31' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'effectiveTo', field: 'Ngày hết hiệu lực' });
    });

    it('names the effective date when it is not a date', async () => {
      const res = await refused(c.office, { key: 'roundingMode', value: 'HALF_UP', effectiveFrom: '31/02/2025' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'effectiveFrom', field: 'Ngày có hiệu lực (effectiveFrom)' });
    });

    it('does not let the director write', async () => {
      expect((await refused(c.director, { key: 'roundingMode', value: 'HALF_UP', effectiveFrom: '2025-01-01' })).statusCode).toBe(403);
    });

    it('does not let a staff member write', async () => {
      expect((await refused(c.staff, { key: 'roundingMode', value: 'HALF_UP', effectiveFrom: '2025-01-01' })).statusCode).toBe(403);
    });

    it('refuses when not signed in', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/eligibility/settings', payload: { key: 'roundingMode', value: 'HALF_UP', effectiveFrom: '2025-01-01' } });
      expect(res.statusCode).toBe(401);
    });
  });

  describe('a share threshold of 40% from 01/01/2025', () => {
    let before: string;
    let created: { id: string; key: string; value: unknown; effectiveFrom: string; effectiveTo: string | null };

    beforeAll(async () => {
      before = await ttldtt(2025, '2026-01-15');
      const res = await c.office.post('/api/eligibility/settings', {
        key: 'ttldtt.minLdttShare', value: 0.4, effectiveFrom: '01/01/2025', note: 'Quy chế thi đua, khen thưởng năm 2025 của Sở',
      });
      expect(res.statusCode, res.body).toBe(201);
      created = res.json();
    });

    it('is stored as a dated entry (the date may be typed dd/mm/yyyy)', () => {
      expect(created).toMatchObject({ key: 'ttldtt.minLdttShare', value: 0.4, effectiveFrom: '2025-01-01', effectiveTo: null });
    });

    it('is audited with who added it', async () => {
      const audits = (await settingAudits()).filter((a) => a.entityId === created.id);
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ action: 'setting.added', after: expect.objectContaining({ key: 'ttldtt.minLdttShare', value: 0.4 }) });
      expect(audits[0]!.actorId).toBeTruthy();
    });

    it('was at 50% not enough for Tập thể lao động tiên tiến 2025 under the law’s default', () => {
      expect(before).toBe('not_eligible');
    });

    it('makes the 50% unit eligible for 2025', async () => {
      expect(await ttldtt(2025, '2026-01-15')).toBe('eligible');
    });

    it('leaves the 2024 review, made before its effective date, under the old threshold', async () => {
      expect(await ttldtt(2024, '2024-12-31')).toBe('not_eligible');
    });

    it('shows the threshold in the explanation of the collective', async () => {
      const res = await c.office.get(`/api/eligibility/unit/${unitId}?year=2025&award=TTLDTT&asOf=2026-01-15`);
      const line = (res.json().verdicts[0].criteria as { id: string; label: string; setting?: string }[]).find((l) => l.id === 'TTLDTT.ldtt_share')!;
      expect(line).toMatchObject({ label: 'Có trên 40% cá nhân đạt danh hiệu "Lao động tiên tiến"', setting: 'ttldtt.minLdttShare' });
    });

    it('keeps the history and gives the value in force on each date', async () => {
      const on2024 = (await c.director.get('/api/eligibility/settings?onDate=2024-06-01')).json();
      const on2025 = (await c.director.get('/api/eligibility/settings?onDate=2025-06-01')).json();
      expect(on2024.current['ttldtt.minLdttShare']).toBe(0.5);
      expect(on2025.current['ttldtt.minLdttShare']).toBe(0.4);
      expect(on2025.entries).toEqual([expect.objectContaining({ id: created.id, note: 'Quy chế thi đua, khen thưởng năm 2025 của Sở' })]);
    });
  });

  it('lets the administrator write too, audited', async () => {
    const res = await c.admin.post('/api/eligibility/settings', { key: 'roundingMode', value: 'HALF_UP', effectiveFrom: '2026-01-01' });
    expect(res.statusCode).toBe(201);
    expect((await settingAudits()).filter((a) => a.entityId === res.json().id)).toHaveLength(1);
    expect((await c.director.get('/api/eligibility/settings?onDate=2026-02-01')).json().current.roundingMode).toBe('HALF_UP');
  });
});
