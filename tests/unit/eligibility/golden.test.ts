import { describe, expect, it } from 'vitest';
import { evaluate, VerdictSchema } from '../../../src/domain/eligibility';
import { GOLDEN, settingsOf } from './golden-cases';
import { line } from './factory';

describe('golden cases from the legal reference', () => {
  for (const g of GOLDEN) {
    it(`${g.name} [${g.article}]`, () => {
      const v = evaluate(g.make(), settingsOf(g));
      expect(v.status, v.criteria.map((c) => `${c.id}=${c.result}: ${c.detail}`).join('\n')).toBe(g.status);
      for (const [id, result] of Object.entries(g.lines ?? {})) expect(line(v, id).result, `${id}: ${line(v, id).detail}`).toBe(result);
      if (g.regime) expect(v.regime?.id).toBe(g.regime);
      g.check?.(v);
    });
  }
});

describe('verdict shape', () => {
  it('every golden verdict matches the published output schema', () => {
    for (const g of GOLDEN) {
      const r = VerdictSchema.safeParse(evaluate(g.make(), settingsOf(g)));
      expect(r.success, `${g.name}: ${r.success ? '' : JSON.stringify(r.error.issues)}`).toBe(true);
    }
  });

  it('the verdict says which regime and instruments it used', () => {
    const v = evaluate(GOLDEN[0]!.make());
    expect(v.regime).toMatchObject({ id: 'LAW2022_ND152_TT15', instruments: [{ id: 'LAW2022' }, { id: 'ND152' }, { id: 'TT15' }] });
    expect(v.referenceDate).toBe('2025-12-31');
  });
});
