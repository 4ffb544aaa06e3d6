import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, hashEntry, verifyChain, type AuditContent, type ChainEntry } from '../../src/domain/audit/chain';

describe('canonicalJson', () => {
  it('writes object keys in sorted order, whatever order they were given in', () => {
    expect(canonicalJson({ b: 1, a: 2, c: 3 })).toBe('{"a":2,"b":1,"c":3}');
    expect(canonicalJson({ c: 3, a: 2, b: 1 })).toBe(canonicalJson({ a: 2, b: 1, c: 3 }));
  });

  it('sorts keys at every level of nesting, inside arrays too, and keeps array order', () => {
    const a = { z: { y: 1, x: [{ q: 1, p: 2 }, 3] }, a: null };
    const b = { a: null, z: { x: [{ p: 2, q: 1 }, 3], y: 1 } };
    expect(canonicalJson(a)).toBe('{"a":null,"z":{"x":[{"p":2,"q":1},3],"y":1}}');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('drops undefined properties, writes undefined as null and dates as ISO strings', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ at: new Date('2025-07-01T02:03:04.005Z') })).toBe('{"at":"2025-07-01T02:03:04.005Z"}');
  });

  it('keeps Vietnamese text exactly, so a changed tone changes the hash input', () => {
    expect(canonicalJson({ name: 'Nguyễn Văn An' })).toBe('{"name":"Nguyễn Văn An"}');
    expect(canonicalJson({ name: 'Nguyễn Văn Ăn' })).not.toBe(canonicalJson({ name: 'Nguyễn Văn An' }));
  });

  it('gives what was hashed before jsonb storage and what is read back the same text', () => {
    const written = { after: { familyName: 'Trần', birthDate: '1980-02-29', tags: ['a', 'b'], nested: { b: 2, a: 1 } } };
    // jsonb re-orders keys (shorter first) and JSON.parse gives a fresh object: the hash must not care.
    const readBack = JSON.parse('{"after":{"tags":["a","b"],"nested":{"a":1,"b":2},"birthDate":"1980-02-29","familyName":"Trần"}}');
    expect(canonicalJson(readBack)).toBe(canonicalJson(written));
  });
});

const content = (i: number, overrides: Partial<AuditContent> = {}): AuditContent => ({
  at: `2025-07-01T00:00:0${i}.000Z`,
  agencyId: 'agency-1',
  actorId: 'user-1',
  actorName: 'Nguyễn Thị Văn Phòng',
  action: 'person.updated',
  entity: 'person',
  entityId: `p-${i}`,
  before: { position: 'Chuyên viên' },
  after: { position: `Trưởng phòng ${i}` },
  ...overrides,
});

/** A valid chain of `n` entries, built the way appendAudit builds it. */
function chainOf(n: number): ChainEntry[] {
  const out: ChainEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const c = content(i);
    const hash = hashEntry(prev, c);
    out.push({ ...c, seq: i, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('verifyChain', () => {
  it('accepts an untouched chain and reports how many entries it checked', () => {
    const chain = chainOf(5);
    const result = verifyChain(chain);
    expect(result).toEqual({ checked: 5, lastHash: chain[4]!.hash, problems: [] });
  });

  it('accepts an empty chain', () => {
    expect(verifyChain([])).toEqual({ checked: 0, lastHash: GENESIS_HASH, problems: [] });
  });

  it('reports an entry whose content was edited afterwards, and only that one', () => {
    const chain = chainOf(5);
    chain[2] = { ...chain[2]!, after: { position: 'Giám đốc' } };
    expect(verifyChain(chain).problems).toEqual([{ seq: 3, problem: 'edited', message: expect.stringContaining('#3') }]);
  });

  it('notices an edit deep inside a nested value', () => {
    const chain = chainOf(3);
    chain[1] = { ...chain[1]!, before: { position: 'Chuyên viên chính' } };
    expect(verifyChain(chain).problems.map((p) => [p.seq, p.problem])).toEqual([[2, 'edited']]);
  });

  it('reports a broken link where an entry in the middle was deleted', () => {
    const chain = chainOf(5);
    chain.splice(2, 1); // entry #3 removed
    expect(verifyChain(chain).problems).toEqual([
      { seq: 4, problem: 'broken_link', message: expect.stringContaining('bị xóa hoặc chèn') },
    ]);
  });

  it('reports entries swapped in order', () => {
    const chain = chainOf(4);
    [chain[1], chain[2]] = [chain[2]!, chain[1]!];
    expect(verifyChain(chain).problems.some((p) => p.problem === 'broken_link')).toBe(true);
  });

  it('catches an entry rewritten with a fresh hash, because the next entry still points at the old one', () => {
    const chain = chainOf(4);
    const forged = content(2, { after: { position: 'Giám đốc' } });
    chain[1] = { ...forged, seq: 2, prevHash: chain[1]!.prevHash, hash: hashEntry(chain[1]!.prevHash, forged) };
    expect(verifyChain(chain).problems.map((p) => [p.seq, p.problem])).toEqual([[3, 'broken_link']]);
  });

  it('continues from a given hash, so a long log can be checked in batches', () => {
    const chain = chainOf(6);
    const first = verifyChain(chain.slice(0, 3));
    const second = verifyChain(chain.slice(3), first.lastHash);
    expect([first.problems, second.problems]).toEqual([[], []]);
    expect(verifyChain(chain.slice(3)).problems.map((p) => p.seq)).toEqual([4]);
  });
});
