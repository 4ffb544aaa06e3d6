/**
 * screenMany judges in lean mode (no detail strings, no data objects): it must give exactly the
 * status and the failing lines that the full verdict gives, whatever the case and the settings.
 */
import { describe, expect, it } from 'vitest';
import type { EvaluableAward } from '../../../src/domain/catalogue';
import {
  evaluate, evaluateMany, screenMany, settingsFromOverrides, VerdictSchema, type AgencySettings, type ScreeningCase, type ScreeningRow, type Verdict,
} from '../../../src/domain/eligibility';
import { award, collective, discipline, initiative, member, pending, person, rating, screeningCase, task } from './factory';
import { GOLDEN, settingsOf } from './golden-cases';
import { INDIVIDUAL_AWARDS } from './perf-support';

const COLLECTIVE_AWARDS: EvaluableAward[] = ['TTLDTT', 'TTLDXS', 'CO_TD_TINH', 'CO_TD_CP', 'BK_TINH', 'BK_TTG', 'GK_SO'];
const LEVELS = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;

/** What a screening row keeps of a full verdict. */
function rowOf(v: Verdict): Pick<ScreeningRow, 'subjectId' | 'award' | 'status' | 'issues'> {
  const issues = v.criteria
    .filter((l) => (l.kind === 'criterion' || l.kind === 'deferral') && (l.result === 'fail' || l.result === 'missing' || l.result === 'council'))
    .map((l) => ({ id: l.id, label: l.label, result: l.result, kind: l.kind, ...(l.answers ? { answers: l.answers } : {}) }) as ScreeningRow['issues'][number]);
  return { subjectId: v.subject.id, award: v.award.code as EvaluableAward, status: v.status, issues };
}

const leanRows = (cases: ScreeningCase[], awards: EvaluableAward[], settings: AgencySettings) =>
  screenMany(cases, awards, settings).map(({ subjectId, award: a, status, issues }) => ({ subjectId, award: a, status, issues }));

/** A deterministic pseudo-random population touching every input the rules read. */
function population(n: number, year: number): ScreeningCase[] {
  let seed = 7;
  const rnd = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const out: ScreeningCase[] = [];
  for (let i = 0; i < n; i++) {
    const ratings = [];
    const awards = [];
    for (let y = year - 9; y <= year; y++) {
      if (rnd(12) === 0) continue;
      const level = LEVELS[rnd(LEVELS.length)]!;
      ratings.push(rating(y, level, {
        regime: rnd(4) === 0 ? 'ND233' : undefined, spiritAttested: rnd(9) === 0 ? undefined : rnd(15) !== 0, excused: rnd(25) === 0 || undefined,
        headOfUnit: rnd(10) === 0 || undefined, unitLevel: rnd(2) ? 'HTTNV' : undefined, degradationConcluded: rnd(60) === 0 || undefined,
      }));
      if (y < year && level !== 'HTNV' && level !== 'KHTNV' && rnd(8)) awards.push(award('LDTT', y));
      if (y < year && level === 'HTXSNV' && rnd(4)) awards.push(award('CSTDCS', y, { cstdcsBasis: (['HTXSNV', 'INITIATIVE', 'SCIENCE_TASK'] as const)[rnd(3)] }));
    }
    if (rnd(3) === 0) awards.push(award('CSTD_TINH', year - 1 - rnd(4), { decidedOn: `${year - rnd(3)}-04-01` }));
    if (rnd(3) === 0) awards.push(award('BK_TINH', year - 2 - rnd(5), { basisType: rnd(3) === 0 ? 'DOT_XUAT' : 'CONG_TRANG', decidedOn: `${year - 1 - rnd(4)}-05-10` }));
    if (rnd(6) === 0) awards.push(award('BK_TTG', year - 3 - rnd(3)));
    const initiatives = [];
    for (let k = rnd(4); k > 0; k--) {
      initiatives.push(initiative(`SK${i}-${k}`, `${year - rnd(4)}-0${1 + rnd(9)}-15`, {
        impactScope: (['CO_SO', 'TINH', 'TOAN_QUOC'] as const)[rnd(3)], replicable: rnd(2) === 0, impactRecognizedByProvinceHead: rnd(2) === 0,
        appliedEffectively: rnd(5) !== 0, usedFor: rnd(4) === 0 ? [{ awardCode: 'CSTDCS', year: year - rnd(2) }] : [],
      }));
    }
    const scienceTasks = rnd(4) === 0
      ? [task(`DT${i}`, `${year - rnd(3)}-08-20`, { acceptanceResult: rnd(5) === 0 ? 'KHONG_DAT' : 'DAT', impactScope: 'TINH', appliedEffectively: rnd(2) === 0 })]
      : [];
    const disciplines = rnd(10) === 0
      ? [discipline(rnd(2) ? 'KHIEN_TRACH' : 'CANH_CAO', `${year - rnd(3)}-03-01`, `${year - rnd(2)}-12-31`, { decidedOn: `${year - rnd(3)}-03-01`, dutyRelated: rnd(2) === 0 })]
      : [];
    const pendingChecks = rnd(15) === 0 ? [pending(rnd(2) ? 'INSPECTION' : 'DISCIPLINE_REVIEW', `${year}-10-01`, { hasViolationSigns: rnd(3) === 0 ? undefined : rnd(2) === 0, title: 'Thanh tra' })] : [];
    const flags = {
      ...(rnd(4) === 0 ? { councilSelected: rnd(2) === 0 } : {}),
      ...(rnd(6) === 0 ? { vote: { yes: 5 + rnd(5), members: 9, present: 6 + rnd(4) } } : {}),
      ...(rnd(3) === 0 ? { exemplaryCompliance: rnd(3) !== 0 } : {}),
      ...(rnd(5) === 0 ? { workedMonths: 3 + rnd(10), leaveWorkingDays: rnd(60), maternityLeaveWorkingDays: rnd(2) ? rnd(20) : undefined } : {}),
      ...(rnd(5) === 0 ? { answers: { 'BK_TINH.a': rnd(2) === 0, 'BK_TINH.b': rnd(2) === 0 } } : {}),
    };
    out.push(screeningCase(year, person({
      id: `P${i}`, staffCategory: (['CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG'] as const)[rnd(3)], ratings, awards, initiatives, scienceTasks, disciplines, pendingChecks, flags,
    })));
  }
  for (let u = 0; u < n / 10; u++) {
    const ms = [];
    for (let m = 0, size = rnd(12); m < size; m++) {
      ms.push(member(`U${u}M${m}`, year, {
        level: LEVELS[rnd(LEVELS.length)], titles: rnd(3) ? ['LDTT'] : rnd(2) ? ['LDTT', 'CSTDCS'] : [],
        disciplines: rnd(8) === 0 ? [discipline(rnd(2) ? 'KHIEN_TRACH' : 'CANH_CAO', `${year}-02-01`, `${year}-08-01`)] : [],
      }));
    }
    out.push(screeningCase(year, collective({
      id: `U${u}`, ratings: rnd(5) ? [rating(year, rnd(2) ? 'HTXSNV' : 'HTTNV')] : [], members: ms,
      flags: rnd(4) ? { movementActive: rnd(5) !== 0, internalUnity: rnd(5) !== 0, clusterLeader: rnd(3) === 0 } : {},
      pendingChecks: rnd(20) === 0 ? [pending('AUDIT', `${year}-06-01`, { hasViolationSigns: true })] : [],
      awards: rnd(2) ? [award('TTLDTT', year - 1)] : [],
    })));
  }
  return out;
}

