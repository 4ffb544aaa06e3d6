/** Import plan for discipline decisions. */
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../db/audit-log';
import { disciplines } from '../../../db/schema';
import { DISCIPLINE_FORM_LABELS, type DisciplineForm } from '../../../domain/catalogue';
import { disciplinesImportSpec, personLabel } from '../../../documents/records-xlsx';
import { isoToVietnameseDate, lookupKey, type XlsxRowError } from '../../../documents/xlsx';
import { auditWho } from '../audit-actor';
import { chunks, resolvePersonRow, type Planner } from './import-context';

type Columns = ReturnType<typeof disciplinesImportSpec>['columns'];

/** The same decision: same person, form, decision number and date. */
const decisionKey = (personId: string, form: string, decisionNo: string, decidedOn: string) => `${personId}|${form}|${lookupKey(decisionNo)}|${decidedOn}`;

export const planDisciplines: Planner<Columns> = async (db, ctx, located, rows, opts) => {
  const errors: XlsxRowError[] = [];
  const drafts: { row: number; label: string; values: typeof disciplines.$inferInsert }[] = [];
  const existing = await db
    .select({ personId: disciplines.personId, form: disciplines.form, decisionNo: disciplines.decisionNo, decidedOn: disciplines.decidedOn })
    .from(disciplines)
    .where(eq(disciplines.agencyId, ctx.actor.agencyId));
  const recorded = new Set(existing.map((d) => decisionKey(d.personId, d.form, d.decisionNo, d.decidedOn)));
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.ok) continue;
    const v = r.values;
    const who = resolvePersonRow(ctx, located, r);
    if ('errors' in who) {
      errors.push(...who.errors);
      continue;
    }
    const key = decisionKey(who.person.id, v.form!, v.decisionNo ?? '', v.decidedOn!);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(located.errorAt(r.row, 'decisionNo', `quyết định này của ${who.person.fullName} đã có ở dòng ${first}.`));
      continue;
    }
    if (recorded.has(key)) {
      errors.push(located.errorAt(r.row, 'decisionNo', `quyết định kỷ luật này của ${who.person.fullName} đã có trong hệ thống.`));
      continue;
    }
    seen.set(key, r.row);
    drafts.push({
      row: r.row,
      label: personLabel(who.person),
      values: {
        agencyId: ctx.actor.agencyId, personId: who.person.id, form: v.form!, decisionNo: v.decisionNo ?? '', decidedOn: v.decidedOn!,
        effectiveFrom: v.effectiveFrom!, effectiveTo: v.effectiveTo!, dutyRelated: v.dutyRelated ?? true, reason: v.reason ?? '',
      },
    });
  }
  return {
    errors,
    count: drafts.length,
    preview: drafts.slice(0, 20).map((d) => ({
      row: d.row, person: d.label, form: DISCIPLINE_FORM_LABELS[d.values.form as DisciplineForm], decisionNo: d.values.decisionNo ?? '',
      effectiveFrom: isoToVietnameseDate(d.values.effectiveFrom), effectiveTo: isoToVietnameseDate(d.values.effectiveTo),
    })),
    async write(tx, progress) {
      const ids: string[] = [];
      const who = auditWho(ctx.actor);
      for (const part of chunks(drafts)) {
        const created = await tx.insert(disciplines).values(part.map((d) => d.values)).returning();
        for (const [k, d] of created.entries()) {
          await appendAudit(tx, { ...who, event: 'discipline.created', entityId: d.id, data: { after: { ...d, importJobId: opts.jobId, importRow: part[k]!.row } } });
        }
        ids.push(...created.map((d) => d.id));
        await progress(ids.length);
      }
      return { created: ids.length, updated: 0, ids };
    },
  };
};
