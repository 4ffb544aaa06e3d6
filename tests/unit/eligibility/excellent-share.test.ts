import { describe, expect, it } from 'vitest';
import { checkExcellentShare, settingsFromOverrides, type ExcellentShareUnit } from '../../../src/domain/eligibility';

function unit(excellent: number, good: number, extra: Partial<ExcellentShareUnit> = {}): ExcellentShareUnit {
  const ratings: ExcellentShareUnit['ratings'] = [];
  for (let i = 0; i < excellent; i++) ratings.push({ personId: `X${i}`, level: 'HTXSNV' });
  for (let i = 0; i < good; i++) ratings.push({ personId: `G${i}`, level: 'HTTNV' });
  ratings.push({ personId: 'N1', level: 'HTNV' });
  return { unitId: 'U1', staffCategory: 'CONG_CHUC', year: 2026, ratings, ...extra };
}

describe('checkExcellentShare (Q-EVAL-1..3)', () => {
  it('công chức 2026: 2 HTXSNV among 10 rated HTTNV or better is within 20%', () => {
    const [r] = checkExcellentShare([unit(2, 8)]);
    expect(r).toMatchObject({ regime: 'ND335', excellent: 2, base: 10, capPct: 20, cap: 2, ok: true });
  });
  it('công chức 2026: 3 HTXSNV among 10 exceeds the cap by one', () => {
    const [r] = checkExcellentShare([unit(3, 7)]);
    expect(r).toMatchObject({ ok: false, excess: 1 });
    expect(r!.detail).toContain('vượt 1 người');
  });
  it('20% of 7 with the default rounding allows only 1', () => {
    const [r] = checkExcellentShare([unit(2, 5)]);
    expect(r).toMatchObject({ base: 7, cap: 1, ok: false });
  });
  it('viên chức in a unit rated HTXSNV get 25% (ND233 Art. 12.6)', () => {
    const [r] = checkExcellentShare([unit(3, 9, { staffCategory: 'VIEN_CHUC', unitLevel: 'HTXSNV' })]);
    expect(r).toMatchObject({ regime: 'ND233', capPct: 25, cap: 3, ok: true, outstandingUnit: true });
    expect(r!.citation).toBe('Điều 12 khoản 6 Nghị định 233/2026/NĐ-CP');
  });
  it('công chức in an outstanding agency keep 20% while the ND335 exception is unconfirmed', () => {
    const [r] = checkExcellentShare([unit(3, 9, { unitLevel: 'HTXSNV' })]);
    expect(r).toMatchObject({ capPct: 20, cap: 2, ok: false });
  });
  it('the denominator can be set to those rated HTTNV only', () => {
    const [r] = checkExcellentShare([unit(2, 8)], settingsFromOverrides({ 'eval.xsCapBase': 'GOOD_ONLY' }));
    expect(r).toMatchObject({ base: 8, cap: 1, ok: false });
  });
  it('legacy years (ND90/48) apply 20% but cite an unconfirmed source', () => {
    const [r] = checkExcellentShare([unit(2, 8, { year: 2025 })]);
    expect(r!.regime).toBe('ND90');
    expect(r!.legalBasis.confidence).toBe('UNCONFIRMED');
  });
  it('người lao động under an internal rule have no cap', () => {
    const [r] = checkExcellentShare([unit(5, 1, { staffCategory: 'NGUOI_LAO_DONG' })]);
    expect(r).toMatchObject({ regime: 'INTERNAL', ok: true, cap: null });
  });
  it('reports each unit separately', () => {
    const rs = checkExcellentShare([unit(1, 9, { unitId: 'A' }), unit(4, 6, { unitId: 'B' })]);
    expect(rs.map((r) => [r.unitId, r.ok])).toEqual([['A', true], ['B', false]]);
  });
});
