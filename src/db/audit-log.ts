import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Db } from './client';
import { auditLog } from './schema';
import { GENESIS_HASH, hashEntry, verifyChain, type ChainEntry } from '../domain/audit/chain';

export interface AuditInput {
  agencyId: string | null;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Plain JSON (drops undefined, turns Dates into ISO strings) so what we hash is what jsonb stores. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/**
 * Appends one entry to the chain inside the caller's transaction. A transaction-scoped advisory lock
 * serialises appends across app instances, so each entry links to the one truly before it.
 */
export async function appendAudit(tx: Db, input: AuditInput): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7470001)`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content = {
    at: new Date().toISOString(),
    agencyId: input.agencyId,
    actorId: input.actorId,
    actorName: input.actorName,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    before: toJson(input.before),
    after: toJson(input.after),
  };
  await tx.insert(auditLog).values({ ...content, prevHash, hash: hashEntry(prevHash, content) });
}

function normaliseAt(at: string): string {
  return new Date(at).toISOString();
}

/**
 * Re-computes the whole chain in batches. With `agencyId`, the whole chain is still checked but only
 * that agency's entries are counted and reported (an agency admin learns nothing of other agencies).
 */
export async function verifyAuditLog(db: Db, options: { agencyId?: string; batchSize?: number } = {}) {
  const batchSize = options.batchSize ?? 5000;
  let after = 0;
  let prev = GENESIS_HASH;
  let checked = 0;
  const problems: ReturnType<typeof verifyChain>['problems'] = [];
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.seq, after)).orderBy(asc(auditLog.seq)).limit(batchSize);
    if (!rows.length) break;
    const entries: ChainEntry[] = rows.map((r) => ({
      seq: r.seq,
      at: normaliseAt(r.at),
      agencyId: r.agencyId,
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
      prevHash: r.prevHash,
      hash: r.hash,
    }));
    const result = verifyChain(entries, prev);
    if (options.agencyId) {
      const ours = new Set(entries.filter((e) => e.agencyId === options.agencyId).map((e) => e.seq));
      problems.push(...result.problems.filter((p) => ours.has(p.seq)));
      checked += ours.size;
    } else {
      problems.push(...result.problems);
      checked += result.checked;
    }
    prev = result.lastHash;
    after = rows[rows.length - 1]!.seq;
  }
  return { ok: problems.length === 0, checked, problems };
}
