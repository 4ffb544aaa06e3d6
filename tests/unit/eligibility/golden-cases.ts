/**
 * Golden cases built from shared/legal/tdkt-rules.md. Each names the provision it exercises,
 * one behaviour per case. Used by golden.test.ts and citations.test.ts.
 */
import { settingsFromOverrides, type AgencySettings, type EligibilityCase, type LineResult, type Verdict, type VerdictStatus } from '../../../src/domain/eligibility';
import {
  award,
  awards,
  caseFor,
  collective,
  discipline,
  initiative,
  member,
  members,
  pending,
  person,
  provincialInitiative,
  rating,
  ratings,
  task,
} from './factory';

export interface Golden {
  name: string;
  article: string;
  make: () => EligibilityCase;
  settings?: Record<string, unknown>;
  status: VerdictStatus;
  lines?: Record<string, LineResult>;
  regime?: string;
  check?: (v: Verdict) => void;
}

export function settingsOf(g: Golden): AgencySettings {
  return settingsFromOverrides(g.settings ?? {});
}

const Y = 2025;
const good = (y = Y) => [rating(y, 'HTTNV')];

// ---- reusable subjects ------------------------------------------------------------------------
const cstdTinhPerson = (over: Parameters<typeof person>[0] = {}) =>
  person({
    ratings: ratings(2023, 2025, 'HTXSNV'),
    awards: awards('CSTDCS', [2023, 2024, 2025], { cstdcsBasis: 'HTXSNV' }),
    initiatives: [provincialInitiative('SK-T', '2025-05-01')],
    flags: { councilSelected: true },
    ...over,
  });

const bkTtgPerson = (over: Parameters<typeof person>[0] = {}) =>
  person({
    ratings: ratings(2021, 2025, 'HTTNV'),
    awards: [award('BK_TINH', 2019, { decidedOn: '2020-05-10' }), ...awards('CSTDCS', [2021, 2023, 2025])],
    ...over,
  });

const bkTinhPerson = (over: Parameters<typeof person>[0] = {}) =>
  person({
    ratings: ratings(2024, 2025, 'HTXSNV'),
    awards: awards('CSTDCS', [2024, 2025], { cstdcsBasis: 'HTXSNV' }),
    initiatives: [initiative('SK1', '2024-06-01'), initiative('SK2', '2025-06-01')],
    flags: { exemplaryCompliance: true },
    ...over,
  });

const ttldxs = (n: number, ldtt: number, cstdcs: number, over: Parameters<typeof collective>[0] = {}) =>
  collective({ ratings: [rating(Y, 'HTXSNV')], members: members(n, Y, { ldtt, cstdcs }), ...over });

