import { describe, expect, it } from 'vitest';
import { evaluate, evaluateMany, screenMany } from '../../../src/domain/eligibility';
import { INDIVIDUAL_AWARDS, population } from './perf-support';

// Speed is measured by `npm run bench` (bench/eligibility), never asserted in tests.
describe('screening', () => {
  it('screenMany rows agree with the full verdicts', () => {
    const cases = population(300);
    const rows = screenMany(cases, INDIVIDUAL_AWARDS);
    const full = evaluateMany(cases, INDIVIDUAL_AWARDS).flat();
    expect(rows.map((r) => `${r.subjectId}/${r.award}/${r.status}`)).toEqual(full.map((v) => `${v.subject.id}/${v.award.code}/${v.status}`));
  });

  it('evaluateMany gives the same verdict as evaluate for each award', () => {
    const cases = population(50);
    const many = evaluateMany(cases, INDIVIDUAL_AWARDS);
    cases.forEach((c, i) => {
      INDIVIDUAL_AWARDS.forEach((a, j) => expect(many[i]![j]).toEqual(evaluate({ ...c, award: a as never })));
    });
  });

  it('evaluateMany skips awards that do not suit the subject kind', () => {
    const [c] = population(1);
    const v = evaluateMany([c!], ['LDTT', 'TTLDTT', 'GK_SO']);
    expect(v[0]!.map((x) => x.award.code)).toEqual(['LDTT', 'GK_SO']);
  });
});
