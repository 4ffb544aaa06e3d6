/**
 * Per-case indexes built once (ratings by year, award years by code, penalty end),
 * so each award rule reads them in O(1) and one subject can be judged against many awards.
 */
import {
  BASIS_TYPES_NOT_PREREQUISITE,
  DISCIPLINE_SEVERITY,
  RATING_RANK,
  type AwardCode,
  type RatingLevel,
  type RatingRegimeId,
  type StaffCategory,
} from '../catalogue';
import type {
  AwardRecord,
  CollectiveSubject,
  Discipline,
  Flags,
  IndividualSubject,
  Initiative,
  Member,
  PendingCheck,
  RatingRecord,
  ScienceTask,
} from './case-schema';
import { yearOf } from './format';
import type { Achievement } from './achievements';
import { ratingRegimeFor, REGIMES_WITH_FORCED_KHTNV } from './rating-regimes';
import type { AgencySettings } from './settings';

export interface LevelInfo {
  /** Effective level after D-3/D-4. */
  level: RatingLevel;
  /** Level as recorded. */
  recorded: RatingLevel;
  regime: RatingRegimeId | null;
  forcedBy: 'D3' | 'D4_DEGRADATION' | 'D4_CORRUPTION' | null;
  forcingDiscipline: Discipline | null;
  record: RatingRecord;
}

const EMPTY_FLAGS: Flags = {};

/** A person (the subject, or a member of a collective). */
export class PersonIndex {
  readonly kind = 'individual' as const;
  readonly id: string;
  readonly name: string | undefined;
  readonly staffCategory: StaffCategory | undefined;
  readonly ratings = new Map<number, RatingRecord>();
  readonly awards: readonly AwardRecord[];
  readonly disciplines: readonly Discipline[];
  readonly initiatives: readonly Initiative[];
  readonly scienceTasks: readonly ScienceTask[];
  readonly pendingChecks: readonly PendingCheck[];
  readonly flags: Flags;
  /** Latest end of a penalty begun on or before asOf (R-PRIN-6), and that discipline. */
  readonly penaltyEnd: string | null = null;
  readonly penalty: Discipline | null = null;
  /** First year whose achievements count (after the penalty ends). */
  readonly firstCountableYear: number = Number.NEGATIVE_INFINITY;
  // Built on first use: screening builds one index per person of a province, and a collective's
  // members only ever ask hasAny / levelOf / heaviestDisciplineIn.
  private byCode: Map<AwardCode, AwardRecord[]> | null = null;
  private levelCache: Map<number, LevelInfo | null> | null = null;

  constructor(
    src: (IndividualSubject | Member) & Partial<Pick<IndividualSubject, 'initiatives' | 'scienceTasks' | 'pendingChecks' | 'flags'>>,
    private readonly settings: AgencySettings,
    asOf: string,
  ) {
    this.id = src.id;
    this.name = src.name;
    this.staffCategory = src.staffCategory;
    for (const r of src.ratings) this.ratings.set(r.year, r);
    this.awards = src.awards;
    this.disciplines = src.disciplines;
    this.initiatives = src.initiatives ?? [];
    this.scienceTasks = src.scienceTasks ?? [];
    this.pendingChecks = src.pendingChecks ?? [];
    this.flags = src.flags ?? EMPTY_FLAGS;
    let end: string | null = null;
    let pen: Discipline | null = null;
    for (const d of src.disciplines) {
      if (d.effectiveFrom > asOf) continue;
      if (end === null || d.effectiveTo > end) {
        end = d.effectiveTo;
        pen = d;
      }
    }
    if (end !== null) {
      this.penaltyEnd = end;
      this.penalty = pen;
      this.firstCountableYear = yearOf(end) + 1;
    }
  }

  /** All records of an award code (any basis type). */
  awardsOf(code: AwardCode): readonly AwardRecord[] {
    if (!this.byCode) {
      this.byCode = new Map();
      for (const a of this.awards) {
        const list = this.byCode.get(a.code);
        if (list) list.push(a);
        else this.byCode.set(a.code, [a]);
      }
    }
    return this.byCode.get(code) ?? [];
  }

  /** Holds the award for `year` with a basis that may count as a prerequisite (R-PRIN-4). */
  hasCountable(code: AwardCode, year: number): boolean {
    for (const a of this.awards) if (a.year === year && a.code === code && !BASIS_TYPES_NOT_PREREQUISITE.has(a.basisType)) return true;
    return false;
  }

  /** Holds the award for `year`, whatever its basis type. */
  hasAny(code: AwardCode, year: number): boolean {
    for (const a of this.awards) if (a.year === year && a.code === code) return true;
    return false;
  }

  ratingRegimeOf(year: number): RatingRegimeId | null {
    return this.ratings.get(year)?.regime ?? ratingRegimeFor(this.staffCategory, year, this.settings);
  }

  /** Effective rating of a year (D-3/D-4 applied under ND335/ND233); undefined when not recorded. */
  levelOf(year: number): LevelInfo | undefined {
    const cache = (this.levelCache ??= new Map());
    const cached = cache.get(year);
    if (cached !== undefined) return cached ?? undefined;
    const rec = this.ratings.get(year);
    if (!rec) {
      cache.set(year, null);
      return undefined;
    }
    const regime = rec.regime ?? ratingRegimeFor(this.staffCategory, year, this.settings);
    const info: LevelInfo = { level: rec.level, recorded: rec.level, regime, forcedBy: null, forcingDiscipline: null, record: rec };
    if (regime !== null && REGIMES_WITH_FORCED_KHTNV.has(regime) && RATING_RANK[rec.level] > RATING_RANK.KHTNV) {
      const d3 = this.dutyDisciplineIn(year);
      if (d3) {
        info.level = 'KHTNV';
        info.forcedBy = 'D3';
        info.forcingDiscipline = d3;
      } else if (rec.degradationConcluded) {
        info.level = 'KHTNV';
        info.forcedBy = 'D4_DEGRADATION';
      } else if (rec.unitCorruptionHandled) {
        info.level = 'KHTNV';
        info.forcedBy = 'D4_CORRUPTION';
      }
    }
    cache.set(year, info);
    return info;
  }

