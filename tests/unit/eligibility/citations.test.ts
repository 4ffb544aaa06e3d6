import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/domain/eligibility';
import { GOLDEN, settingsOf } from './golden-cases';

describe('citations', () => {
  it('every criterion line of every golden verdict has a legal basis and a non-empty Vietnamese citation', () => {
    let count = 0;
    for (const g of GOLDEN) {
      const v = evaluate(g.make(), settingsOf(g));
      for (const l of v.criteria) {
        count++;
        expect(l.citation.trim(), `${g.name} / ${l.id}`).not.toBe('');
        expect(l.legalBasis.instrument, `${g.name} / ${l.id}`).toBeTruthy();
        expect(l.detail.trim(), `${g.name} / ${l.id}`).not.toBe('');
        expect(l.label.trim(), `${g.name} / ${l.id}`).not.toBe('');
      }
    }
    expect(count).toBeGreaterThan(300);
  });

  it('a line driven by an agency setting cites the setting and the delegating article', () => {
    const g = GOLDEN.find((x) => x.name.startsWith('TTLĐTT: exactly 50%'))!;
    const l = evaluate(g.make(), settingsOf(g)).criteria.find((c) => c.id === 'TTLDTT.ldtt_share')!;
    expect(l.setting).toBe('ttldtt.minLdttShare');
    expect(l.citation).toBe('Điều 28 khoản 1 Luật Thi đua, khen thưởng 2022 (chưa được xác nhận); thiết lập của cơ quan: ttldtt.minLdttShare');
  });

  it('the LĐTT rating line cites Article 24 clause 1 point a of the 2022 Law', () => {
    const v = evaluate(GOLDEN[0]!.make());
    expect(v.criteria.find((c) => c.id === 'LDTT.rating')!.citation).toBe('Điều 24 khoản 1 điểm a Luật Thi đua, khen thưởng 2022');
  });
});
