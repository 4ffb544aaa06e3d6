/**
 * Báo cáo thành tích drafted from the record (DOCX) for a person or a collective, an award and a year.
 * Reads the record through the record page's own queries (timeline-service: the same scope, the same
 * rows) and the period through the engine (explain: the years its verdict relied on).
 */
import { format } from 'date-fns';
import type { Db } from '../../../db/client';
import { getPerson } from '../../../db/queries/people';
import { agencyLetterhead, unitNameOf } from '../../../db/queries/letterhead';
import { AWARD_LABELS, EVALUABLE_AWARDS, findAward, type AwardCode, type EvaluableAward } from '../../../domain/catalogue';
import type { BasisUsed } from '../../../domain/eligibility';
import type { Scope } from '../../../domain/policies';
import { reportPeriod } from '../../../domain/records/report-period';
import {
  achievementReportFileName,
  writeAchievementReport,
  type ReportAward,
  type ReportInitiative,
  type ReportRating,
  type ReportScienceTask,
} from '../../../documents/achievement-report-docx';
import type { AchievementReportQuery } from '../../../shared/schemas/achievement-reports';
import { notFound, validation } from '../../errors';
import { explainPerson, explainUnit } from '../screening/explain';
import { personTimeline, unitTimeline } from './timeline-service';

export interface AchievementReportFile {
  fileName: string;
  content: Buffer;
}

const isEvaluable = (code: AwardCode): code is EvaluableAward => (EVALUABLE_AWARDS as readonly string[]).includes(code);

/** The award must be one a person (or a collective) can receive. */
function checkTarget(award: AwardCode, year: number, target: 'individual' | 'collective') {
  const t = findAward(award, `${year}-12-31`).target;
  if (t === target || t === 'both') return;
  const who = target === 'individual' ? 'cá nhân' : 'tập thể';
  throw validation([{ path: 'award', field: 'Danh hiệu, hình thức khen thưởng', message: `"${AWARD_LABELS[award]}" không dành cho ${who}` }]);
}

const toAward = (year: number, a: { awardCode: string; decisionNo: string; decidedOn: string | null; conferredBy: string }): ReportAward => ({
  year, awardCode: a.awardCode, decisionNo: a.decisionNo, decidedOn: a.decidedOn, conferredBy: a.conferredBy,
});
const toRating = (year: number, r: { level: string; decisionNo: string; decidedOn: string | null } | null): ReportRating | null =>
  r ? { year, level: r.level, decisionNo: r.decisionNo, decidedOn: r.decidedOn } : null;

export async function personAchievementReport(db: Db, scope: Scope | null, agencyId: string, personId: string, q: AchievementReportQuery): Promise<AchievementReportFile> {
  const [timeline, person] = await Promise.all([personTimeline(db, scope, personId), getPerson(db, scope, personId)]);
  if (!person) throw notFound('cán bộ');
  checkTarget(q.award, q.year, 'individual');
  const basis: BasisUsed | null = isEvaluable(q.award)
    ? ((await explainPerson(db, scope, agencyId, personId, { year: q.year, award: q.award })).verdicts[0]?.basisUsed ?? null)
    : null;
  const period = reportPeriod(q.award, q.year, basis?.years ?? null);
  const covered = new Set(period.years);
  const upToYear = timeline.years.filter((y) => y.year <= q.year);
  const usedInitiatives = new Set(basis?.initiatives ?? []);
  const usedTasks = new Set(basis?.scienceTasks ?? []);

  const initiatives: ReportInitiative[] = upToYear
    .flatMap((y) => (covered.has(y.year) ? y.initiatives : y.initiatives.filter((i) => usedInitiatives.has(i.id))))
    .sort((a, b) => a.recognizedOn.localeCompare(b.recognizedOn))
    .map((i) => ({
      title: i.title, decisionNo: i.decisionNo, recognizedOn: i.recognizedOn, recognizingBody: i.recognizingBody, recognizedBy: i.recognizedBy,
      impactScope: i.impactScope, ownSharePct: i.ownSharePct, basisOfThisProposal: usedInitiatives.has(i.id),
    }));
  const scienceTasks: ReportScienceTask[] = upToYear
    .flatMap((y) => (covered.has(y.year) ? y.scienceTasks : y.scienceTasks.filter((t) => usedTasks.has(t.id))))
    .sort((a, b) => (a.acceptedOn ?? '').localeCompare(b.acceptedOn ?? ''))
    .map((t) => ({
      code: t.code, title: t.title, taskLevel: t.taskLevel, acceptedOn: t.acceptedOn, acceptanceResult: t.acceptanceResult,
      impactScope: t.impactScope, role: t.role, basisOfThisProposal: usedTasks.has(t.id),
    }));
  const inYear = timeline.years.find((y) => y.year === q.year)?.unit;

  const content = await writeAchievementReport({
    kind: 'individual',
    award: { code: q.award, year: q.year },
    years: period.years,
    yearsNote: period.note,
    agency: await agencyLetterhead(db, agencyId),
    preparedOn: format(new Date(), 'yyyy-MM-dd'),
    person: {
      fullName: person.fullName, gender: person.gender, birthDate: person.birthDate,
      position: inYear?.position ?? person.position ?? '', unitName: inYear?.name ?? person.unitName, staffCategory: inYear?.staffCategory ?? person.staffCategory,
    },
    ratings: timeline.years.filter((y) => covered.has(y.year)).flatMap((y) => toRating(y.year, y.rating) ?? []),
    awards: upToYear.flatMap((y) => y.awards.map((a) => toAward(y.year, a))),
    initiatives,
    scienceTasks,
  });
  return { fileName: achievementReportFileName(person.fullName, q.award, q.year), content };
}

export async function unitAchievementReport(db: Db, scope: Scope | null, agencyId: string, unitId: string, q: AchievementReportQuery): Promise<AchievementReportFile> {
  const timeline = await unitTimeline(db, scope, unitId);
  checkTarget(q.award, q.year, 'collective');
  const basis: BasisUsed | null = isEvaluable(q.award)
    ? ((await explainUnit(db, scope, agencyId, unitId, { year: q.year, award: q.award })).verdicts[0]?.basisUsed ?? null)
    : null;
  const period = reportPeriod(q.award, q.year, basis?.years ?? null);
  const covered = new Set(period.years);
  const upToYear = timeline.years.filter((y) => y.year <= q.year);
  const leadersYear = timeline.years.find((y) => y.year === q.year) ?? upToYear[0];

  const content = await writeAchievementReport({
    kind: 'collective',
    award: { code: q.award, year: q.year },
    years: period.years,
    yearsNote: period.note,
    agency: await agencyLetterhead(db, agencyId),
    preparedOn: format(new Date(), 'yyyy-MM-dd'),
    unit: {
      name: timeline.unit.name,
      parentName: await unitNameOf(db, timeline.unit.parentId),
      leaders: (leadersYear?.members ?? []).filter((m) => m.isLeader).map((m) => ({ fullName: m.fullName, position: m.position })),
    },
    unitYears: timeline.years
      .filter((y) => covered.has(y.year))
      .map((y) => ({ year: y.year, rating: toRating(y.year, y.rating), memberCount: y.memberCount, membersWithLdtt: y.membersWithLdtt, ldttShare: y.ldttShare })),
    awards: upToYear.flatMap((y) => y.awards.map((a) => toAward(y.year, a))),
  });
  return { fileName: achievementReportFileName(timeline.unit.name, q.award, q.year), content };
}
