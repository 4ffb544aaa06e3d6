/**
 * The demo dataset: a fictional Sở Khoa học và Công nghệ tỉnh Lạng Sơn with ~150 staff, their
 * history and seven years (2019–2025) of ratings, awards, initiatives, S&T tasks and checks.
 * Planned in memory from a seeded PRNG (same data on every start), then written in one transaction.
 */
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { appendAudit } from '../../db/audit-log';
import * as t from '../../db/schema';
import { hashPassword } from '../services/passwords';
import { DEMO_PASSWORD, planAccounts } from './accounts';
import { planAchievements } from './achievements';
import { planAttestations } from './attestations';
import { planAwards } from './awards';
import { planDisciplines, planInspections } from './checks';
import { planCouncil } from './council';
import { createDecisionNumbers } from './decisions';
import { createRng, DEMO_SEED } from './names';
import { DEMO_AGENCY, DEMO_NOTICE, planUnits, unitRows } from './organisation';
import { assignmentRows, personRows, planPeople } from './people';
import { planPersonRatings, planUnitRatings } from './ratings';
import { recordRows } from './records';
import { seedDemoProposals } from './proposals';
import { systemClock, type Clock } from '../platform/clock';

export { DEMO_PASSWORD } from './accounts';

/** Everything the demo contains, without touching the database. */
export function planDemo() {
  const rng = createRng(DEMO_SEED);
  const decisionNo = createDecisionNumbers();
  const units = planUnits();
  const people = planPeople(rng, units);
  const ratings = planPersonRatings(rng, people, units, decisionNo);
  const unitRatings = planUnitRatings(units, decisionNo);
  const achievements = planAchievements(rng, people, units, decisionNo, ratings);
  const disciplines = planDisciplines(decisionNo);
  const inspections = planInspections(decisionNo);
  const awards = planAwards({ rng, people, units, ratings, unitRatings, achievements, disciplines, decisionNo });
  const council = planCouncil(people, decisionNo);
  const accounts = planAccounts(people);
  const attestations = planAttestations({ people, units, ratings, disciplines, council });
  return { units, people, ratings, unitRatings, achievements, disciplines, inspections, awards, council, accounts, attestations };
}

async function insertAll<T extends PgTable>(tx: Db, table: T, rows: PgInsertValue<T>[]) {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(table).values(rows.slice(i, i + 500));
}

/** `clock`: the demo's today (the review round's deadline is a few working days after it). */
export async function seedDemo(db: Db, options: { clock?: Clock } = {}): Promise<{ username: string; label: string }[]> {
  const plan = planDemo();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const agencyId = randomUUID();
  const { units, people, council, accounts } = plan;
  const records = recordRows({ agencyId, ...plan });
  const rows = {
    units: unitRows(units, agencyId),
    persons: personRows(people, units, agencyId),
    assignments: assignmentRows(people, units),
    users: accounts.map((a) => ({ id: a.id, agencyId, username: a.username, displayName: a.displayName, passwordHash, personId: a.person?.id ?? null, isDemo: true })),
    userRoles: accounts.map((a) => ({ userId: a.id, role: a.role, unitId: a.unit ? units.get(a.unit)!.id : null })),
    councilMembers: council.members.map((m) => ({ councilId: council.id, personId: m.person.id, role: m.role, fromDate: m.fromDate })),
    attestations: plan.attestations.map((a) => ({
      agencyId, personId: a.person.id, year: a.year, key: a.key, value: a.value, attestedBy: a.attestedBy, attestedOn: a.attestedOn, basis: a.basis, note: a.note,
      recordedByName: 'Văn phòng Sở (dữ liệu trình diễn)',
    })),
    ...records,
  };

  await db.transaction(async (tx) => {
    await tx.insert(t.agencies).values({ id: agencyId, ...DEMO_AGENCY });
    await insertAll(tx, t.units, rows.units);
    await insertAll(tx, t.persons, rows.persons);
    await insertAll(tx, t.personAssignments, rows.assignments);
    await insertAll(tx, t.users, rows.users);
    await insertAll(tx, t.userRoles, rows.userRoles);
    await tx.insert(t.councils).values({ id: council.id, agencyId, name: council.name, termStart: council.termStart, termEnd: council.termEnd, decisionNo: council.decisionNo, decidedOn: council.decidedOn });
    await insertAll(tx, t.councilMembers, rows.councilMembers);
    await insertAll(tx, t.ratings, rows.ratings);
    await insertAll(tx, t.initiatives, rows.initiatives);
    await insertAll(tx, t.initiativeAuthors, rows.initiativeAuthors);
    await insertAll(tx, t.scienceTasks, rows.scienceTasks);
    await insertAll(tx, t.scienceTaskMembers, rows.scienceTaskMembers);
    await insertAll(tx, t.awards, rows.awards);
    await insertAll(tx, t.awardBasisUses, rows.awardBasisUses);
    await insertAll(tx, t.disciplines, rows.disciplines);
    await insertAll(tx, t.inspections, rows.inspections);
    await insertAll(tx, t.inspectionSubjects, rows.inspectionSubjects);
    await insertAll(tx, t.attestations, rows.attestations);
    const counts = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length]));
    await appendAudit(tx, {
      agencyId, actorId: null, actorName: 'hệ thống', event: 'demo.seeded', entityId: agencyId,
      data: { note: DEMO_NOTICE, agency: DEMO_AGENCY.name, counts: { ...counts, councils: 1 } },
    });
  });
  // The 2025 review round and its proposals, through the proposals use cases (after the records exist).
  await seedDemoProposals({ db, agencyId, units, passwordHash, clock: options.clock ?? systemClock });
  return accounts.map((a) => ({ username: a.username, label: a.label }));
}
