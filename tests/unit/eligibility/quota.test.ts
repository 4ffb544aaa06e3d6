import { describe, expect, it } from 'vitest';
import { applyQuota, roundQuota } from '../../../src/domain/eligibility';

const ranked = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];

describe('applyQuota (rounding of "không vượt quá x%")', () => {
  it('20% of 7 rounded down is 1', () => {
    expect(applyQuota(ranked, 7, 20, 'FLOOR').cap).toBe(1);
  });
  it('20% of 7 rounded half-up is 1 (1,4)', () => {
    expect(applyQuota(ranked, 7, 20, 'HALF_UP').cap).toBe(1);
  });
  it('20% of 7 rounded up is 2', () => {
    expect(applyQuota(ranked, 7, 20, 'CEIL').cap).toBe(2);
  });
  it('20% of 8 rounded half-up is 2 (1,6)', () => {
    expect(applyQuota(ranked, 8, 20, 'HALF_UP').cap).toBe(2);
  });
  it('25% of 10 rounded half-up is 3 (2,5 rounds up)', () => {
    expect(applyQuota(ranked, 10, 25, 'HALF_UP').cap).toBe(3);
  });
  it('15% of 10 is exactly 1,5 despite floating-point noise: half-up gives 2, floor gives 1', () => {
    expect(applyQuota(ranked, 10, 15, 'HALF_UP').cap).toBe(2);
    expect(applyQuota(ranked, 10, 15, 'FLOOR').cap).toBe(1);
  });
  it('an exact product is not pushed over by the ceiling (20% of 10 = 2)', () => {
    expect(applyQuota(ranked, 10, 20, 'CEIL').cap).toBe(2);
  });
  it('keeps the first candidates in ranking order and lists the others as excluded', () => {
    const r = applyQuota(ranked, 10, 20, 'FLOOR');
    expect(r.selected).toEqual(['A', 'B']);
    expect(r.excluded).toEqual(['C', 'D', 'E', 'F', 'G']);
    expect(r.detail).toContain('làm tròn xuống');
  });
  it('a cap larger than the list selects everyone', () => {
    expect(applyQuota(['A'], 100, 15, 'FLOOR').selected).toEqual(['A']);
  });
  it('rejects a percentage outside 0–100', () => {
    expect(() => applyQuota(ranked, 7, 120, 'FLOOR')).toThrow(RangeError);
  });
  it('roundQuota rounds 0,7 × 3 (2,0999…) down to 2', () => {
    expect(roundQuota(0.7 * 3, 'FLOOR')).toBe(2);
  });
});
