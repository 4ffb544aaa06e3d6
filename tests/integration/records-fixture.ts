/** A small department for the records tests: units, people, users of every role, helpers. */
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client';
import { auditLog, personAssignments, persons, ratings } from '../../src/db/schema';
import { factory } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';

export async function recordsWorld(database: Database) {
  const db = database.db;
  const f = factory(db);
  const agency = await f.agency();
  const qlkh = await f.unit(agency.id, { name: 'Phòng Quản lý khoa học', code: 'QLKH', sortOrder: 1 });
  const vp = await f.unit(agency.id, { name: 'Văn phòng Sở', code: 'VP', kind: 'office', sortOrder: 2 });
  const ttud = await f.unit(agency.id, { name: 'Trung tâm Ứng dụng và Thống kê KH&CN', code: 'TTUD', kind: 'affiliated', sortOrder: 3 });
  const an = await f.person(agency.id, qlkh.id, { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', code: 'CB001' });
  const binh = await f.person(agency.id, qlkh.id, { familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', code: 'CB002', gender: 'female' });
  const cuong = await f.person(agency.id, vp.id, { familyName: 'Lê', middleName: 'Văn', givenName: 'Cường', code: 'CB003' });
  const dao = await f.person(agency.id, ttud.id, { familyName: 'Vi', middleName: 'Thị', givenName: 'Đào', code: 'CB004', gender: 'female', staffCategory: 'vien_chuc' });
  const users = {
    admin: await f.user(agency.id, [{ role: 'admin' }]),
    office: await f.user(agency.id, [{ role: 'office' }], { displayName: 'Cán bộ Văn phòng' }),
    director: await f.user(agency.id, [{ role: 'director' }]),
    headQlkh: await f.user(agency.id, [{ role: 'unit_head', unitId: qlkh.id }]),
    focalTtud: await f.user(agency.id, [{ role: 'focal_point', unitId: ttud.id }]),
    council: await f.user(agency.id, [{ role: 'council_member' }]),
    staffAn: await f.user(agency.id, [{ role: 'staff' }], { personId: an.id }),
  };
  const app = await createTestApp(database);
  const clients = {} as Record<keyof typeof users, Client>;
  for (const [k, u] of Object.entries(users)) clients[k as keyof typeof users] = await signIn(app, u.username);
  return { db, f, agency, units: { qlkh, vp, ttud }, people: { an, binh, cuong, dao }, users, clients, app };
}
export type RecordsWorld = Awaited<ReturnType<typeof recordsWorld>>;

export const del = (c: Client, url: string) => c.request({ method: 'DELETE', url });

/** Audit entries written for one record. */
export async function auditOf(database: Database, entity: string, entityId: string) {
  return database.db.select().from(auditLog).where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)));
}

/** Moves a person to another unit on a date (closes the open assignment), as the people service does. */
export async function transfer(database: Database, personId: string, unitId: string, fromDate: string, dayBefore: string) {
  const db = database.db;
  await db.update(personAssignments).set({ toDate: dayBefore }).where(eq(personAssignments.personId, personId));
  const [p] = await db.update(persons).set({ unitId }).where(eq(persons.id, personId)).returning();
  await db.insert(personAssignments).values({ personId, unitId, position: p!.position, isLeader: false, staffCategory: p!.staffCategory, fromDate, reason: 'Điều chuyển' });
}

/** Inserts ratings directly (report tests need many). */
export async function insertRatings(database: Database, agencyId: string, rows: { personId: string; unitId: string; year: number; level: string; regime?: string }[]) {
  if (!rows.length) return;
  await database.db.insert(ratings).values(rows.map((r) => ({ agencyId, personId: r.personId, ratedInUnitId: r.unitId, year: r.year, level: r.level, regime: r.regime ?? 'ND90' })));
}

export async function closeWorld(app: FastifyInstance | undefined, database: Database | undefined) {
  await app?.close();
  await database?.close();
}
