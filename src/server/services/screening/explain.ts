import { and, eq } from 'drizzle-orm';
import { format } from 'date-fns';
import type { Db } from '../../../db/client';
import { loadCaseData } from '../../../db/queries/records/case-data';
import { agencySettingsAt } from '../records/settings';
import { getPerson, unitOfPersonOn } from '../../../db/queries/people';
import { units } from '../../../db/schema';
import { findAward, type BasisType, type EvaluableAward } from '../../../domain/catalogue';
import { evaluateMany, type Verdict } from '../../../domain/eligibility';
import { scopeCovers, type Scope } from '../../../domain/policies';
import { notFound } from '../../errors';
import { personCase, unitCase } from './build-cases';
import { COLLECTIVE_SCREENING_AWARDS, INDIVIDUAL_SCREENING_AWARDS } from './screen';

export interface ExplainOptions {
  year: number;
  award?: EvaluableAward;
  asOf?: string;
  /** The basis the award is asked on (a proposal's candidate); default công trạng. */
  basisType?: BasisType;
}

const awardsFor = (target: 'individual' | 'collective', award: EvaluableAward | undefined, year: number) => {
  if (!award) return target === 'individual' ? [...INDIVIDUAL_SCREENING_AWARDS, 'GK_SO' as const] : [...COLLECTIVE_SCREENING_AWARDS, 'GK_SO' as const];
  const t = findAward(award, `${year}-12-31`).target;
  return t === target || t === 'both' ? [award] : [];
};

/** Full verdicts (every criterion line with its article) for one person and a year. */
export async function explainPerson(db: Db, scope: Scope | null, agencyId: string, personId: string, opts: ExplainOptions) {
  const person = await getPerson(db, scope, personId);
  if (!person) throw notFound('cán bộ');
  const asOf = opts.asOf ?? format(new Date(), 'yyyy-MM-dd');
  const held = await unitOfPersonOn(db, personId, `${opts.year}-12-31`);
  const [data, settings] = await Promise.all([
    loadCaseData(db, { agencyId, year: opts.year, unitId: held?.unitId ?? person.unitId }),
    agencySettingsAt(db, agencyId, asOf),
  ]);
  const c = personCase(data, personId, { year: opts.year, asOf });
  if (c && opts.basisType) c.basisType = opts.basisType;
  const verdicts: Verdict[] = c ? evaluateMany([c], awardsFor('individual', opts.award, opts.year), settings)[0] ?? [] : [];
  const unitId = held?.unitId ?? null;
  return {
    person: { id: person.id, fullName: person.fullName, code: person.code, unitName: person.unitName },
    year: opts.year,
    asOf,
    unitInYear: unitId ? { id: unitId, name: data.units.get(unitId)?.name ?? '' } : null,
    verdicts,
  };
}

export async function explainUnit(db: Db, scope: Scope | null, agencyId: string, unitId: string, opts: ExplainOptions) {
  const [unit] = await db.select().from(units).where(and(eq(units.id, unitId), eq(units.agencyId, agencyId)));
  if (!unit || !scope || (scope.kind !== 'agency' && !scopeCovers(scope, { agencyId, unitId }))) throw notFound('đơn vị');
  const asOf = opts.asOf ?? format(new Date(), 'yyyy-MM-dd');
  const [data, settings] = await Promise.all([loadCaseData(db, { agencyId, year: opts.year, unitId }), agencySettingsAt(db, agencyId, asOf)]);
  const c = unitCase(data, unitId, { year: opts.year, asOf });
  if (c && opts.basisType) c.basisType = opts.basisType;
  const verdicts: Verdict[] = c ? evaluateMany([c], awardsFor('collective', opts.award, opts.year), settings)[0] ?? [] : [];
  return { unit: { id: unit.id, name: unit.name, code: unit.code }, year: opts.year, asOf, verdicts };
}
