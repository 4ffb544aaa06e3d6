import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit-log';
import { ratings } from '../../../db/schema';
import { findRatingFor, getRating } from '../../../db/queries/records/ratings';
import type { Actor } from '../../../domain/auth/roles';
import type { Scope } from '../../../domain/policies';
import { RATING_LEVEL_LABELS, type RatingLevel } from '../../../domain/catalogue/codes';
import { defaultPersonRatingRegime, defaultUnitRatingRegime } from '../../../domain/records/rating-regime';
import type { RatingInput, RatingUpdate } from '../../../shared/schemas/records';
import { AppError, notFound } from '../../errors';
import { auditWho } from '../audit-actor';
import { isUniqueViolation } from './db-errors';
import { settingsForYear } from './settings';
import { personAssignmentInYear, requireAgencyUnit, requirePerson, requireUnit } from './subjects';
import { unchanged } from '../no-op';

const levelLabel = (level: string) => RATING_LEVEL_LABELS[level as RatingLevel] ?? level;

function duplicate(subjectName: string, year: number, existing: { id: string; level: string }) {
  return new AppError(
    'CONFLICT',
    `${subjectName} đã có xếp loại năm ${year} (${levelLabel(existing.level)}). Mỗi năm chỉ có một kết quả xếp loại: hãy sửa bản ghi đã có.`,
    [{ path: 'year', field: 'Năm', message: `Đã có xếp loại năm ${year}` }],
    { existingId: existing.id },
  );
}

/** The values to store for a new rating (defaults filled from the person's history), after scope checks. */
async function prepareRating(db: Db, actor: Actor, scope: Scope | null, input: RatingInput) {
  if (input.personId) {
    const person = await requirePerson(db, actor, scope, input.personId);
    const held = await personAssignmentInYear(db, person.id, input.year);
    if (input.ratedInUnitId) await requireAgencyUnit(db, actor, input.ratedInUnitId, 'ratedInUnitId', 'Đơn vị khi xếp loại');
    return {
      subjectName: `Cán bộ ${person.fullName}`,
      values: {
        agencyId: actor.agencyId,
        personId: person.id,
        unitId: null,
        year: input.year,
        level: input.level,
        regime: input.regime ?? defaultPersonRatingRegime(held?.staffCategory ?? person.staffCategory, input.year, await settingsForYear(db, actor.agencyId, input.year)),
        ratedInUnitId: input.ratedInUnitId ?? held?.unitId ?? person.unitId,
        decisionNo: input.decisionNo,
        decidedOn: input.decidedOn ?? null,
        spiritAttested: input.spiritAttested,
        note: input.note,
      },
    };
  }
  const unit = await requireUnit(db, actor, scope, input.unitId!);
  return {
    subjectName: `Đơn vị ${unit.name}`,
    values: {
      agencyId: actor.agencyId,
      personId: null,
      unitId: unit.id,
      year: input.year,
      level: input.level,
      regime: input.regime ?? defaultUnitRatingRegime(unit.kind, input.year),
      ratedInUnitId: null,
      decisionNo: input.decisionNo,
      decidedOn: input.decidedOn ?? null,
      spiritAttested: input.spiritAttested,
      note: input.note,
    },
  };
}

/** A rating is unique per person-year (and unit-year): a second one is a 409 naming the existing one. */
export async function createRating(db: Db, actor: Actor, scope: Scope | null, input: RatingInput) {
  const { subjectName, values } = await prepareRating(db, actor, scope, input);
  try {
    return await db.transaction(async (tx) => {
      const existing = await findRatingFor(tx, values, values.year);
      if (existing) throw duplicate(subjectName, values.year, existing);
      const [created] = await tx.insert(ratings).values(values).returning();
      await appendAudit(tx, { ...auditWho(actor), event: 'rating.created', entityId: created!.id, data: { after: created } });
      return created!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      const existing = await findRatingFor(db, values, values.year);
      if (existing) throw duplicate(subjectName, values.year, existing);
    }
    throw err;
  }
}

export async function updateRating(db: Db, actor: Actor, scope: Scope | null, id: string, input: RatingUpdate) {
  const visible = await getRating(db, scope, id);
  if (!visible) throw notFound('kết quả xếp loại');
  if (unchanged(visible, input)) return visible;
  if (input.ratedInUnitId) {
    if (visible.subject === 'unit') throw new AppError('VALIDATION', 'Xếp loại của tập thể không có "Đơn vị khi xếp loại".', [{ path: 'ratedInUnitId', field: 'Đơn vị khi xếp loại', message: 'Chỉ dùng cho xếp loại cá nhân' }]);
    await requireAgencyUnit(db, actor, input.ratedInUnitId, 'ratedInUnitId', 'Đơn vị khi xếp loại');
  }
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(ratings).where(eq(ratings.id, id));
    const [after] = await tx.update(ratings).set({ ...changes, updatedAt: new Date() }).where(eq(ratings.id, id)).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'rating.updated', entityId: id, data: { before, after } });
    return after!;
  });
}

/** Ratings are not referenced by other records: deleting one is allowed and audited. */
export async function deleteRating(db: Db, actor: Actor, scope: Scope | null, id: string) {
  const visible = await getRating(db, scope, id);
  if (!visible) throw notFound('kết quả xếp loại');
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(ratings).where(eq(ratings.id, id)).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'rating.deleted', entityId: id, data: { before } });
  });
  return { ok: true as const };
}