const SETTINGS: [string, AgencySettings][] = [
  ['the legal defaults', settingsFromOverrides({})],
  ['an agency with its own rules', settingsFromOverrides({
    'cstdcs.paths': { allowed: ['HTXSNV', 'INITIATIVE'], combine: 'HTXSNV_AND_ONE_OTHER' },
    initiativeYearWindow: 'ANY_UNUSED',
    consecutiveWindowMode: 'EXCUSED_YEARS_NEUTRAL',
    nextAwardWindowStart: 'ANY',
    'ldtt.minWorkedMonths': 10,
    'ldtt.maxLeaveWorkingDays': 40,
    'vote.threshold': { CSTD_TINH: 0.7, CSTD_TQ: 0.8 },
    'quota.CSTDCS': { pct: 15, base: 'LDTT' },
    'bkTinh.criteria': ['a', 'd'],
  })],
];

describe('lean screening', () => {
  for (const [what, settings] of SETTINGS) {
    it(`gives the status and failing lines of the full verdicts on a varied population, with ${what}`, () => {
      const cases = population(400, 2025);
      const awards = [...INDIVIDUAL_AWARDS, ...COLLECTIVE_AWARDS.filter((a) => !INDIVIDUAL_AWARDS.includes(a))];
      const full = evaluateMany(cases, awards, settings).flat();
      expect(leanRows(cases, awards, settings)).toEqual(full.map(rowOf));
      // The population reaches every status, and full verdicts still carry their explanations.
      expect(new Set(full.map((v) => v.status))).toEqual(new Set(['eligible', 'awaiting_council', 'not_eligible', 'missing_information', 'deferred']));
      for (const v of full) expect(VerdictSchema.safeParse(v).success).toBe(true);
      expect(full.every((v) => v.criteria.every((l) => typeof l.detail === 'string' && l.detail.length > 0))).toBe(true);
    });
  }

  it('gives the status and failing lines of every golden case', () => {
    for (const g of GOLDEN) {
      const c = g.make();
      const settings = settingsOf(g);
      const rows = leanRows([c], [c.award], settings);
      // screenMany leaves out an award that does not suit the subject (the full verdict then fails AWARD.target).
      if (rows.length === 0) {
        expect(evaluate(c, settings).criteria.map((l) => l.id), g.name).toContain('AWARD.target');
        continue;
      }
      expect(rows, g.name).toEqual([rowOf(evaluate(c, settings))]);
    }
  });
});
