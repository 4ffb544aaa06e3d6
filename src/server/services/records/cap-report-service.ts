import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { units } from '../../../db/schema';
import { personRatingsOfYear, unitRatingsOfYear } from '../../../db/queries/records/ratings';
import { checkExcellentShare, excellentShareRegimes, type ExcellentShareUnit } from '../../../domain/eligibility';
import { scopeCovers, type Scope } from '../../../domain/policies';
import { RATING_LEVELS, RATING_REGIME_IDS, RATING_REGIME_LABELS, type RatingLevel, type RatingRegimeId } from '../../../domain/catalogue/codes';
import { catalogueStaffCategory } from '../../../domain/records/rating-regime';
import type { CapReport } from '../../../shared/schemas/records';
import { settingsForYear } from './settings';

const isLevel = (l: string): l is RatingLevel => (RATING_LEVELS as readonly string[]).includes(l);

/**
 * The HTXSNV cap of a year, per unit and staff group: the number rated HTXSNV against the cap
 * computed by the engine (checkExcellentShare, settings eval.xsCapPct / eval.xsCapPctOutstandingUnit /
 * eval.xsCapBase / roundingMode — rounding UNCONFIRMED). People are grouped by the unit they were
 * rated in. Units outside the reader's scope are left out.
 */
export async function buildCapReport(db: Db, scope: Scope | null, agencyId: string, year: number): Promise<CapReport> {
  const settings = await settingsForYear(db, agencyId, year);
  const [people, unitLevels, unitRows] = [
    await personRatingsOfYear(db, agencyId, year),
    await unitRatingsOfYear(db, agencyId, year),
    await db.select().from(units).where(eq(units.agencyId, agencyId)),
  ];
  const unitById = new Map(unitRows.map((u) => [u.id, u]));
  const groups = new Map<string, ExcellentShareUnit & { regimes: Set<string> }>();
  for (const r of people) {
    if (!isLevel(r.level)) continue;
    const unit = unitById.get(r.unitId);
    if (!unit || !scope || !scopeCovers(scope, { agencyId, unitId: unit.id })) continue;
    const staffCategory = catalogueStaffCategory(r.staffCategory);
    const key = `${unit.id}|${staffCategory}`;
    let g = groups.get(key);
    if (!g) {
      const unitLevel = unitLevels.get(unit.id);
      g = { unitId: unit.id, name: unit.name, staffCategory, year, unitLevel: unitLevel && isLevel(unitLevel) ? unitLevel : undefined, ratings: [], regimes: new Set() };
      groups.set(key, g);
    }
    g.ratings.push({ personId: r.personId, level: r.level });
    g.regimes.add(r.regime);
  }
  const inputs: ExcellentShareUnit[] = [...groups.values()].map(({ regimes, ...g }) => {
    // The group's regime when its ratings agree on one; otherwise the engine infers it from category and year.
    const only = regimes.size === 1 ? [...regimes][0]! : null;
    return only && (RATING_REGIME_IDS as readonly string[]).includes(only) ? { ...g, regime: only as RatingRegimeId } : g;
  });
  const results = checkExcellentShare(inputs, settings);
  const byUnit = new Map<string, CapReport['units'][number]>();
  results.forEach((res, i) => {
    const input = inputs[i]!;
    const unit = unitById.get(res.unitId)!;
    const row = byUnit.get(unit.id) ?? {
      unitId: unit.id, unitCode: unit.code, unitName: unit.name, unitRating: unitLevels.get(unit.id) ?? null,
      rated: 0, excellent: 0, over: false, groups: [],
    };
    row.rated += input.ratings.length;
    row.excellent += res.excellent;
    row.over ||= !res.ok;
    row.groups.push({
      staffCategory: input.staffCategory, regime: res.regime, rated: input.ratings.length, excellent: res.excellent, base: res.base,
      capPct: res.capPct, cap: res.cap, over: !res.ok, excess: res.excess, detail: res.detail, citation: res.citation,
    });
    byUnit.set(unit.id, row);
  });
  const rows = [...byUnit.values()].sort((a, b) => {
    const ua = unitById.get(a.unitId)!;
    const ub = unitById.get(b.unitId)!;
    return ua.sortOrder - ub.sortOrder || ua.name.localeCompare(ub.name, 'vi');
  });
  return {
    year,
    settings: {
      xsCapPct: settings['eval.xsCapPct'],
      xsCapPctOutstandingUnit: settings['eval.xsCapPctOutstandingUnit'],
      xsCapBase: settings['eval.xsCapBase'],
      roundingMode: settings.roundingMode,
      roundingConfirmed: false,
    },
    regimes: excellentShareRegimes(year, settings).map((r) => ({ ...r, regimeName: r.regime ? RATING_REGIME_LABELS[r.regime] : null })),
    units: rows,
    overCapUnits: rows.filter((r) => r.over).length,
  };
}
