/**
 * Appending audit entries in a batch (imports): the chain is the one appending them one by one
 * would give, each entry linked to the one before it, and an edited entry is still detected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { appendAudit, appendAuditBatch, verifyAuditLog, type TypedAuditInput } from '../../src/db/audit-log';
import { auditLog } from '../../src/db/schema';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';

describe.each(databaseKinds)('batch audit append on %s', (kind) => {
  let database: Database;
  let agencyId: string;
  let unitId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    agencyId = (await f.agency()).id;
    unitId = (await f.unit(agencyId)).id;
  });
  afterAll(async () => {
    await database?.close();
  });

  const who = () => ({ agencyId, actorId: null, actorName: 'Cán bộ TĐKT' });
  const created = (i: number): TypedAuditInput => ({
    ...who(), event: 'person.created', entityId: null, label: `Người thứ ${i}`,
    data: { after: { id: `p${i}`, fullName: `Người thứ ${i}`, unitId } },
  });

  it('chains 2,500 entries written in batches between single appends, and the whole log verifies', async () => {
    await database.db.transaction(async (tx) => {
      await appendAudit(tx, created(0));
      await appendAuditBatch(tx, Array.from({ length: 2_500 }, (_, i) => created(i + 1)), { chunk: 700 });
      await appendAudit(tx, created(2_501));
    });
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.agencyId, agencyId)).orderBy(asc(auditLog.seq));
    expect(rows.map((r) => r.label)).toEqual(Array.from({ length: 2_502 }, (_, i) => `Người thứ ${i}`));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(await verifyAuditLog(database.db)).toMatchObject({ ok: true, problems: [] });
  });

  it('an entry of a batch edited afterwards is detected', async () => {
    const [victim] = await database.db.select().from(auditLog).where(eq(auditLog.label, 'Người thứ 1200'));
    await database.db.execute(sql`UPDATE audit_log SET actor_name = 'Người khác' WHERE seq = ${victim!.seq}`);
    const result = await verifyAuditLog(database.db);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.seq)).toContain(victim!.seq);
  });

  it('refuses a batch with an invalid payload and writes none of it', async () => {
    const before = (await database.db.select().from(auditLog)).length;
    const bad = { ...who(), event: 'person.created', entityId: null, data: { after: 'không phải một dòng' } } as unknown as TypedAuditInput;
    await expect(database.db.transaction((tx) => appendAuditBatch(tx, [created(9001), bad]))).rejects.toThrow();
    expect((await database.db.select().from(auditLog)).length).toBe(before);
  });
});
