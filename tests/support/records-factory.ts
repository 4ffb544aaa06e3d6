/**
 * Records for eligibility tests, inserted straight into the records tables (ratings, awards and their
 * basis, initiatives, S&T tasks, disciplines, inspections) so a test reads like the TĐKT file it
 * describes. People, units and users come from `factory.ts`.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import {
  awardBasisUses, awards, disciplines, initiativeAuthors, initiatives, inspectionSubjects, inspections, personAssignments, persons, ratings,
  scienceTaskMembers, scienceTasks,
} from '../../src/db/schema';

type Level = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV' | 'NOT_RATED';

export function recordsFactory(db: Db, agencyId: string) {
  const self = {
    /** One year's rating of a person (personId) or a collective (unitId). */
    async rating(r: { personId?: string; unitId?: string; year: number; level: Level; regime?: string; spiritAttested?: boolean; ratedInUnitId?: string }) {
      const [row] = await db
        .insert(ratings)
        .values({
          agencyId, personId: r.personId ?? null, unitId: r.personId ? null : (r.unitId ?? null), ratedInUnitId: r.ratedInUnitId ?? (r.personId ? (r.unitId ?? null) : null),
          year: r.year, level: r.level, regime: r.regime ?? 'ND90', spiritAttested: r.spiritAttested ?? true,
        })
        .returning();
      return row!;
    },

    /** Ratings of a person for several years: `{ 2024: 'HTTNV', 2025: 'HTXSNV' }`. */
    async ratingsOf(personId: string, byYear: Record<number, Level>) {
      for (const [year, level] of Object.entries(byYear)) await self.rating({ personId, year: Number(year), level });
    },

    /** An award received, optionally resting on initiatives / S&T tasks (award_basis_uses). */
    async award(a: {
      personId?: string; unitId?: string; code: string; year: number; basisType?: string; cstdcsBasis?: string; decidedOn?: string; decisionNo?: string;
      initiativeIds?: string[]; scienceTaskIds?: string[];
    }) {
      const [row] = await db
        .insert(awards)
        .values({
          agencyId, personId: a.personId ?? null, unitId: a.personId ? null : (a.unitId ?? null), awardCode: a.code, year: a.year,
          basisType: a.basisType ?? 'CONG_TRANG', cstdcsBasis: a.cstdcsBasis ?? null, decidedOn: a.decidedOn ?? null, decisionNo: a.decisionNo ?? '',
        })
        .returning();
      const uses = [
        ...(a.initiativeIds ?? []).map((initiativeId) => ({ awardId: row!.id, initiativeId })),
        ...(a.scienceTaskIds ?? []).map((scienceTaskId) => ({ awardId: row!.id, scienceTaskId })),
      ];
      if (uses.length) await db.insert(awardBasisUses).values(uses);
      return row!;
    },

    /** The same award for several people (e.g. LĐTT for 6 of 10 members). */
    async awardEach(personIds: readonly string[], code: string, year: number) {
      for (const personId of personIds) await self.award({ personId, code, year });
    },

    /** A recognised initiative (sáng kiến) with its authors (equal shares unless given). */
    async initiative(i: {
      title: string; recognizedOn: string; authors: (string | { personId: string; sharePct: number })[]; recognizedBy?: string; impactScope?: string;
      impactRecognizedByProvinceHead?: boolean; appliedEffectively?: boolean; replicable?: boolean;
    }) {
      const [row] = await db
        .insert(initiatives)
        .values({
          agencyId, title: i.title, recognizedBy: i.recognizedBy ?? 'CO_SO', recognizedOn: i.recognizedOn, impactScope: i.impactScope ?? 'CO_SO',
          impactRecognizedByProvinceHead: i.impactRecognizedByProvinceHead ?? false, appliedEffectively: i.appliedEffectively ?? true, replicable: i.replicable ?? false,
        })
        .returning();
      const share = Math.floor(10000 / i.authors.length) / 100;
      await db.insert(initiativeAuthors).values(i.authors.map((a) => (typeof a === 'string' ? { initiativeId: row!.id, personId: a, sharePct: share } : { initiativeId: row!.id, ...a })));
      return row!;
    },

    /** A nhiệm vụ KH&CN with its members (the first one leads it unless roles are given). */
    async scienceTask(t: {
      title: string; members: (string | { personId: string; role: string })[]; kind?: string; level?: string; acceptedOn?: string | null;
      acceptanceResult?: string | null; applied?: boolean; impactScope?: string; impactRecognizedByProvinceHead?: boolean;
    }) {
      const [row] = await db
        .insert(scienceTasks)
        .values({
          agencyId, title: t.title, kind: t.kind ?? 'DE_TAI', level: t.level ?? 'CO_SO', acceptedOn: t.acceptedOn ?? null, acceptanceResult: t.acceptanceResult ?? null,
          applied: t.applied ?? false, impactScope: t.impactScope ?? 'CO_SO', impactRecognizedByProvinceHead: t.impactRecognizedByProvinceHead ?? false,
        })
        .returning();
      await db.insert(scienceTaskMembers).values(t.members.map((m, i) => (typeof m === 'string' ? { taskId: row!.id, personId: m, role: i === 0 ? 'LEADER' : 'MEMBER' } : { taskId: row!.id, ...m })));
      return row!;
    },

    /** A discipline (kỷ luật); decided on its first day unless said otherwise. */
    async discipline(d: { personId: string; form: string; effectiveFrom: string; effectiveTo: string; decidedOn?: string; dutyRelated?: boolean }) {
      const [row] = await db
        .insert(disciplines)
        .values({ agencyId, personId: d.personId, form: d.form, decidedOn: d.decidedOn ?? d.effectiveFrom, effectiveFrom: d.effectiveFrom, effectiveTo: d.effectiveTo, dutyRelated: d.dutyRelated ?? true })
        .returning();
      return row!;
    },

    /** A thanh tra / kiểm tra… naming people and/or units; open unless concludedOn is given. */
    async inspection(i: { title: string; openedOn: string; kind?: string; concludedOn?: string; hasViolation?: boolean; personIds?: string[]; unitIds?: string[] }) {
      const [row] = await db
        .insert(inspections)
        .values({ agencyId, kind: i.kind ?? 'INSPECTION', title: i.title, openedOn: i.openedOn, concludedOn: i.concludedOn ?? null, hasViolation: i.hasViolation ?? false })
        .returning();
      const subjects = [
        ...(i.personIds ?? []).map((personId) => ({ inspectionId: row!.id, personId })),
        ...(i.unitIds ?? []).map((unitId) => ({ inspectionId: row!.id, unitId })),
      ];
      if (subjects.length) await db.insert(inspectionSubjects).values(subjects);
      return row!;
    },

    /** Moves a person to another unit from a date: the open assignment ends the day before. */
    async transfer(personId: string, unitId: string, fromDate: string) {
      const dayBefore = new Date(Date.parse(`${fromDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      await db.update(personAssignments).set({ toDate: dayBefore }).where(and(eq(personAssignments.personId, personId), isNull(personAssignments.toDate)));
      const [p] = await db.update(persons).set({ unitId }).where(eq(persons.id, personId)).returning();
      await db.insert(personAssignments).values({ personId, unitId, position: p!.position, isLeader: false, staffCategory: p!.staffCategory, fromDate, reason: 'Điều chuyển' });
    },
  };
  return self;
}
