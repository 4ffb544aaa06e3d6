import { asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from './client';
import { auditLog, persons, units } from './schema';
import { GENESIS_HASH, hashEntry, verifyChain, type AuditContent, type ChainEntry } from '../domain/audit/chain';
import { auditColumns, type AuditEvent, type AuditPayload } from '../domain/audit/events';
import { recordLabel, type LabelNames } from '../domain/audit/labels';

/** Who wrote the entry (see `auditWho(actor)` in src/server/services/audit-actor.ts). */
export interface AuditWho {
  agencyId: string | null;
  actorId: string | null;
  actorName: string;
}

/**
 * A typed entry: `event` is one of `AUDIT_EVENTS` (src/domain/audit/events.ts) and `data` its payload,
 * validated before anything is written. `label` names the subject for people ("Nguyễn Văn An"); when
 * left out, it is derived from the row (and the names of the person or unit it points at).
 */
export type TypedAuditInput<E extends AuditEvent = AuditEvent> = AuditWho & {
  event: E;
  entityId: string | null;
  label?: string;
  data: AuditPayload<E>;
};

/**
 * The untyped shape, kept while callers move to `TypedAuditInput`.
 * @deprecated write `{ event, entityId, label?, data }` instead.
 */
export interface AuditInput extends AuditWho {
  action: string;
  entity: string;
  entityId: string | null;
  label?: string;
  before?: unknown;
  after?: unknown;
}

/** Plain JSON (drops undefined, turns Dates into ISO strings) so what we hash is what jsonb stores. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

const asRow = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/** Names already looked up in this transaction (an import labels thousands of rows of a few people). */
const nameCache = new WeakMap<Db, Map<string, string | undefined>>();

async function cachedName(tx: Db, kind: 'person' | 'unit', id: unknown): Promise<string | undefined> {
  if (typeof id !== 'string') return undefined;
  let cache = nameCache.get(tx);
  if (!cache) nameCache.set(tx, (cache = new Map()));
  const key = `${kind}:${id}`;
  if (cache.has(key)) return cache.get(key);
  const [r] = kind === 'person'
    ? await tx.select({ name: persons.fullName }).from(persons).where(eq(persons.id, id))
    : await tx.select({ name: units.name }).from(units).where(eq(units.id, id));
  cache.set(key, r?.name);
  return r?.name;
}

/** The subject's label from the row the entry carries (after, else before). */
async function deriveLabel(tx: Db, entity: string, before: unknown, after: unknown): Promise<string | undefined> {
  const row = asRow(after) ?? asRow(before);
  if (!row) return undefined;
  const names: LabelNames = {};
  if (entity !== 'person' && entity !== 'unit') {
    names.person = await cachedName(tx, 'person', row.personId);
    if (!names.person) names.unit = await cachedName(tx, 'unit', row.unitId);
  }
  return recordLabel(entity, row, names);
}

/**
 * Appends one entry to the chain inside the caller's transaction. A transaction-scoped advisory lock
 * serialises appends across app instances, so each entry links to the one truly before it.
 */
export async function appendAudit<E extends AuditEvent>(tx: Db, input: TypedAuditInput<E>): Promise<void>;
/** @deprecated pass `{ event, entityId, label?, data }` (typed and validated). */
export async function appendAudit(tx: Db, input: AuditInput): Promise<void>;
export async function appendAudit(tx: Db, input: TypedAuditInput | AuditInput): Promise<void> {
  const { action, entity, before, after } = 'event' in input
    ? { action: input.event, ...auditColumns(input.event, input.data) }
    : { action: input.action, entity: input.entity, before: input.before, after: input.after };
  const label = input.label?.trim() || (await deriveLabel(tx, entity, before, after));
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7470001)`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content: AuditContent = {
    at: new Date().toISOString(),
    agencyId: input.agencyId,
    actorId: input.actorId,
    actorName: input.actorName,
    action,
    entity,
    entityId: input.entityId,
    ...(label ? { label } : {}),
    before: toJson(before),
    after: toJson(after),
  };
  await tx.insert(auditLog).values({ ...content, label: label ?? null, prevHash, hash: hashEntry(prevHash, content) });
}

/**
 * Appends many entries (an import's one entry per row) under one advisory lock: the chain is
 * computed in memory entry after entry, exactly as `appendAudit` one by one would, and written in
 * multi-row inserts (the sequence follows the order of the rows). Every payload is validated first.
 */
export async function appendAuditBatch(tx: Db, inputs: readonly TypedAuditInput[], options: { chunk?: number } = {}): Promise<void> {
  if (!inputs.length) return;
  const prepared = [];
  for (const input of inputs) {
    const { entity, before, after } = auditColumns(input.event, input.data as never);
    const label = input.label?.trim() || (await deriveLabel(tx, entity, before, after));
    prepared.push({ input, entity, before, after, label });
  }
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7470001)`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const rows = prepared.map(({ input, entity, before, after, label }) => {
    const content: AuditContent = {
      at,
      agencyId: input.agencyId,
      actorId: input.actorId,
      actorName: input.actorName,
      action: input.event,
      entity,
      entityId: input.entityId,
      ...(label ? { label } : {}),
      before: toJson(before),
      after: toJson(after),
    };
    const row = { ...content, label: label ?? null, prevHash, hash: hashEntry(prevHash, content) };
    prevHash = row.hash;
    return row;
  });
  // Each statement sends its entries as one JSON value, expanded in order by json_to_recordset (the
  // same SQL on PostgreSQL and PGlite; `seq` follows the order of the rows): nothing is bound per value.
  const chunk = options.chunk ?? 2500;
  for (let i = 0; i < rows.length; i += chunk) {
    const json = JSON.stringify(rows.slice(i, i + chunk).map((r) => ({
      at: r.at, agency_id: r.agencyId, actor_id: r.actorId, actor_name: r.actorName, action: r.action, entity: r.entity,
      entity_id: r.entityId, label: r.label, before: r.before, after: r.after, prev_hash: r.prevHash, hash: r.hash,
    })));
    await tx.execute(sql`INSERT INTO audit_log (at, agency_id, actor_id, actor_name, action, entity, entity_id, label, before, after, prev_hash, hash)
      SELECT at, agency_id, actor_id, actor_name, action, entity, entity_id, label, before, after, prev_hash, hash
      FROM json_to_recordset(${json}::json) AS x(at timestamptz, agency_id uuid, actor_id uuid, actor_name text, action text,
        entity text, entity_id text, label text, before jsonb, after jsonb, prev_hash text, hash text)`);
  }
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
      ...(r.label !== null ? { label: r.label } : {}),
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
