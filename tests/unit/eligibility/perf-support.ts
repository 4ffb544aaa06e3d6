import type { EvaluableAward } from '../../../src/domain/catalogue';
import type { ScreeningCase } from '../../../src/domain/eligibility';

/** Every award a person can be screened for. */
export const INDIVIDUAL_AWARDS: EvaluableAward[] = ['LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TQ', 'GK_SO', 'BK_TINH', 'BK_TTG'];

/** People built the way a database module would (plain objects, no zod parse). */
export function population(n: number): ScreeningCase[] {
  const levels = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV'] as const;
  const out: ScreeningCase[] = [];
  for (let i = 0; i < n; i++) {
    const ratings: ScreeningCase['subject']['ratings'] = [];
    const awards: ScreeningCase['subject']['awards'] = [];
    for (let y = 2020; y <= 2025; y++) {
      const level = levels[(i + y) % levels.length]!;
      ratings.push({ year: y, level, spiritAttested: true });
      if (level !== 'HTNV') awards.push({ code: 'LDTT', year: y, basisType: 'CONG_TRANG' });
      if (level === 'HTXSNV') awards.push({ code: 'CSTDCS', year: y, basisType: 'CONG_TRANG', cstdcsBasis: 'HTXSNV' });
    }
    if (i % 7 === 0) awards.push({ code: 'BK_TINH', year: 2019, basisType: 'CONG_TRANG', decidedOn: '2020-04-01' });
    const initiatives =
      i % 3 === 0
        ? [{ id: `SK${i}`, recognitionLevel: 'CO_SO' as const, recognizedOn: '2025-05-01', impactScope: 'CO_SO' as const, appliedEffectively: true, replicable: false, impactRecognizedByProvinceHead: false, usedFor: [] }]
        : [];
    out.push({
      year: 2025,
      basisType: 'CONG_TRANG',
      asOf: '2026-01-15',
      subject: {
        kind: 'individual',
        id: `P${i}`,
        staffCategory: i % 2 ? 'VIEN_CHUC' : 'CONG_CHUC',
        ratings,
        awards,
        initiatives,
        scienceTasks: [],
        disciplines: i % 97 === 0 ? [{ form: 'KHIEN_TRACH', effectiveFrom: '2024-03-01', effectiveTo: '2024-08-31', dutyRelated: true }] : [],
        pendingChecks: i % 500 === 0 ? [{ kind: 'INSPECTION', openedOn: '2025-11-01', hasViolationSigns: true }] : [],
        flags: {},
      },
    });
  }
  return out;
}
