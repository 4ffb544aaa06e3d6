/**
 * POST /api/eligibility/check: the documented JSON cases (docs/examples) give over HTTP exactly the
 * verdicts stored beside them, with the law's defaults or the agency's own regulation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';

const DIR = 'docs/examples';
const read = (file: string): unknown => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'));
const EXAMPLES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.out.json') && !f.endsWith('.settings.json'))
  .map((f) => f.replace(/\.json$/, ''));
const withSettings = EXAMPLES.filter((name) => existsSync(`${DIR}/${name}.settings.json`));
const lawOnly = EXAMPLES.filter((name) => !withSettings.includes(name));

/** A person rated HTTNV in a year, who took `leaveDays` working days of leave. */
const ldttCase = (year: number, leaveDays: number, dates: { asOf?: string; dossierDate?: string } = {}) => ({
  award: 'LDTT', year, ...dates,
  subject: {
    kind: 'individual', id: 'CB-0300', name: 'Lộc Thị Nghỉ', staffCategory: 'CONG_CHUC',
    ratings: [{ year, level: 'HTTNV', spiritAttested: true }], flags: { leaveWorkingDays: leaveDays },
  },
});

describe.each(databaseKinds)('eligibility check from JSON on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  /** Office of a department with no regulation of its own, and of one that adopted the examples' settings. */
  let plain: Client;
  let regulated: Client;
  let director: Client;
  let staff: Client;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const a = await f.agency({ name: 'Sở Khoa học và Công nghệ' });
    const b = await f.agency({ name: 'Sở Tư pháp' });
    const unit = await f.unit(a.id);
    const person = await f.person(a.id, unit.id);
    app = await createTestApp(database);
    plain = await signIn(app, (await f.user(a.id, [{ role: 'office' }])).username);
    director = await signIn(app, (await f.user(a.id, [{ role: 'director' }])).username);
    staff = await signIn(app, (await f.user(a.id, [{ role: 'staff' }], { personId: person.id })).username);
    regulated = await signIn(app, (await f.user(b.id, [{ role: 'office' }])).username);
    // The examples' settings files hold dated entries: the second department records them as its regulation.
    for (const name of withSettings) {
      for (const entry of read(`${name}.settings.json`) as object[]) {
        const res = await regulated.post('/api/eligibility/settings', { ...entry, note: `Theo ${name}.settings.json` });
        expect(res.statusCode, res.body).toBe(201);
      }
    }
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  describe('documented examples', () => {
    it.each(lawOnly)('%s.json gives the stored verdict under the law’s defaults', async (name) => {
      const res = await plain.post('/api/eligibility/check?settings=law', read(`${name}.json`));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual(read(`${name}.out.json`));
    });

    it.each(lawOnly)('%s.json gives the same verdict in a department with no regulation of its own', async (name) => {
      const res = await plain.post('/api/eligibility/check', read(`${name}.json`));
      expect(res.json()).toEqual(read(`${name}.out.json`));
    });

    it.each(withSettings)('%s.json gives the stored verdict under the department regulation of its .settings.json', async (name) => {
      const res = await regulated.post('/api/eligibility/check', read(`${name}.json`));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual(read(`${name}.out.json`));
    });

    it.each(withSettings)('%s.json is judged differently with ?settings=law (the regulation matters)', async (name) => {
      const res = await regulated.post('/api/eligibility/check?settings=law', read(`${name}.json`));
      expect(res.statusCode).toBe(200);
      expect(res.json()).not.toEqual(read(`${name}.out.json`));
    });
  });

  describe("the department's regulation in force on the case's reference date", () => {
    // The regulated department limits leave to under 40 working days from 01/01/2025.
    const leave = async (body: unknown) => {
      const res = await regulated.post('/api/eligibility/check', body);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { status: string; criteria: { id: string }[] };
    };

    it('applies the leave limit to a 2025 case checked in 2026', async () => {
      const v = await leave(ldttCase(2025, 45, { asOf: '2026-01-15' }));
      expect(v.status).toBe('not_eligible');
      expect(v.criteria.map((l) => l.id)).toContain('LDTT.leave_days');
    });

    it('does not apply it to a 2024 case received before it took effect', async () => {
      const v = await leave(ldttCase(2024, 45, { dossierDate: '2024-12-20' }));
      expect(v.status).toBe('eligible');
      expect(v.criteria.map((l) => l.id)).not.toContain('LDTT.leave_days');
    });

    it('judges a 2024 case without dates on 31/12/2024, as the verdict’s reference date says, not on today', async () => {
      const v = await leave(ldttCase(2024, 45));
      expect(v).toMatchObject({ status: 'eligible', referenceDate: '2024-12-31' });
      expect(v.criteria.map((l) => l.id)).not.toContain('LDTT.leave_days');
    });
  });

  describe('bad input', () => {
    it('names the field path of a wrong rating level, in Vietnamese', async () => {
      const body = ldttCase(2025, 0) as { subject: { ratings: { level: string }[] } };
      body.subject.ratings[0]!.level = 'GIOI';
      const res = await plain.post('/api/eligibility/check?settings=law', body);
      expect(res.statusCode).toBe(400);
      const error = res.json().error;
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(/^Hồ sơ không hợp lệ: Mức xếp loại \(subject\.ratings\[0\]\.level\): giá trị không hợp lệ; cho phép: HTXSNV, /);
      expect(error.fields).toEqual([expect.objectContaining({ path: 'subject.ratings[0].level', message: expect.stringContaining('giá trị không hợp lệ') })]);
    });

    it('names the case of a batch that is wrong', async () => {
      const res = await plain.post('/api/eligibility/check?settings=law', [ldttCase(2025, 0), { ...ldttCase(2025, 0), year: 'năm nay' }]);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ path: '[1].year', field: 'Năm ([1].year)', message: 'sai kiểu dữ liệu, cần số' }]);
    });

    it('refuses an answer key the engine does not ask for, like an unknown flag', async () => {
      const body = ldttCase(2025, 0) as { subject: { flags?: Record<string, unknown> } };
      body.subject.flags = { answers: { 'BK_TINH.z': true } };
      const res = await plain.post('/api/eligibility/check?settings=law', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ path: 'subject.flags.answers', field: 'Ý kiến xác nhận theo tiêu chí (subject.flags.answers)', message: expect.stringContaining('tiêu chí không được hỗ trợ: "BK_TINH.z"') }]);
    });

    it('says which required field is missing', async () => {
      const { award: _award, ...noAward } = ldttCase(2025, 0);
      const res = await plain.post('/api/eligibility/check?settings=law', noAward);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ path: 'award', field: 'Danh hiệu, hình thức cần xét (award)', message: 'thiếu trường bắt buộc' }]);
    });

    it('refuses an unknown settings choice', async () => {
      const res = await plain.post('/api/eligibility/check?settings=tinh', ldttCase(2025, 0));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].path).toBe('settings');
    });
  });

  describe('who may check', () => {
    it('lets the director check', async () => {
      expect((await director.post('/api/eligibility/check?settings=law', ldttCase(2025, 0))).statusCode).toBe(200);
    });

    it('refuses a staff member', async () => {
      expect((await staff.post('/api/eligibility/check?settings=law', ldttCase(2025, 0))).statusCode).toBe(403);
    });

    it('refuses when not signed in', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/eligibility/check', payload: ldttCase(2025, 0) });
      expect(res.statusCode).toBe(401);
    });
  });
});