  /** D-3: a duty-related discipline of khiển trách or heavier imposed in `year` (decision date, else start). */
  private dutyDisciplineIn(year: number): Discipline | null {
    for (const d of this.disciplines) {
      if (!d.dutyRelated || DISCIPLINE_SEVERITY[d.form] < DISCIPLINE_SEVERITY.KHIEN_TRACH) continue;
      if (yearOf(d.decidedOn ?? d.effectiveFrom) === year) return d;
    }
    return null;
  }

  /** Effective rating level of a year (criteria interface). */
  ratingLevelOf(year: number): RatingLevel | undefined {
    return this.levelOf(year)?.level;
  }

  private achievementCache: { initiatives: Achievement[]; tasks: Achievement[]; all: Achievement[] } | null = null;

  /** Initiatives and accepted S&T tasks as achievements (built once). */
  achievements(): { initiatives: Achievement[]; tasks: Achievement[]; all: Achievement[] } {
    if (!this.achievementCache) {
      const initiatives: Achievement[] = this.initiatives.map((i) => ({ kind: 'initiative', id: i.id, title: i.title, date: i.recognizedOn, source: i }));
      const tasks: Achievement[] = [];
      for (const t of this.scienceTasks) {
        if (!t.acceptedOn || t.acceptanceResult === 'KHONG_DAT') continue;
        tasks.push({ kind: 'scienceTask', id: t.id, title: t.title, date: t.acceptedOn, source: t });
      }
      this.achievementCache = { initiatives, tasks, all: initiatives.length === 0 ? tasks : tasks.length === 0 ? initiatives : [...initiatives, ...tasks] };
    }
    return this.achievementCache;
  }

  /** Heaviest discipline imposed in or in force during `year`. */
  heaviestDisciplineIn(year: number): Discipline | null {
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    let worst: Discipline | null = null;
    for (const d of this.disciplines) {
      const imposed = d.decidedOn !== undefined && yearOf(d.decidedOn) === year;
      const overlaps = d.effectiveFrom <= end && d.effectiveTo >= start;
      if (!imposed && !overlaps) continue;
      if (!worst || DISCIPLINE_SEVERITY[d.form] > DISCIPLINE_SEVERITY[worst.form]) worst = d;
    }
    return worst;
  }
}

export interface MemberStats {
  total: number;
  /** Members holding LĐTT (or CSTĐCS, which requires meeting the LĐTT standard) in the year. */
  ldttIds: string[];
  cstdcsIds: string[];
  missingRatingIds: string[];
  belowHtnvIds: { id: string; level: RatingLevel }[];
  disciplined: { id: string; form: Discipline['form'] }[];
}

export class CollectiveIndex {
  readonly kind = 'collective' as const;
  readonly id: string;
  readonly name: string | undefined;
  readonly ratings = new Map<number, RatingRecord>();
  readonly awards: readonly AwardRecord[];
  readonly pendingChecks: readonly PendingCheck[];
  readonly flags: Flags;
  private membersCache: PersonIndex[] | null = null;
  private readonly statsCache = new Map<number, MemberStats>();

  constructor(
    private readonly src: CollectiveSubject,
    private readonly settings: AgencySettings,
    private readonly asOf: string,
  ) {
    this.id = src.id;
    this.name = src.name;
    for (const r of src.ratings) this.ratings.set(r.year, r);
    this.awards = src.awards;
    this.pendingChecks = src.pendingChecks;
    this.flags = src.flags;
  }

  get members(): PersonIndex[] {
    if (!this.membersCache) this.membersCache = this.src.members.map((m) => new PersonIndex(m, this.settings, this.asOf));
    return this.membersCache;
  }

  levelOf(year: number): RatingLevel | undefined {
    return this.ratings.get(year)?.level;
  }

  ratingLevelOf(year: number): RatingLevel | undefined {
    return this.ratings.get(year)?.level;
  }

  hasAny(code: AwardCode, year: number): boolean {
    for (const a of this.awards) if (a.code === code && a.year === year) return true;
    return false;
  }

  memberStats(year: number): MemberStats {
    const cached = this.statsCache.get(year);
    if (cached) return cached;
    const s: MemberStats = { total: 0, ldttIds: [], cstdcsIds: [], missingRatingIds: [], belowHtnvIds: [], disciplined: [] };
    for (const m of this.members) {
      s.total++;
      const cstdcs = m.hasAny('CSTDCS', year);
      if (m.hasAny('LDTT', year) || cstdcs) s.ldttIds.push(m.id);
      if (cstdcs) s.cstdcsIds.push(m.id);
      const lv = m.levelOf(year);
      if (!lv) s.missingRatingIds.push(m.id);
      else if (RATING_RANK[lv.level] < RATING_RANK.HTNV) s.belowHtnvIds.push({ id: m.id, level: lv.level });
      const d = m.heaviestDisciplineIn(year);
      if (d) s.disciplined.push({ id: m.id, form: d.form });
    }
    this.statsCache.set(year, s);
    return s;
  }
}
