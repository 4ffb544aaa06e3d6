/**
 * Yearly ratings 2019–2025 of every person and unit. Per unit and year, HTXSNV stays within 20% of
 * those rated HTTNV (ND90/ND48 quota, applied here to every unit group).
 */
import { RATING_RANK, type RatingLevel, type RatingRegimeId } from '../../domain/catalogue/codes';
import type { StaffCategory } from '../../domain/org/codes';
import type { DecisionNumbers, Issuer } from './decisions';
import type { Rng } from './names';
import type { UnitCode, UnitPlan } from './organisation';
import { assignmentOn, fullName, type PersonPlan } from './people';

export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

export interface PersonRating {
  person: PersonPlan;
  year: number;
  level: RatingLevel;
  regime: RatingRegimeId;
  unit: UnitCode;
  decisionNo: string;
  decidedOn: string;
  spiritAttested: boolean;
  note: string;
}

export interface UnitRating {
  unit: UnitCode;
  year: number;
  level: RatingLevel;
  decisionNo: string;
  decidedOn: string;
}

/** Rated for a year when in service from mid-year at the latest and still in service in October. */
export const isRatedIn = (p: PersonPlan, year: number) => p.hiredOn <= `${year}-06-30` && (p.leftOn === null || p.leftOn >= `${year}-10-01`);

const lastDayIn = (p: PersonPlan, year: number) => (p.leftOn && p.leftOn < `${year}-12-31` ? p.leftOn : `${year}-12-31`);

const regimeFor = (category: StaffCategory): RatingRegimeId => (category === 'cong_chuc' || category === 'vien_chuc' ? 'ND90' : 'INTERNAL');

/** At most ⌊n/6⌋ HTXSNV among n rated HTTNV or better keeps HTXSNV ≤ 20% of those rated HTTNV. */
const htxsnvCap = (ratedGoodOrBetter: number) => Math.floor(ratedGoodOrBetter / 6);

const DECISION_DAY: Record<Issuer, string> = { UBND: '12-28', SKHCN: '12-22', TTUD: '12-18', TTCNTT: '12-19', CCTDC: '12-20', TTR_KL: '12-30', TTR_QD: '12-30' };

/** Years in a row rated HTXSNV up to the previous year: units rotate the quota rather than give it to the same person. */
type TopStreak = (p: PersonPlan) => number;

function levelsForGroup(rng: Rng, year: number, members: PersonPlan[], streak: TopStreak): Map<PersonPlan, RatingLevel> {
  const levels = new Map<PersonPlan, RatingLevel>();
  const free: PersonPlan[] = [];
  for (const p of members) {
    const scripted = p.levels[year];
    if (scripted) levels.set(p, scripted);
    else if (p.key) levels.set(p, 'HTTNV');
    else free.push(p);
  }
  const scriptedTop = [...levels.values()].filter((l) => l === 'HTXSNV').length;
  let good = [...levels.values()].filter((l) => RATING_RANK[l] >= RATING_RANK.HTTNV).length + free.length;
  if (scriptedTop > htxsnvCap(good)) {
    throw new Error(`Dữ liệu trình diễn: vượt tỷ lệ HTXSNV năm ${year} (${members.map(fullName).join(', ')})`);
  }
  for (const p of rng.shuffle(free)) {
    const newcomer = p.hiredOn >= `${year}-01-01`;
    if (rng.chance(newcomer ? 0.15 : 0.05) && htxsnvCap(good - 1) >= scriptedTop) {
      levels.set(p, 'HTNV');
      good--;
    }
  }
  const candidates = free.filter((p) => !levels.has(p));
  const room = htxsnvCap(good) - scriptedTop;
  const ranked = candidates.map((p) => ({ p, score: p.merit + rng.next() * 0.8 - 0.4 * streak(p) })).sort((a, b) => b.score - a.score);
  ranked.forEach(({ p }, i) => levels.set(p, i < room ? 'HTXSNV' : 'HTTNV'));
  return levels;
}

export function planPersonRatings(rng: Rng, people: PersonPlan[], units: Map<UnitCode, UnitPlan>, decisionNo: DecisionNumbers): PersonRating[] {
  const out: PersonRating[] = [];
  const topYears = new Map<PersonPlan, Set<number>>();
  const streakBefore = (year: number) => (p: PersonPlan) => {
    let n = 0;
    while (topYears.get(p)?.has(year - 1 - n)) n++;
    return n;
  };
  for (const year of YEARS) {
    const groups = new Map<UnitCode, PersonPlan[]>();
    for (const p of people) {
      if (!isRatedIn(p, year)) continue;
      const unit = assignmentOn(p, lastDayIn(p, year))!.unit;
      groups.set(unit, [...(groups.get(unit) ?? []), p]);
    }
    const decisions = new Map<Issuer, { decisionNo: string; decidedOn: string }>();
    for (const [unit, members] of groups) {
      const issuer = units.get(unit)!.ratingIssuer;
      if (!decisions.has(issuer)) {
        const decidedOn = `${year}-${DECISION_DAY[issuer]}`;
        decisions.set(issuer, { decisionNo: decisionNo(issuer, decidedOn), decidedOn });
      }
      const decision = decisions.get(issuer)!;
      for (const [person, level] of levelsForGroup(rng, year, members, streakBefore(year))) {
        if (level === 'HTXSNV') topYears.set(person, (topYears.get(person) ?? new Set()).add(year));
        const assignment = assignmentOn(person, lastDayIn(person, year))!;
        out.push({
          person, year, level, unit, ...decision,
          regime: regimeFor(assignment.staffCategory),
          spiritAttested: level !== 'KHTNV',
          note: level === 'KHTNV' ? 'Bị xử lý kỷ luật trong năm đánh giá (liên quan đến thực hiện nhiệm vụ)' : '',
        });
      }
    }
  }
  return out;
}

/** Collective ratings: mostly HTTNV, a few HTXSNV (at most 20% of units rated HTTNV or better). */
const UNIT_LEVELS: Partial<Record<UnitCode, Partial<Record<number, RatingLevel>>>> = {
  TTRA: { 2019: 'HTXSNV' },
  TTUD: { 2020: 'HTXSNV' },
  VP: { 2021: 'HTXSNV', 2025: 'HTXSNV' },
  KHTC: { 2022: 'HTXSNV' },
  CCTDC: { 2022: 'HTNV', 2025: 'HTXSNV' },
  TTCNTT: { 2023: 'HTXSNV' },
  QLKH: { 2024: 'HTXSNV' },
  QLCN: { 2024: 'HTXSNV' },
};

export function planUnitRatings(units: Map<UnitCode, UnitPlan>, decisionNo: DecisionNumbers): UnitRating[] {
  const out: UnitRating[] = [];
  for (const year of YEARS) {
    const decidedOn = `${year}-12-26`;
    const decision = { decisionNo: decisionNo('SKHCN', decidedOn), decidedOn };
    const rated = [...units.values()].filter((u) => u.kind !== 'leadership');
    const levels = rated.map((u) => UNIT_LEVELS[u.code]?.[year] ?? 'HTTNV');
    const good = levels.filter((l) => RATING_RANK[l] >= RATING_RANK.HTTNV).length;
    if (levels.filter((l) => l === 'HTXSNV').length > htxsnvCap(good)) throw new Error(`Dữ liệu trình diễn: vượt tỷ lệ tập thể HTXSNV năm ${year}`);
    rated.forEach((u, i) => out.push({ unit: u.code, year, level: levels[i]!, ...decision }));
  }
  return out;
}
