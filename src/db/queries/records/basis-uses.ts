import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../client';
import { awardBasisUses, awards, initiatives, scienceTasks } from '../../schema';
import { groupBy } from './common';

export interface BasisUse {
  awardId: string;
  awardCode: string;
  year: number;
  decisionNo: string;
  personId: string | null;
  unitId: string | null;
}

const useColumns = {
  awardId: awards.id,
  awardCode: awards.awardCode,
  year: awards.year,
  decisionNo: awards.decisionNo,
  personId: awards.personId,
  unitId: awards.unitId,
};

/** Awards that used each of these initiatives as their basis. */
export async function usesOfInitiatives(db: Db, ids: readonly string[]): Promise<Map<string, BasisUse[]>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ ...useColumns, initiativeId: awardBasisUses.initiativeId })
    .from(awardBasisUses)
    .innerJoin(awards, eq(awards.id, awardBasisUses.awardId))
    .where(inArray(awardBasisUses.initiativeId, [...ids]));
  return new Map([...groupBy(rows, (r) => r.initiativeId!)].map(([k, v]) => [k, v.map(({ initiativeId: _, ...u }) => u)]));
}

/** Awards that used each of these S&T tasks as their basis. */
export async function usesOfScienceTasks(db: Db, ids: readonly string[]): Promise<Map<string, BasisUse[]>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ ...useColumns, scienceTaskId: awardBasisUses.scienceTaskId })
    .from(awardBasisUses)
    .innerJoin(awards, eq(awards.id, awardBasisUses.awardId))
    .where(inArray(awardBasisUses.scienceTaskId, [...ids]));
  return new Map([...groupBy(rows, (r) => r.scienceTaskId!)].map(([k, v]) => [k, v.map(({ scienceTaskId: _, ...u }) => u)]));
}

/** The basis (initiatives, S&T tasks, with titles) of some awards. */
export async function basisOfAwards(db: Db, awardIds: readonly string[]) {
  type Basis = { kind: 'initiative' | 'science_task'; id: string; title: string };
  const out = new Map<string, Basis[]>();
  if (!awardIds.length) return out;
  const rows = await db
    .select({
      awardId: awardBasisUses.awardId,
      initiativeId: awardBasisUses.initiativeId,
      initiativeTitle: initiatives.title,
      scienceTaskId: awardBasisUses.scienceTaskId,
      scienceTaskTitle: scienceTasks.title,
    })
    .from(awardBasisUses)
    .leftJoin(initiatives, eq(initiatives.id, awardBasisUses.initiativeId))
    .leftJoin(scienceTasks, eq(scienceTasks.id, awardBasisUses.scienceTaskId))
    .where(inArray(awardBasisUses.awardId, [...awardIds]));
  for (const r of rows) {
    const list = out.get(r.awardId) ?? [];
    if (r.initiativeId) list.push({ kind: 'initiative', id: r.initiativeId, title: r.initiativeTitle ?? '' });
    if (r.scienceTaskId) list.push({ kind: 'science_task', id: r.scienceTaskId, title: r.scienceTaskTitle ?? '' });
    out.set(r.awardId, list);
  }
  return out;
}
