/** Import plans for ratings of people and of units: one rating per subject and year. */
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit-log';
import { ratings } from '../../../db/schema';
import type { Actor } from '../../../domain/auth/roles';
import { RATING_LEVEL_LABELS, type RatingLevel } from '../../../domain/catalogue/codes';
import { defaultPersonRatingRegime, defaultUnitRatingRegime } from '../../../domain/records/rating-regime';
import { assignmentInYear } from '../../../domain/records/unit-in-year';
import { personLabel, ratingsImportSpec, unitRatingsImportSpec } from '../../../documents/records-xlsx';
import { isoToVietnameseDate, type XlsxRowError } from '../../../documents/xlsx';
import { auditWho } from '../audit-actor';
import { chunks, resolvePersonRow, type ImportPlan, type Planner } from './import-context';

type RatingValues = typeof ratings.$inferInsert;
interface Draft {
  row: number;
  values: RatingValues;
  existingId: string | null;
  label: string;
}

const levelLabel = (l: string) => RATING_LEVEL_LABELS[l as RatingLevel] ?? l;

/** Existing ratings of the subjects and years of the file: `${subjectId}|${year}` → rating. */
async function existingRatings(db: Db, agencyId: string, kind: 'person' | 'unit', years: number[]) {
  if (!years.length) return new Map<string, { id: string; level: string }>();
  const rows = await db
    .select({ id: ratings.id, personId: ratings.personId, unitId: ratings.unitId, year: ratings.year, level: ratings.level })
    .from(ratings)
    .where(and(eq(ratings.agencyId, agencyId), inArray(ratings.year, years), kind === 'person' ? isNotNull(ratings.personId) : isNull(ratings.personId)));
  return new Map(rows.map((r) => [`${kind === 'person' ? r.personId : r.unitId}|${r.year}`, { id: r.id, level: r.level }]));
}

/** Checks duplicates in the file and in the database, then returns the plan that writes the drafts. */
function planOf(
  drafts: Draft[], errors: XlsxRowError[], actor: Actor, jobId: string,
  preview: (d: Draft) => Record<string, string | number | boolean | null>,
): ImportPlan {
  return {
    errors,
    count: drafts.length,
    preview: drafts.slice(0, 20).map(preview),
    async write(tx, progress) {
      const ids: string[] = [];
      let created = 0;
      let updated = 0;
      const who = auditWho(actor);
      for (const part of chunks(drafts.filter((d) => !d.existingId))) {
        const rows = await tx.insert(ratings).values(part.map((d) => d.values)).returning();
        for (const [k, r] of rows.entries()) {
          await appendAudit(tx, { ...who, event: 'rating.created', entityId: r.id, data: { after: { ...r, importJobId: jobId, importRow: part[k]!.row } } });
        }
        ids.push(...rows.map((r) => r.id));
        created += rows.length;
        await progress(created + updated);
      }
      for (const d of drafts.filter((x) => x.existingId)) {
        const [before] = await tx.select().from(ratings).where(eq(ratings.id, d.existingId!));
        const { agencyId: _a, personId: _p, unitId: _u, year: _y, ...changes } = d.values;
        const [after] = await tx.update(ratings).set({ ...changes, updatedAt: new Date() }).where(eq(ratings.id, d.existingId!)).returning();
        await appendAudit(tx, { ...who, event: 'rating.updated', entityId: d.existingId!, data: { before, after: { ...after, importJobId: jobId, importRow: d.row } } });
        ids.push(d.existingId!);
        updated++;
        if (updated % 50 === 0) await progress(created + updated);
      }
      return { created, updated, ids };
    },
  };
}

