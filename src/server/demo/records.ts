/** Turns the planned records (ratings, achievements, awards, checks) into rows of the records tables. */
import { randomUUID } from 'node:crypto';
import type { Achievements } from './achievements';
import type { AwardPlan } from './awards';
import type { DisciplinePlan, InspectionPlan } from './checks';
import type { FeaturedKey } from './featured';
import type { UnitCode, UnitPlan } from './organisation';
import type { PersonPlan } from './people';
import type { PersonRating, UnitRating } from './ratings';

export function recordRows(input: {
  agencyId: string;
  units: Map<UnitCode, UnitPlan>;
  people: PersonPlan[];
  ratings: PersonRating[];
  unitRatings: UnitRating[];
  achievements: Achievements;
  awards: AwardPlan[];
  disciplines: DisciplinePlan[];
  inspections: InspectionPlan[];
}) {
  const { agencyId, units, achievements } = input;
  const unitId = (code: UnitCode) => units.get(code)!.id;
  const personId = (key: FeaturedKey) => input.people.find((p) => p.key === key)!.id;

  const ratings = [
    ...input.ratings.map((r) => ({
      agencyId, personId: r.person.id, unitId: null, year: r.year, level: r.level, regime: r.regime, ratedInUnitId: unitId(r.unit),
      decisionNo: r.decisionNo, decidedOn: r.decidedOn, spiritAttested: r.spiritAttested, note: r.note,
    })),
    ...input.unitRatings.map((r) => ({
      agencyId, personId: null, unitId: unitId(r.unit), year: r.year, level: r.level, regime: 'ND90', ratedInUnitId: null,
      decisionNo: r.decisionNo, decidedOn: r.decidedOn, spiritAttested: true, note: '',
    })),
  ];

  const initiatives = achievements.initiatives.map(({ authors: _authors, ...i }) => ({ ...i, agencyId }));
  const initiativeAuthors = achievements.initiatives.flatMap((i) => i.authors.map((a) => ({ initiativeId: i.id, personId: a.person.id, sharePct: a.sharePct })));
  const tasks = [...achievements.tasks.values()];
  const scienceTasks = tasks.map(({ members: _members, ...t }) => ({ ...t, agencyId }));
  const scienceTaskMembers = tasks.flatMap((t) => t.members.map((m) => ({ taskId: t.id, personId: m.person.id, role: m.role.toUpperCase() })));

  const awards = input.awards.map((a) => ({
    id: a.id, agencyId, personId: a.person?.id ?? null, unitId: a.unit ? unitId(a.unit) : null, awardCode: a.awardCode, year: a.year,
    basisType: a.basisType, cstdcsBasis: a.cstdcsBasis, decisionNo: a.decisionNo, decidedOn: a.decidedOn, conferredBy: a.conferredBy, note: a.note,
  }));
  const awardBasisUses = input.awards.flatMap((a) => [
    ...a.initiatives.map((i) => ({ awardId: a.id, initiativeId: i.id, scienceTaskId: null })),
    ...a.tasks.map((t) => ({ awardId: a.id, initiativeId: null, scienceTaskId: t.id })),
  ]);

  const disciplines = input.disciplines.map(({ person, ...d }) => ({ ...d, agencyId, personId: personId(person) }));
  const inspections = input.inspections.map(({ persons: _p, units: _u, ...i }) => ({ ...i, id: randomUUID(), agencyId }));
  const inspectionSubjects = input.inspections.flatMap((i, n) => [
    ...i.persons.map((key) => ({ inspectionId: inspections[n]!.id, personId: personId(key), unitId: null })),
    ...i.units.map((code) => ({ inspectionId: inspections[n]!.id, personId: null, unitId: unitId(code) })),
  ]);

  return { ratings, initiatives, initiativeAuthors, scienceTasks, scienceTaskMembers, awards, awardBasisUses, disciplines, inspections, inspectionSubjects };
}