export const GOLDEN: Golden[] = [
  // ---------------- LĐTT (Art. 24) ----------------
  { name: 'LĐTT: rated "hoàn thành tốt nhiệm vụ" with the spirit attested is eligible', article: 'LAW2022 Art. 24.1', make: () => caseFor('LDTT', Y, person({ ratings: good() })), status: 'eligible', lines: { 'LDTT.rating': 'pass', 'LDTT.spirit': 'pass' } },
  { name: 'LĐTT: rated "hoàn thành nhiệm vụ" is not eligible', article: 'LAW2022 Art. 24.1.a', make: () => caseFor('LDTT', Y, person({ ratings: [rating(Y, 'HTNV')] })), status: 'not_eligible', lines: { 'LDTT.rating': 'fail' } },
  { name: 'LĐTT: no rating recorded for the year gives missing information, not a failure', article: 'LAW2022 Art. 24.1.a', make: () => caseFor('LDTT', Y, person({ ratings: [rating(2024, 'HTTNV')] })), status: 'missing_information', lines: { 'LDTT.rating': 'missing' } },
  { name: 'LĐTT: spirit not attested anywhere gives missing information', article: 'LAW2022 Art. 24.1.b', make: () => caseFor('LDTT', Y, person({ ratings: [{ year: Y, level: 'HTTNV' }] })), status: 'missing_information', lines: { 'LDTT.spirit': 'missing' } },
  { name: 'LĐTT: the spirit may come from the case flags', article: 'LAW2022 Art. 24.1.b', make: () => caseFor('LDTT', Y, person({ ratings: [{ year: Y, level: 'HTTNV' }], flags: { spiritAttested: true } })), status: 'eligible' },
  {
    name: 'LĐTT 2026: a duty-related khiển trách in the year forces "không hoàn thành nhiệm vụ" under ND335',
    article: 'ND335 cl. 4c (D-3)',
    make: () => caseFor('LDTT', 2026, person({ ratings: good(2026), disciplines: [discipline('KHIEN_TRACH', '2026-03-01', '2026-08-31', { decidedOn: '2026-03-01' })] })),
    status: 'not_eligible',
    lines: { 'LDTT.rating': 'fail', 'RATING.forced_khtnv': 'fail' },
  },
  {
    name: 'LĐTT 2025: under ND90 the recorded rating stands (the forced rule starts with ND335)',
    article: 'ND335 cl. 4c / ND90 legacy',
    make: () => caseFor('LDTT', Y, person({ ratings: good(), disciplines: [discipline('KHIEN_TRACH', '2025-03-01', '2025-08-31')] })),
    status: 'not_eligible',
    lines: { 'LDTT.rating': 'pass', 'DISCIPLINE.penalty_served': 'fail' },
  },
  {
    name: 'LĐTT: a 2026 viên chức rating falls under ND233 and the forced rule cites ND233 Art. 12.4.c',
    article: 'ND233 Art. 12.4.c',
    make: () => caseFor('LDTT', 2026, person({ staffCategory: 'VIEN_CHUC', ratings: good(2026), disciplines: [discipline('CANH_CAO', '2026-09-01', '2027-08-31')] }), { asOf: '2026-12-31' }),
    status: 'not_eligible',
    check: (v) => {
      if (v.ratingRegime?.id !== 'ND233') throw new Error('expected ND233');
      const l = v.criteria.find((c) => c.id === 'RATING.forced_khtnv');
      if (!l || !l.citation.includes('Điều 12 khoản 4 điểm c Nghị định 233/2026/NĐ-CP')) throw new Error(l?.citation);
    },
  },

  // ---------------- Penalties (R-PRIN-6 / D-2) ----------------
  { name: 'A discipline ending the day before the year does not block that year', article: 'ND152 Art. 4 (R-PRIN-6)', make: () => caseFor('LDTT', Y, person({ ratings: good(), disciplines: [discipline('CANH_CAO', '2024-01-01', '2024-12-31')] })), status: 'eligible', lines: { 'DISCIPLINE.penalty_served': 'pass' } },
  { name: 'A discipline ending on 1 January blocks that year', article: 'ND152 Art. 4 (R-PRIN-6)', make: () => caseFor('LDTT', Y, person({ ratings: good(), disciplines: [discipline('CANH_CAO', '2024-01-02', '2025-01-01')] })), status: 'not_eligible', lines: { 'DISCIPLINE.penalty_served': 'fail' } },
  { name: 'A penalty begun after the year but before the check blocks the earlier achievements', article: 'ND152 Art. 4 (R-PRIN-6)', make: () => caseFor('LDTT', Y, person({ ratings: good(), disciplines: [discipline('KHIEN_TRACH', '2026-01-10', '2026-07-09', { dutyRelated: false })] }), { asOf: '2026-02-01' }), status: 'not_eligible', lines: { 'DISCIPLINE.penalty_served': 'fail' } },

  // ---------------- Deferral (D-1 / R-PRIN-5) ----------------
  { name: 'An open inspection with signs of violation defers the award', article: 'ND152 Art. 4 (D-1)', make: () => caseFor('LDTT', Y, person({ ratings: good(), pendingChecks: [pending('INSPECTION', '2025-11-01', { hasViolationSigns: true })] })), status: 'deferred', lines: { 'DEFERRAL.pending_checks': 'fail' } },
  { name: 'An open inspection without signs of violation does not defer', article: 'ND152 Art. 4 (D-1)', make: () => caseFor('LDTT', Y, person({ ratings: good(), pendingChecks: [pending('INSPECTION', '2025-11-01', { hasViolationSigns: false })] })), status: 'eligible' },
  { name: 'An inspection concluded before the check date does not defer', article: 'ND152 Art. 4 (D-1)', make: () => caseFor('LDTT', Y, person({ ratings: good(), pendingChecks: [pending('INSPECTION', '2025-06-01', { hasViolationSigns: true, concludedOn: '2025-12-01' })] })), status: 'eligible' },
  { name: 'A pending discipline review defers even without signs of violation', article: 'ND152 Art. 4 (D-1)', make: () => caseFor('LDTT', Y, person({ ratings: good(), pendingChecks: [pending('DISCIPLINE_REVIEW', '2025-12-15')] })), status: 'deferred' },
  { name: 'A complaint being verified defers', article: 'ND152 Art. 4 (D-1)', make: () => caseFor('LDTT', Y, person({ ratings: good(), pendingChecks: [pending('COMPLAINT', '2025-10-01')] })), status: 'deferred' },
  { name: 'An open inspection with unknown signs gives missing information', article: 'ND152 Art. 4 (D-1)', make: () => caseFor('LDTT', Y, person({ ratings: good(), pendingChecks: [pending('AUDIT', '2025-10-01')] })), status: 'missing_information', lines: { 'DEFERRAL.pending_checks': 'missing' } },
  { name: 'A deferral is reported as deferred even when information is missing elsewhere', article: 'ND152 Art. 4 (D-1)', make: () => caseFor('LDTT', Y, person({ ratings: [], pendingChecks: [pending('COMPLAINT', '2025-10-01')] })), status: 'deferred' },

  // ---------------- Regimes by date (§0) ----------------
  { name: 'A 2024 case is judged under LAW2022 + ND98 + TT01', article: '§0 version map', make: () => caseFor('LDTT', 2024, person({ ratings: good(2024) })), status: 'eligible', regime: 'LAW2022_ND98_TT01' },
  { name: 'A dossier received on 30/06/2025 is still judged under ND98', article: '§0 version map', make: () => caseFor('LDTT', 2024, person({ ratings: good(2024) }), { dossierDate: '2025-06-30' }), status: 'eligible', regime: 'LAW2022_ND98_TT01' },
  { name: 'A dossier received on 01/07/2025 is judged under ND152', article: '§0 version map', make: () => caseFor('LDTT', 2024, person({ ratings: good(2024) }), { dossierDate: '2025-07-01' }), status: 'eligible', regime: 'LAW2022_ND152_TT15' },
  { name: 'A 2025 second-half case is judged under ND152 and cites it for deferral', article: '§0 version map', make: () => caseFor('LDTT', Y, person({ ratings: good() }), { dossierDate: '2025-09-15' }), status: 'eligible', regime: 'LAW2022_ND152_TT15', check: (v) => { if (!v.criteria.find((c) => c.id === 'DEFERRAL.pending_checks')?.citation.includes('Nghị định 152/2025/NĐ-CP')) throw new Error('expected ND152 citation'); } },
  { name: 'The LAW2026 placeholder is off by default: a dossier of November 2026 stays under ND152', article: '§0 LAW2026 (UNCONFIRMED)', make: () => caseFor('LDTT', 2026, person({ ratings: good(2026) }), { dossierDate: '2026-11-02' }), status: 'eligible', regime: 'LAW2022_ND152_TT15' },
  { name: 'The LAW2026 placeholder, when enabled, applies from 01/10/2026 and is flagged unconfirmed', article: '§0 LAW2026 (UNCONFIRMED)', settings: { 'regime.law2026.enabled': true }, make: () => caseFor('LDTT', 2026, person({ ratings: good(2026) }), { dossierDate: '2026-11-02' }), status: 'eligible', regime: 'LAW2026', lines: { 'REGIME.unconfirmed': 'not_applicable' } },
  { name: 'The LAW2026 placeholder, when enabled, does not apply to a dossier received before 01/10/2026', article: '§0 LAW2026 transition', settings: { 'regime.law2026.enabled': true }, make: () => caseFor('LDTT', 2026, person({ ratings: good(2026) }), { dossierDate: '2026-09-30' }), status: 'eligible', regime: 'LAW2022_ND152_TT15' },
  { name: 'A reference date before 2024 has no supported regime', article: '§0 LAW2022 effective 01/01/2024', make: () => caseFor('LDTT', 2023, person({ ratings: good(2023) })), status: 'not_eligible', lines: { 'REGIME.in_force': 'fail' } },

  // ---------------- CSTĐCS (Art. 23) ----------------
  { name: 'CSTĐCS on the HTXSNV path records that path and consumes nothing', article: 'LAW2022 Art. 23.2', make: () => caseFor('CSTDCS', Y, person({ ratings: [rating(Y, 'HTXSNV')] })), status: 'eligible', check: (v) => { if (v.basisUsed.cstdcsPath !== 'HTXSNV' || v.basisUsed.initiatives.length) throw new Error(JSON.stringify(v.basisUsed)); } },
  { name: 'CSTĐCS on the initiative path consumes the initiative', article: 'LAW2022 Art. 23.2', make: () => caseFor('CSTDCS', Y, person({ ratings: good(), initiatives: [initiative('SK1', '2024-11-20')] })), status: 'eligible', check: (v) => { if (v.basisUsed.cstdcsPath !== 'INITIATIVE' || v.basisUsed.initiatives[0] !== 'SK1') throw new Error(JSON.stringify(v.basisUsed)); } },
  { name: 'CSTĐCS: an initiative already used for another award cannot be the basis again', article: 'LAW2022 Art. 5.2.c (R-PRIN-1)', make: () => caseFor('CSTDCS', Y, person({ ratings: good(), initiatives: [initiative('SK1', '2025-03-01', { usedFor: [{ awardCode: 'GK_SO', year: 2025 }] })] })), status: 'not_eligible', lines: { 'CSTDCS.path.INITIATIVE': 'fail', 'PRINCIPLE.no_double_count': 'not_applicable' } },
  { name: 'CSTĐCS: an initiative recorded as used by this same award and year still counts', article: 'LAW2022 Art. 5.2.c (R-PRIN-1)', make: () => caseFor('CSTDCS', Y, person({ ratings: good(), initiatives: [initiative('SK1', '2025-03-01', { usedFor: [{ awardCode: 'CSTDCS', year: 2025 }] })] })), status: 'eligible' },
  { name: 'CSTĐCS: an initiative two years old is outside the default window', article: 'LAW2022 Art. 23.2 (initiativeYearWindow)', make: () => caseFor('CSTDCS', Y, person({ ratings: good(), initiatives: [initiative('SK1', '2023-12-31')] })), status: 'not_eligible', lines: { 'CSTDCS.basis': 'fail' } },
  { name: 'CSTĐCS: the same old initiative counts when the agency allows any unused one', article: 'LAW2022 Art. 23.2 (initiativeYearWindow)', settings: { initiativeYearWindow: 'ANY_UNUSED' }, make: () => caseFor('CSTDCS', Y, person({ ratings: good(), initiatives: [initiative('SK1', '2023-12-31')] })), status: 'eligible' },
  { name: 'CSTĐCS on the S&T path with an accepted task', article: 'LAW2022 Art. 23.2', make: () => caseFor('CSTDCS', Y, person({ ratings: good(), scienceTasks: [task('DT1', '2025-09-30')] })), status: 'eligible', check: (v) => { if (v.basisUsed.cstdcsPath !== 'SCIENCE_TASK' || v.basisUsed.scienceTasks[0] !== 'DT1') throw new Error(JSON.stringify(v.basisUsed)); } },
  { name: 'CSTĐCS: a task that failed acceptance does not count', article: 'LAW2022 Art. 23.2', make: () => caseFor('CSTDCS', Y, person({ ratings: good(), scienceTasks: [task('DT1', '2025-09-30', { acceptanceResult: 'KHONG_DAT' })] })), status: 'not_eligible' },
  { name: 'CSTĐCS: with the conjunction setting an initiative without HTXSNV fails', article: 'LAW2026 draft (cstdcs.paths)', settings: { 'cstdcs.paths': { allowed: ['HTXSNV', 'INITIATIVE', 'SCIENCE_TASK'], combine: 'HTXSNV_AND_ONE_OTHER' } }, make: () => caseFor('CSTDCS', Y, person({ ratings: good(), initiatives: [initiative('SK1', '2025-03-01')] })), status: 'not_eligible' },
  { name: 'CSTĐCS: with the conjunction setting HTXSNV plus an initiative passes and consumes it', article: 'LAW2026 draft (cstdcs.paths)', settings: { 'cstdcs.paths': { allowed: ['HTXSNV', 'INITIATIVE', 'SCIENCE_TASK'], combine: 'HTXSNV_AND_ONE_OTHER' } }, make: () => caseFor('CSTDCS', Y, person({ ratings: [rating(Y, 'HTXSNV')], initiatives: [initiative('SK1', '2025-03-01')] })), status: 'eligible', check: (v) => { if (v.basisUsed.initiatives[0] !== 'SK1') throw new Error('SK1 not consumed'); } },
  { name: 'CSTĐCS: an initiative recognised before the end of a penalty is not counted', article: 'ND152 Art. 4 (R-PRIN-6)', make: () => caseFor('CSTDCS', Y, person({ ratings: good(), disciplines: [discipline('KHIEN_TRACH', '2024-01-01', '2024-12-31', { dutyRelated: false })], initiatives: [initiative('SK1', '2024-11-01')] })), status: 'not_eligible', lines: { 'CSTDCS.path.INITIATIVE': 'fail', 'DISCIPLINE.penalty_served': 'pass' } },

  // ---------------- CSTĐ cấp tỉnh (Art. 22) ----------------
  { name: 'CSTĐ tỉnh: three consecutive CSTĐCS, a provincial initiative and council selection', article: 'LAW2022 Art. 22', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson()), status: 'eligible', check: (v) => { if (v.basisUsed.years.join() !== '2023,2024,2025' || v.basisUsed.initiatives[0] !== 'SK-T') throw new Error(JSON.stringify(v.basisUsed)); } },
  { name: 'CSTĐ tỉnh: a chain broken by one year fails', article: 'LAW2022 Art. 22', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ awards: awards('CSTDCS', [2022, 2023, 2025]) })), status: 'not_eligible', lines: { 'CSTD_TINH.chain': 'fail' }, check: (v) => { if (v.criteria.find((c) => c.id === 'CSTD_TINH.chain')?.data.brokenAt !== 2024) throw new Error('brokenAt'); } },
  // Was missing_information / 'missing' before the awaiting_council status: every record is met, only the council's selection is to come.
  { name: 'CSTĐ tỉnh: without a council result, every record met, the check awaits the council (not missing information)', article: 'LAW2022 Art. 22 (thành tích xuất sắc tiêu biểu)', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ flags: {} })), status: 'awaiting_council', lines: { 'CSTD_TINH.council': 'council', 'CSTD_TINH.chain': 'pass', 'CSTD_TINH.initiative': 'pass' }, check: (v) => { if (v.statusLabel !== 'Đủ điều kiện, chờ Hội đồng xét' || v.criteria.find((c) => c.id === 'CSTD_TINH.council')?.answers?.join() !== 'councilSelected') throw new Error(JSON.stringify(v.criteria.find((c) => c.id === 'CSTD_TINH.council'))); } },
  { name: 'CSTĐ tỉnh: a record lacking comes before the council (an audit with unknown signs and no council result)', article: 'ND152 Art. 4 (D-1) / LAW2022 Art. 22', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ flags: {}, pendingChecks: [pending('AUDIT', '2025-10-01')] })), status: 'missing_information', lines: { 'DEFERRAL.pending_checks': 'missing', 'CSTD_TINH.council': 'council' } },
  { name: 'CSTĐ tỉnh: a failed criterion comes before the council (chain broken, no council result)', article: 'LAW2022 Art. 22', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ flags: {}, awards: awards('CSTDCS', [2022, 2023, 2025]) })), status: 'not_eligible', lines: { 'CSTD_TINH.chain': 'fail', 'CSTD_TINH.council': 'council' } },
  { name: 'CSTĐ tỉnh: a deferral comes before the council (complaint being verified, no council result)', article: 'ND152 Art. 4 (D-1, R-PRIN-5) / LAW2022 Art. 22', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ flags: {}, pendingChecks: [pending('COMPLAINT', '2025-10-01')] })), status: 'deferred', lines: { 'DEFERRAL.pending_checks': 'fail', 'CSTD_TINH.council': 'council' } },
  { name: 'CSTĐ tỉnh: a vote recorded without the members present (counted on those present) is an incomplete record, not awaiting the council', article: 'ND91 Art. 45.8 legacy (vote.denominator)', settings: { 'vote.denominator': 'PRESENT_MEMBERS' }, make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ flags: { vote: { yes: 9, members: 10 } } })), status: 'missing_information', lines: { 'CSTD_TINH.council': 'missing' } },
  { name: 'CSTĐ tỉnh: the council selection recorded as no is not eligible', article: 'LAW2022 Art. 22', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ flags: { councilSelected: false } })), status: 'not_eligible', lines: { 'CSTD_TINH.council': 'fail' } },
  { name: 'CSTĐ tỉnh: 9 of 10 council members (90%) is enough', article: 'ND91 Art. 45.8 legacy (vote.threshold)', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ flags: { vote: { yes: 9, members: 10, present: 10 } } })), status: 'eligible' },
  { name: 'CSTĐ tỉnh: 8 yes of 9 present is counted on all 10 members (80%) and fails', article: 'ND91 Art. 45.8 legacy (vote.denominator)', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ flags: { vote: { yes: 8, members: 10, present: 9 } } })), status: 'not_eligible', lines: { 'CSTD_TINH.council': 'fail' } },
  { name: 'CSTĐ tỉnh: an initiative with only grassroots influence is not enough', article: 'LAW2022 Art. 22', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ initiatives: [initiative('SK1', '2025-05-01', { replicable: true })] })), status: 'not_eligible', lines: { 'CSTD_TINH.initiative': 'fail' } },
  { name: 'CSTĐ tỉnh: a provincial initiative already used for an earlier award is not counted', article: 'LAW2022 Art. 5.2.c (R-PRIN-1)', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ initiatives: [provincialInitiative('SK-T', '2022-05-01', 'TINH', { usedFor: [{ awardCode: 'BK_TINH', year: 2022 }] })] })), status: 'not_eligible', lines: { 'CSTD_TINH.initiative': 'fail' } },
  { name: 'CSTĐ tỉnh: years before the previous provincial title decision are not counted again', article: 'ND98 Art. 4.3 (nextAwardWindowStart, UNCONFIRMED)', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ awards: [...awards('CSTDCS', [2020, 2021, 2022, 2023, 2024, 2025]), award('CSTD_TINH', 2022, { decidedOn: '2023-04-01' })] })), status: 'not_eligible', lines: { 'CSTD_TINH.chain': 'fail' } },
  { name: 'CSTĐ tỉnh: with the window setting ANY the same chain counts', article: 'ND98 Art. 4.3 (nextAwardWindowStart, UNCONFIRMED)', settings: { nextAwardWindowStart: 'ANY' }, make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ awards: [...awards('CSTDCS', [2020, 2021, 2022, 2023, 2024, 2025]), award('CSTD_TINH', 2022, { decidedOn: '2023-04-01' })] })), status: 'eligible' },
  { name: 'CSTĐ tỉnh: the third CSTĐCS must be in the year under review by default', article: 'LAW2022 Art. 22 (cstdTinh.proposeInYearOfThird)', make: () => caseFor('CSTD_TINH', Y, cstdTinhPerson({ awards: awards('CSTDCS', [2022, 2023, 2024]) })), status: 'not_eligible', lines: { 'CSTD_TINH.chain': 'fail' } },

  // ---------------- CSTĐ toàn quốc (Art. 21) ----------------
  {
    name: 'CSTĐ toàn quốc: two consecutive provincial titles with a national initiative and council selection',
    article: 'LAW2022 Art. 21',
    make: () => caseFor('CSTD_TQ', Y, person({ ratings: ratings(2020, 2025, 'HTXSNV'), awards: [...awards('CSTDCS', [2020, 2021, 2022, 2023, 2024, 2025]), ...awards('CSTD_TINH', [2022, 2025])], initiatives: [provincialInitiative('SK-QG', '2025-04-01', 'TOAN_QUOC')], flags: { councilSelected: true } })),
    status: 'eligible',
  },
  {
    name: 'CSTĐ toàn quốc: two consecutive provincial titles and a national initiative, the council not yet voted: awaits the council',
    article: 'LAW2022 Art. 21 (thành tích tiêu biểu xuất sắc)',
    make: () => caseFor('CSTD_TQ', Y, person({ ratings: ratings(2020, 2025, 'HTXSNV'), awards: [...awards('CSTDCS', [2020, 2021, 2022, 2023, 2024, 2025]), ...awards('CSTD_TINH', [2022, 2025])], initiatives: [provincialInitiative('SK-QG', '2025-04-01', 'TOAN_QUOC')] })),
    status: 'awaiting_council',
    lines: { 'CSTD_TQ.chain': 'pass', 'CSTD_TQ.initiative': 'pass', 'CSTD_TQ.council': 'council' },
  },
  {
    name: 'CSTĐ toàn quốc: a year without CSTĐCS between the two provincial titles breaks the sequence',
    article: 'LAW2022 Art. 21',
    make: () => caseFor('CSTD_TQ', Y, person({ ratings: ratings(2020, 2025, 'HTXSNV'), awards: [...awards('CSTDCS', [2020, 2021, 2022, 2023, 2025]), ...awards('CSTD_TINH', [2022, 2025])], initiatives: [provincialInitiative('SK-QG', '2025-04-01', 'TOAN_QUOC')], flags: { councilSelected: true } })),
    status: 'not_eligible',
    lines: { 'CSTD_TQ.chain': 'fail' },
  },
  {
    name: 'CSTĐ toàn quốc: a provincial-scope initiative is not enough',
    article: 'LAW2022 Art. 21.2',
    make: () => caseFor('CSTD_TQ', Y, person({ ratings: ratings(2020, 2025, 'HTXSNV'), awards: [...awards('CSTDCS', [2020, 2021, 2022, 2023, 2024, 2025]), ...awards('CSTD_TINH', [2022, 2025])], initiatives: [provincialInitiative('SK-T', '2025-04-01', 'TINH')], flags: { councilSelected: true } })),
    status: 'not_eligible',
    lines: { 'CSTD_TQ.initiative': 'fail' },
  },

  // ---------------- TTLĐTT (Art. 28.1) ----------------
  { name: 'TTLĐTT: exactly 50% of members with LĐTT is not "more than 50%"', article: 'LAW2022 Art. 28.1 (ttldtt.minLdttShare)', make: () => caseFor('TTLDTT', Y, collective({ ratings: good(), members: members(100, Y, { ldtt: 50 }) })), status: 'not_eligible', lines: { 'TTLDTT.ldtt_share': 'fail' } },
  { name: 'TTLĐTT: 51% of members with LĐTT passes', article: 'LAW2022 Art. 28.1 (ttldtt.minLdttShare)', make: () => caseFor('TTLDTT', Y, collective({ ratings: good(), members: members(100, Y, { ldtt: 51 }) })), status: 'eligible', lines: { 'TTLDTT.ldtt_share': 'pass' } },
  { name: 'TTLĐTT: 1 of 2 members (50%) fails', article: 'LAW2022 Art. 28.1', make: () => caseFor('TTLDTT', Y, collective({ ratings: good(), members: members(2, Y, { ldtt: 1 }) })), status: 'not_eligible' },
  { name: 'TTLĐTT: exactly 50% passes when the agency makes the threshold inclusive', article: 'LAW2022 Art. 28.1 (ttldtt.minLdttShareInclusive)', settings: { 'ttldtt.minLdttShareInclusive': true }, make: () => caseFor('TTLDTT', Y, collective({ ratings: good(), members: members(100, Y, { ldtt: 50 }) })), status: 'eligible' },
  { name: 'TTLĐTT: a member disciplined with cảnh cáo in the year fails the collective', article: 'LAW2022 Art. 28.1 (D-5)', make: () => caseFor('TTLDTT', Y, collective({ ratings: good(), members: [...members(3, Y, { ldtt: 3 }), member('M9', Y, { titles: [], disciplines: [discipline('CANH_CAO', '2025-05-01', '2026-04-30')] })] })), status: 'not_eligible', lines: { 'TTLDTT.member_discipline': 'fail' } },
  { name: 'TTLĐTT: a member with khiển trách does not fail the collective', article: 'LAW2022 Art. 28.1 (ttldtt.maxDisciplineForm)', make: () => caseFor('TTLDTT', Y, collective({ ratings: good(), members: [...members(3, Y, { ldtt: 3 }), member('M9', Y, { titles: [], disciplines: [discipline('KHIEN_TRACH', '2025-05-01', '2025-10-31')] })] })), status: 'eligible', lines: { 'TTLDTT.member_discipline': 'pass' } },
  { name: 'TTLĐTT: no member list gives missing information', article: 'LAW2022 Art. 28.1', make: () => caseFor('TTLDTT', Y, collective({ ratings: good() })), status: 'missing_information' },
  { name: 'TTLĐTT: a collective rated "hoàn thành nhiệm vụ" fails', article: 'LAW2022 Art. 28.1', make: () => caseFor('TTLDTT', Y, collective({ ratings: [rating(Y, 'HTNV')], members: members(10, Y, { ldtt: 10 }) })), status: 'not_eligible', lines: { 'TTLDTT.rating': 'fail' } },
  { name: 'TTLĐTT under ND152: a collective dissolved after restructuring is not commended', article: 'TT15/2025 (D-7)', make: () => caseFor('TTLDTT', Y, collective({ ratings: good(), members: members(10, Y, { ldtt: 10 }), flags: { movementActive: true, internalUnity: true, dissolved: true } }), { dossierDate: '2025-12-20' }), status: 'not_eligible', lines: { 'COLLECTIVE.not_dissolved': 'fail' } },
  { name: 'TTLĐTT under ND98: the TT15 dissolution rule does not exist yet', article: 'TT15/2025 (D-7) not in TT01', make: () => caseFor('TTLDTT', 2024, collective({ ratings: good(2024), members: members(10, 2024, { ldtt: 10 }), flags: { movementActive: true, internalUnity: true, dissolved: true } })), status: 'eligible', check: (v) => { if (v.criteria.some((c) => c.id === 'COLLECTIVE.not_dissolved')) throw new Error('unexpected TT15 line'); } },

  // ---------------- TTLĐXS (Art. 27.1) ----------------
  { name: 'TTLĐXS: exactly 70% of members with LĐTT passes', article: 'LAW2022 Art. 27.1', make: () => caseFor('TTLDXS', Y, ttldxs(10, 7, 1)), status: 'eligible', lines: { 'TTLDXS.ldtt_share': 'pass' } },
  { name: 'TTLĐXS: 69% of members with LĐTT fails', article: 'LAW2022 Art. 27.1', make: () => caseFor('TTLDXS', Y, ttldxs(100, 69, 1)), status: 'not_eligible', lines: { 'TTLDXS.ldtt_share': 'fail' } },
  { name: 'TTLĐXS: a member rated "không hoàn thành nhiệm vụ" fails the 100% rule', article: 'LAW2022 Art. 27.1', make: () => caseFor('TTLDXS', Y, ttldxs(10, 9, 1, { members: [...members(9, Y, { ldtt: 9, cstdcs: 1 }), member('M10', Y, { level: 'KHTNV' })] })), status: 'not_eligible', lines: { 'TTLDXS.all_members_htnv': 'fail' } },
  { name: 'TTLĐXS: a member without a rating gives missing information', article: 'LAW2022 Art. 27.1', make: () => caseFor('TTLDXS', Y, ttldxs(10, 9, 1, { members: [...members(9, Y, { ldtt: 9, cstdcs: 1 }), { id: 'M10', ratings: [], awards: [], disciplines: [] }] })), status: 'missing_information', lines: { 'TTLDXS.all_members_htnv': 'missing' } },
  { name: 'TTLĐXS: no member with CSTĐCS fails', article: 'LAW2022 Art. 27.1', make: () => caseFor('TTLDXS', Y, ttldxs(10, 10, 0)), status: 'not_eligible', lines: { 'TTLDXS.has_cstdcs': 'fail' } },
  { name: 'TTLĐXS: a collective rated only "hoàn thành tốt nhiệm vụ" fails', article: 'LAW2022 Art. 27.1', make: () => caseFor('TTLDXS', Y, ttldxs(10, 10, 1, { ratings: good() })), status: 'not_eligible', lines: { 'TTLDXS.rating': 'fail' } },
  { name: 'TTLĐXS: a CSTĐCS holder without an LĐTT record counts towards the LĐTT share', article: 'LAW2022 Art. 23.1 / 27.1', make: () => caseFor('TTLDXS', Y, ttldxs(10, 6, 0, { members: [...members(9, Y, { ldtt: 6 }), member('M10', Y, { titles: ['CSTDCS'] })] })), status: 'eligible' },

  // ---------------- Bằng khen tỉnh (Art. 74.1.d) ----------------
  { name: 'Bằng khen tỉnh: two consecutive CSTĐCS and two initiatives in that period (point d)', article: 'LAW2022 Art. 74.1.d', make: () => caseFor('BK_TINH', Y, bkTinhPerson()), status: 'eligible', lines: { 'BK_TINH.point_d': 'pass' }, check: (v) => { if (v.basisUsed.initiatives.join() !== 'SK1,SK2') throw new Error(JSON.stringify(v.basisUsed)); } },
  { name: 'Bằng khen tỉnh: two consecutive HTXSNV years and two initiatives are enough without CSTĐCS', article: 'LAW2022 Art. 74.1.d', make: () => caseFor('BK_TINH', Y, bkTinhPerson({ awards: [] })), status: 'eligible' },
  { name: 'Bằng khen tỉnh: after a CSTĐCS on the initiative path, the same two initiatives are not enough', article: 'Bộ Nội vụ guidance (2 more)', make: () => caseFor('BK_TINH', Y, bkTinhPerson({ ratings: [rating(2024, 'HTXSNV'), rating(2025, 'HTTNV')], awards: [award('CSTDCS', 2024, { cstdcsBasis: 'HTXSNV' }), award('CSTDCS', 2025, { cstdcsBasis: 'INITIATIVE' })] })), status: 'not_eligible', lines: { 'BK_TINH.point_d': 'fail', 'BK_TINH.point_d_reserve': 'fail' }, settings: { 'bkTinh.criteria': ['d'] } },
  { name: 'Bằng khen tỉnh: after a CSTĐCS on the initiative path, two more initiatives are enough', article: 'Bộ Nội vụ guidance (2 more)', make: () => caseFor('BK_TINH', Y, bkTinhPerson({ ratings: [rating(2024, 'HTXSNV'), rating(2025, 'HTTNV')], awards: [award('CSTDCS', 2024, { cstdcsBasis: 'HTXSNV' }), award('CSTDCS', 2025, { cstdcsBasis: 'INITIATIVE' })], initiatives: [initiative('SK1', '2024-06-01'), initiative('SK2', '2025-06-01'), initiative('SK3', '2025-08-01')] })), status: 'eligible', settings: { 'bkTinh.criteria': ['d'] } },
  { name: 'Bằng khen tỉnh: an initiative recorded as used for CSTĐCS is excluded and the others count', article: 'LAW2022 Art. 5.2.c (R-PRIN-1)', make: () => caseFor('BK_TINH', Y, bkTinhPerson({ awards: [award('CSTDCS', 2024, { cstdcsBasis: 'HTXSNV' }), award('CSTDCS', 2025, { cstdcsBasis: 'INITIATIVE' })], initiatives: [initiative('SK0', '2025-01-10', { usedFor: [{ awardCode: 'CSTDCS', year: 2025 }] }), initiative('SK1', '2024-06-01'), initiative('SK2', '2025-06-01')] })), status: 'eligible', check: (v) => { if (v.basisUsed.initiatives.join() !== 'SK1,SK2') throw new Error(JSON.stringify(v.basisUsed)); } },
  { name: 'Bằng khen tỉnh: one initiative plus one S&T task is not enough by default', article: 'CV1168 (bkTinh.allowMixedInitiativeAndSciWork, UNCONFIRMED)', settings: { 'bkTinh.criteria': ['d'] }, make: () => caseFor('BK_TINH', Y, bkTinhPerson({ initiatives: [initiative('SK1', '2024-06-01')], scienceTasks: [task('DT1', '2025-06-01')] })), status: 'not_eligible' },
  { name: 'Bằng khen tỉnh: one initiative plus one S&T task is enough when the agency allows mixing', article: 'CV1168 (bkTinh.allowMixedInitiativeAndSciWork, UNCONFIRMED)', settings: { 'bkTinh.criteria': ['d'], 'bkTinh.allowMixedInitiativeAndSciWork': true }, make: () => caseFor('BK_TINH', Y, bkTinhPerson({ initiatives: [initiative('SK1', '2024-06-01')], scienceTasks: [task('DT1', '2025-06-01')] })), status: 'eligible' },
  { name: 'Bằng khen tỉnh: an initiative not applied effectively does not count', article: 'LAW2022 Art. 74.1.d', settings: { 'bkTinh.criteria': ['d'] }, make: () => caseFor('BK_TINH', Y, bkTinhPerson({ initiatives: [initiative('SK1', '2024-06-01'), initiative('SK2', '2025-06-01', { appliedEffectively: false })] })), status: 'not_eligible' },
  { name: 'Bằng khen tỉnh: point d failing but point a accepted by the council is enough', article: 'LAW2022 Art. 74.1.a', make: () => caseFor('BK_TINH', Y, bkTinhPerson({ initiatives: [], flags: { exemplaryCompliance: true, answers: { 'BK_TINH.a': true } } })), status: 'eligible', lines: { 'BK_TINH.point_d': 'fail', 'BK_TINH.point_a': 'pass', 'BK_TINH.basis': 'pass' } },
  { name: 'Bằng khen tỉnh: point d failing and points a–c answered no is not eligible', article: 'LAW2022 Art. 74.1', make: () => caseFor('BK_TINH', Y, bkTinhPerson({ initiatives: [], flags: { exemplaryCompliance: true, answers: { 'BK_TINH.a': false, 'BK_TINH.b': false, 'BK_TINH.c': false } } })), status: 'not_eligible' },
  // Was missing_information / 'missing' before the awaiting_council status: the records are complete (point d fails on them), points a–c are the council's.
  { name: 'Bằng khen tỉnh: point d failing and points a–c not yet judged by the council awaits the council', article: 'LAW2022 Art. 74.1.a–c', make: () => caseFor('BK_TINH', Y, bkTinhPerson({ initiatives: [] })), status: 'awaiting_council', lines: { 'BK_TINH.basis': 'council', 'BK_TINH.point_a': 'council', 'BK_TINH.point_b': 'council', 'BK_TINH.point_c': 'council', 'BK_TINH.point_d': 'fail', 'BK_TINH.compliance': 'pass' }, check: (v) => { if (v.criteria.find((c) => c.id === 'BK_TINH.basis')?.answers?.join() !== 'answers.BK_TINH.a,answers.BK_TINH.b,answers.BK_TINH.c') throw new Error('answers'); } },
  { name: 'Bằng khen tỉnh: point d lacking the year\'s rating comes before the council on points a–c', article: 'LAW2022 Art. 74.1.d', make: () => caseFor('BK_TINH', Y, bkTinhPerson({ ratings: [rating(2024, 'HTXSNV')], awards: awards('CSTDCS', [2024], { cstdcsBasis: 'HTXSNV' }) })), status: 'missing_information', lines: { 'BK_TINH.point_d': 'missing', 'BK_TINH.point_a': 'council', 'BK_TINH.basis': 'missing' } },
  { name: 'Bằng khen tỉnh: exemplary compliance not attested comes before the council on points a–c', article: 'LAW2022 Art. 74.1', make: () => caseFor('BK_TINH', Y, bkTinhPerson({ initiatives: [], flags: {} })), status: 'missing_information', lines: { 'BK_TINH.compliance': 'missing', 'BK_TINH.basis': 'council' } },
  { name: 'Bằng khen tỉnh: with only point a applied and not judged yet, the check awaits the council', article: 'LAW2022 Art. 74.1.a (bkTinh.criteria)', settings: { 'bkTinh.criteria': ['a'] }, make: () => caseFor('BK_TINH', Y, bkTinhPerson()), status: 'awaiting_council', lines: { 'BK_TINH.point_a': 'council', 'BK_TINH.point_d': 'not_applicable', 'BK_TINH.basis': 'council' } },
  { name: 'Bằng khen tỉnh: point d met does not wait for the council on points a–c', article: 'LAW2022 Art. 74.1.d', make: () => caseFor('BK_TINH', Y, bkTinhPerson()), status: 'eligible', lines: { 'BK_TINH.point_a': 'council', 'BK_TINH.point_d': 'pass', 'BK_TINH.basis': 'pass' } },
  { name: 'Bằng khen tỉnh: exemplary compliance not confirmed gives missing information', article: 'LAW2022 Art. 74.1', make: () => caseFor('BK_TINH', Y, bkTinhPerson({ flags: {} })), status: 'missing_information', lines: { 'BK_TINH.compliance': 'missing' } },
  { name: 'Bằng khen tỉnh for a collective without configured criteria gives missing information', article: 'LAW2022 Art. 74.2 (UNCONFIRMED)', make: () => caseFor('BK_TINH', Y, collective({ ratings: good() })), status: 'missing_information', lines: { 'BK_TINH.criteria_configured': 'missing' } },

  // ---------------- Bằng khen Thủ tướng (Art. 73.1.b) ----------------
  { name: 'Bằng khen Thủ tướng: a merit Bằng khen tỉnh, five good years after it, three CSTĐCS', article: 'LAW2022 Art. 73.1.b', make: () => caseFor('BK_TTG', Y, bkTtgPerson()), status: 'eligible', check: (v) => { if (v.basisUsed.years.join() !== '2021,2022,2023,2024,2025') throw new Error(JSON.stringify(v.basisUsed)); } },
  { name: 'Bằng khen Thủ tướng: an irregular (đột xuất) Bằng khen tỉnh is not a prerequisite', article: 'ND152 Art. 4 (R-PRIN-4)', make: () => caseFor('BK_TTG', Y, bkTtgPerson({ awards: [award('BK_TINH', 2019, { decidedOn: '2020-05-10', basisType: 'DOT_XUAT' }), ...awards('CSTDCS', [2021, 2023, 2025])] })), status: 'not_eligible', lines: { 'BK_TTG.prerequisite': 'fail', 'BK_TTG.irregular_excluded': 'fail' } },
  { name: 'Bằng khen Thủ tướng: a thematic (chuyên đề) Bằng khen tỉnh is not a prerequisite', article: 'ND152 Art. 4 (R-PRIN-4)', make: () => caseFor('BK_TTG', Y, bkTtgPerson({ awards: [award('BK_TINH', 2019, { decidedOn: '2020-05-10', basisType: 'CHUYEN_DE' }), ...awards('CSTDCS', [2021, 2023, 2025])] })), status: 'not_eligible', lines: { 'BK_TTG.prerequisite': 'fail' } },
  { name: 'Bằng khen Thủ tướng: four good years are not five', article: 'LAW2022 Art. 73.1.b', make: () => caseFor('BK_TTG', Y, bkTtgPerson({ ratings: [rating(2021, 'HTNV'), ...ratings(2022, 2025, 'HTTNV')] })), status: 'not_eligible', lines: { 'BK_TTG.good_years': 'fail' } },
  { name: 'Bằng khen Thủ tướng: two CSTĐCS in the period are not three', article: 'LAW2022 Art. 73.1.b', make: () => caseFor('BK_TTG', Y, bkTtgPerson({ awards: [award('BK_TINH', 2019, { decidedOn: '2020-05-10' }), ...awards('CSTDCS', [2021, 2025])] })), status: 'not_eligible', lines: { 'BK_TTG.cstdcs_count': 'fail' } },
  { name: 'Bằng khen Thủ tướng: years before the Bằng khen tỉnh decision year are not counted', article: 'ND98 Art. 4.3 (nextAwardWindowStart, UNCONFIRMED)', make: () => caseFor('BK_TTG', Y, bkTtgPerson({ awards: [award('BK_TINH', 2021, { decidedOn: '2022-03-01' }), ...awards('CSTDCS', [2021, 2023, 2025])] })), status: 'not_eligible', lines: { 'BK_TTG.good_years': 'fail' } },
  { name: 'Bằng khen Thủ tướng: with the window setting ANY those years count', article: 'ND98 Art. 4.3 (nextAwardWindowStart, UNCONFIRMED)', settings: { nextAwardWindowStart: 'ANY' }, make: () => caseFor('BK_TTG', Y, bkTtgPerson({ awards: [award('BK_TINH', 2021, { decidedOn: '2022-03-01' }), ...awards('CSTDCS', [2021, 2023, 2025])] })), status: 'eligible' },
  { name: 'Bằng khen Thủ tướng: a Bằng khen of a ministry also serves as the prerequisite', article: 'LAW2022 Art. 73.1.b', make: () => caseFor('BK_TTG', Y, bkTtgPerson({ awards: [award('BK_BO', 2019, { decidedOn: '2020-01-10' }), ...awards('CSTDCS', [2021, 2023, 2025])] })), status: 'eligible' },
  { name: 'Bằng khen Thủ tướng: no rating for the year under review gives missing information', article: 'LAW2022 Art. 73.1.b', make: () => caseFor('BK_TTG', Y, bkTtgPerson({ ratings: ratings(2021, 2024, 'HTTNV') })), status: 'missing_information', lines: { 'BK_TTG.good_years': 'missing' } },

  // ---------------- Giấy khen (Art. 75.2) ----------------
  { name: 'Giấy khen: without criteria configured by the agency the check reports missing information', article: 'LAW2022 Art. 75.2', make: () => caseFor('GK_SO', Y, person({ ratings: good() })), status: 'missing_information', lines: { 'GK_SO.criteria_configured': 'missing' } },
  {
    name: 'Giấy khen: configured criteria (a minimum rating and an answered criterion) are applied',
    article: 'LAW2022 Art. 75.2',
    settings: { 'giayKhen.criteria': [{ id: 'gk.rating', label: 'Hoàn thành tốt nhiệm vụ trở lên', check: { kind: 'minRating', level: 'HTTNV' }, legalBasis: { instrumentName: 'Quy chế thi đua, khen thưởng của Sở', article: '8' } }, { id: 'gk.contribution', label: 'Có đóng góp nổi bật', legalBasis: { instrumentName: 'Quy chế thi đua, khen thưởng của Sở', article: '8' } }] },
    make: () => caseFor('GK_SO', Y, person({ ratings: good(), flags: { answers: { 'gk.contribution': true } } })),
    status: 'eligible',
    lines: { 'GK_SO.criteria.gk.rating': 'pass', 'GK_SO.criteria.gk.contribution': 'pass' },
  },
  {
    name: 'Giấy khen: an agency criterion answered no makes the candidate not eligible',
    article: 'LAW2022 Art. 75.2',
    settings: { 'giayKhen.criteria': [{ id: 'gk.contribution', label: 'Có đóng góp nổi bật', legalBasis: { instrumentName: 'Quy chế thi đua, khen thưởng của Sở' } }] },
    make: () => caseFor('GK_SO', Y, person({ ratings: good(), flags: { answers: { 'gk.contribution': false } } })),
    status: 'not_eligible',
  },
  {
    name: 'Giấy khen: a criterion for irregular achievements is not applied to a merit request',
    article: 'LAW2022 Art. 75.2',
    settings: { 'giayKhen.criteria': [{ id: 'gk.dx', label: 'Thành tích đột xuất', basisTypes: ['DOT_XUAT'], legalBasis: { instrumentName: 'Quy chế thi đua, khen thưởng của Sở' } }] },
    make: () => caseFor('GK_SO', Y, person({ ratings: good() })),
    status: 'missing_information',
    lines: { 'GK_SO.criteria_configured': 'missing' },
  },

  // ---------------- Agency settings for LĐTT (Art. 24) ----------------
  { name: 'LĐTT: an extra criterion declared by the province and not yet answered gives missing information', article: 'LAW2022 Art. 24 (ldtt.provinceExtraCriteria)', settings: { 'ldtt.provinceExtraCriteria': [{ id: 'no_admin_sanction', label: 'Không bị xử phạt vi phạm hành chính trong năm', legalBasis: { instrumentName: 'Quyết định của UBND tỉnh về thi đua, khen thưởng' } }] }, make: () => caseFor('LDTT', Y, person({ ratings: good() })), status: 'missing_information', lines: { 'LDTT.extra.no_admin_sanction': 'missing' } },
  { name: 'LĐTT: an extra criterion answered no makes the candidate not eligible', article: 'LAW2022 Art. 24 (ldtt.provinceExtraCriteria)', settings: { 'ldtt.provinceExtraCriteria': [{ id: 'no_admin_sanction', label: 'Không bị xử phạt vi phạm hành chính trong năm', legalBasis: { instrumentName: 'Quyết định của UBND tỉnh về thi đua, khen thưởng' } }] }, make: () => caseFor('LDTT', Y, person({ ratings: good(), flags: { answers: { no_admin_sanction: false } } })), status: 'not_eligible' },
  { name: 'LĐTT: maternity leave is not counted against the leave limit', article: 'ND98 Art. 4 (ldtt.maxLeaveWorkingDays)', settings: { 'ldtt.maxLeaveWorkingDays': 40 }, make: () => caseFor('LDTT', Y, person({ ratings: good(), flags: { leaveWorkingDays: 45, maternityLeaveWorkingDays: 30 } })), status: 'eligible', lines: { 'LDTT.leave_days': 'pass' } },
  { name: 'LĐTT: fewer months worked than the agency minimum fails', article: 'LAW2022 Art. 24 (ldtt.minWorkedMonths)', settings: { 'ldtt.minWorkedMonths': 10 }, make: () => caseFor('LDTT', Y, person({ ratings: good(), flags: { workedMonths: 8 } })), status: 'not_eligible', lines: { 'LDTT.worked_months': 'fail' } },

  // ---------------- Leaders (Q-EVAL-5) ----------------
  { name: 'A head rated above their unit gets a warning that does not change the status', article: 'ND233 Art. 12.7 (Q-EVAL-5)', make: () => caseFor('LDTT', 2026, person({ staffCategory: 'VIEN_CHUC', ratings: [rating(2026, 'HTXSNV', { headOfUnit: true, unitLevel: 'HTTNV' })] })), status: 'eligible', lines: { 'LEADER.rating_cap': 'fail' } },

  // ---------------- Cờ thi đua (Art. 25, 26) ----------------
  { name: 'Cờ thi đua tỉnh: a cluster leader selected by the council', article: 'LAW2022 Art. 26 (UNCONFIRMED)', make: () => caseFor('CO_TD_TINH', Y, collective({ flags: { clusterLeader: true, councilSelected: true } })), status: 'eligible' },
  { name: 'Cờ thi đua tỉnh: a cluster leader not yet voted on awaits the council', article: 'LAW2022 Art. 26 (UNCONFIRMED)', make: () => caseFor('CO_TD_TINH', Y, collective({ flags: { clusterLeader: true } })), status: 'awaiting_council', lines: { 'CO_TD_TINH.cluster_leader': 'pass', 'CO_TD_TINH.council': 'council' } },
  { name: 'Cờ thi đua tỉnh: the cluster result not recorded is missing information, before the council', article: 'LAW2022 Art. 26 (UNCONFIRMED)', make: () => caseFor('CO_TD_TINH', Y, collective({ flags: {} })), status: 'missing_information', lines: { 'CO_TD_TINH.cluster_leader': 'missing', 'CO_TD_TINH.council': 'council' } },
  { name: 'Cờ thi đua Chính phủ: point 1 with its standards, not yet voted on, awaits the council', article: 'LAW2022 Art. 25.1', make: () => caseFor('CO_TD_CP', Y, collective({ flags: { clusterLeader: true, internalUnity: true, answers: { 'CO_TD_CP.standards': true } } })), status: 'awaiting_council', lines: { 'CO_TD_CP.basis': 'pass', 'CO_TD_CP.council': 'council' } },
  { name: 'Cờ thi đua Chính phủ: point 1 with its standards and council selection', article: 'LAW2022 Art. 25.1', make: () => caseFor('CO_TD_CP', Y, collective({ flags: { clusterLeader: true, internalUnity: true, councilSelected: true, answers: { 'CO_TD_CP.standards': true } } })), status: 'eligible', lines: { 'CO_TD_CP.basis': 'pass' } },

  // ---------------- Target ----------------
  { name: 'LĐTT asked for a collective is not eligible', article: 'LAW2022 Art. 24', make: () => caseFor('LDTT', Y, collective({ ratings: good() })), status: 'not_eligible', lines: { 'AWARD.target': 'fail' } },
];