export const planPersonRatings: Planner<ReturnType<typeof ratingsImportSpec>['columns']> = async (db, ctx, located, rows, opts) => {
  const errors: XlsxRowError[] = [];
  const drafts: Draft[] = [];
  const years = [...new Set(rows.map((r) => r.values.year).filter((y): y is number => y !== null))];
  const existing = await existingRatings(db, ctx.actor.agencyId, 'person', years);
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.ok) continue;
    const who = resolvePersonRow(ctx, located, r);
    if ('errors' in who) {
      errors.push(...who.errors);
      continue;
    }
    const v = r.values;
    const year = v.year!;
    const key = `${who.person.id}|${year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(located.errorAt(r.row, 'year', `${who.person.fullName} đã có ở dòng ${first} cùng năm ${year}.`));
      continue;
    }
    seen.set(key, r.row);
    const before = existing.get(key);
    if (before && !opts.replace) {
      errors.push(located.errorAt(r.row, 'year', `${who.person.fullName} đã có xếp loại năm ${year} trong hệ thống (${levelLabel(before.level)}). Chọn "ghi đè kết quả đã có" nếu muốn thay.`));
      continue;
    }
    const held = assignmentInYear(ctx.assignments.get(who.person.id) ?? [], year);
    const person = ctx.people.get(who.person.id)!;
    drafts.push({
      row: r.row,
      existingId: before?.id ?? null,
      label: personLabel(person),
      values: {
        agencyId: ctx.actor.agencyId, personId: person.id, unitId: null, year, level: v.level!,
        regime: defaultPersonRatingRegime(held?.staffCategory ?? person.staffCategory, year, await ctx.settingsFor(year)),
        ratedInUnitId: who.unit?.id ?? held?.unitId ?? person.unitId,
        decisionNo: v.decisionNo ?? '', decidedOn: v.decidedOn, note: v.note ?? '',
      },
    });
  }
  const unitName = new Map(ctx.units.map((u) => [u.id, u.name]));
  return planOf(drafts, errors, ctx.actor, opts.jobId, (d) => ({
    row: d.row, person: d.label, unit: unitName.get(d.values.ratedInUnitId ?? '') ?? '', year: d.values.year, level: levelLabel(d.values.level),
    decisionNo: d.values.decisionNo ?? '', decidedOn: isoToVietnameseDate(d.values.decidedOn), replaces: !!d.existingId,
  }));
};

export const planUnitRatings: Planner<ReturnType<typeof unitRatingsImportSpec>['columns']> = async (db, ctx, located, rows, opts) => {
  const errors: XlsxRowError[] = [];
  const drafts: Draft[] = [];
  const years = [...new Set(rows.map((r) => r.values.year).filter((y): y is number => y !== null))];
  const existing = await existingRatings(db, ctx.actor.agencyId, 'unit', years);
  const kinds = new Map(ctx.units.map((u) => [u.id, u.kind]));
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.ok) continue;
    const v = r.values;
    const unit = ctx.findUnit(v.unit!);
    if (!unit.ok) {
      errors.push(located.errorAt(r.row, 'unit', unit.message));
      continue;
    }
    const year = v.year!;
    const key = `${unit.value.id}|${year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(located.errorAt(r.row, 'year', `${unit.value.name} đã có ở dòng ${first} cùng năm ${year}.`));
      continue;
    }
    seen.set(key, r.row);
    const before = existing.get(key);
    if (before && !opts.replace) {
      errors.push(located.errorAt(r.row, 'year', `${unit.value.name} đã có xếp loại năm ${year} trong hệ thống (${levelLabel(before.level)}). Chọn "ghi đè kết quả đã có" nếu muốn thay.`));
      continue;
    }
    drafts.push({
      row: r.row,
      existingId: before?.id ?? null,
      label: unit.value.name,
      values: {
        agencyId: ctx.actor.agencyId, personId: null, unitId: unit.value.id, year, level: v.level!,
        regime: defaultUnitRatingRegime(kinds.get(unit.value.id) ?? 'division', year), ratedInUnitId: null,
        decisionNo: v.decisionNo ?? '', decidedOn: v.decidedOn, note: v.note ?? '',
      },
    });
  }
  return planOf(drafts, errors, ctx.actor, opts.jobId, (d) => ({
    row: d.row, unit: d.label, year: d.values.year, level: levelLabel(d.values.level), decisionNo: d.values.decisionNo ?? '',
    decidedOn: isoToVietnameseDate(d.values.decidedOn), replaces: !!d.existingId,
  }));
};
