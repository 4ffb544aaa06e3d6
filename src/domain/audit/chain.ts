import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  at: string;
  agencyId: string | null;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  /**
   * How a person names the subject ("Nguyễn Văn An", "Xếp loại 2024 — Nguyễn Văn An"). Hashed only
   * when present, so entries written before labels existed still verify.
   */
  label?: string;
  before: unknown;
  after: unknown;
}

/** An object shape (its keys in insertion order) → its keys sorted, each with its `"key":` prefix. */
const shapes = new Map<string, { own: string[]; keys: string[]; prefixes: string[] }>();

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

function sortedShape(record: Record<string, unknown>) {
  const own = Object.keys(record);
  const id = `${own.length}:${own.join('\u0000')}`;
  const known = shapes.get(id);
  if (known && sameKeys(known.own, own)) return known;
  const keys = [...own].sort();
  const shape = { own, keys, prefixes: keys.map((k) => `${JSON.stringify(k)}:`) };
  // Entries of one kind share a few shapes: remembering them saves sorting keys at every entry (an import hashes 50,000).
  if (!known && shapes.size < 1000) shapes.set(id, shape);
  return shape;
}

/** JSON with keys sorted at every level (code-unit order), so a value read back from jsonb hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const { keys, prefixes } = sortedShape(record);
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const v = record[keys[i]!];
    if (v === undefined) continue;
    if (out.length > 1) out += ',';
    out += prefixes[i]! + canonicalJson(v);
  }
  return `${out}}`;
}

export function hashEntry(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

export interface ChainEntry extends AuditContent {
  seq: number;
  prevHash: string;
  hash: string;
}

export interface ChainProblem {
  seq: number;
  problem: 'edited' | 'broken_link';
  message: string;
}

/** Walks entries in order and reports every edited entry and every break (a deleted or reordered entry). */
export function verifyChain(entries: Iterable<ChainEntry>, startHash = GENESIS_HASH): { checked: number; lastHash: string; problems: ChainProblem[] } {
  let expectedPrev = startHash;
  let checked = 0;
  const problems: ChainProblem[] = [];
  for (const e of entries) {
    checked++;
    if (e.prevHash !== expectedPrev) {
      problems.push({ seq: e.seq, problem: 'broken_link', message: `Mục #${e.seq}: không nối tiếp mục trước (có mục bị xóa hoặc chèn).` });
    }
    const { seq: _s, prevHash, hash, ...content } = e;
    if (hashEntry(prevHash, content) !== hash) {
      problems.push({ seq: e.seq, problem: 'edited', message: `Mục #${e.seq}: nội dung đã bị sửa sau khi ghi.` });
    }
    expectedPrev = hash;
  }
  return { checked, lastHash: expectedPrev, problems };
}
