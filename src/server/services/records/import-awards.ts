/** Import plan for awards received in past years (history): people by code/name, collectives by unit. */
import { and, eq, inArray } from 'drizzle-orm';
import { appendAudit } from '../../../db/audit-log';
import { awards } from '../../../db/schema';
import { AWARD_LABELS, BASIS_TYPE_LABELS, findAward } from '../../../domain/catalogue';
import { awardsImportSpec, conferrerOf, personLabel } from '../../../documents/records-xlsx';
import { isoToVietnameseDate, type XlsxRowError } from '../../../documents/xlsx';
import { auditWho } from '../audit-actor';
import { chunks, resolvePersonRow, type Planner } from './import-context';

type Columns = ReturnType<typeof awardsImportSpec>['columns'];

export const planAwards: Planner<Columns> = async (db, ctx, located, rows, opts) => {
  const errors: XlsxRowError[] = [];
  const drafts: { row: number; label: string; values: typeof awards.$inferInsert }[] = [];
  const years = [...new Set(rows.map((r) => r.values.year).filter((y): y is number => y !== null))];
  const existing = years.length
    ? await db
        .select({ personId: awards.personId, unitId: awards.unitId, awardCode: awards.awardCode, year: awards.year, decisionNo: awards.decisionNo })
        .from(awards)
        .where(and(eq(awards.agencyId, ctx.actor.agencyId), inArray(awards.year, years)))
    : [];
  const recorded = new Map(existing.map((a) => [`${a.personId ?? a.unitId}|${a.awardCode}|${a.year}`, a]));
  const seen = new Map<string, number>();

  for (const r of rows) {
    if (!r.ok) continue;
    const v = r.values;
    let subject: { personId: string | null; unitId: string | null; id: string; name: string; label: string };
    if (v.code || v.fullName) {
      const who = resolvePersonRow(ctx, located, r);
      if ('errors' in who) {
        errors.push(...who.errors);
        continue;
      }
      subject = { personId: who.person.id, unitId: null, id: who.person.id, name: who.person.fullName, label: personLabel(who.person) };
    } else {
      const unit = ctx.findUnit(v.unit!);
      if (!unit.ok) {
        errors.push(located.errorAt(r.row, 'unit', unit.message));
        continue;
      }
      subject = { personId: null, unitId: unit.value.id, id: unit.value.id, name: unit.value.name, label: unit.value.name };
    }
    const code = v.awardCode!;
    const year = v.year!;
    const entry = findAward(code, v.decidedOn ?? `${year}-12-31`);
    if (entry.target === 'individual' && !subject.personId) {
      errors.push(located.errorAt(r.row, 'awardCode', `"${entry.nameVi}" chỉ tặng cho cá nhân: hãy ghi Mã cán bộ hoặc Họ và tên.`));
      continue;
    }
    if (entry.target === 'collective' && !subject.unitId) {
      errors.push(located.errorAt(r.row, 'awardCode', `"${entry.nameVi}" chỉ tặng cho tập thể: chỉ ghi Đơn vị, để trống Mã cán bộ và Họ và tên.`));
      continue;
    }
    if (entry.frequency === 'yearly') {
      const key = `${subject.id}|${code}|${year}`;
      const first = seen.get(key);
      const inDb = recorded.get(key);
      if (first !== undefined) {
        errors.push(located.errorAt(r.row, 'awardCode', `${subject.name} đã có "${entry.nameVi}" năm ${year} ở dòng ${first}.`));
        continue;
      }
      if (inDb) {
        errors.push(located.errorAt(r.row, 'awardCode', `${subject.name} đã có "${entry.nameVi}" năm ${year} trong hệ thống${inDb.decisionNo ? ` (quyết định số ${inDb.decisionNo})` : ''}.`));
        continue;
      }
      seen.set(key, r.row);
    }
    drafts.push({
      row: r.row,
      label: subject.label,
      values: {
        agencyId: ctx.actor.agencyId, personId: subject.personId, unitId: subject.unitId, awardCode: code, year,
        basisType: v.basisType ?? 'CONG_TRANG', decisionNo: v.decisionNo ?? '', decidedOn: v.decidedOn,
        conferredBy: v.conferredBy ? conferrerOf(v.conferredBy) : entry.conferrer, source: 'import', note: v.note ?? '',
      },
    });
  }

  return {
    errors,
    count: drafts.length,
    preview: drafts.slice(0, 20).map((d) => ({
      row: d.row, subject: d.label, award: AWARD_LABELS[d.values.awardCode as keyof typeof AWARD_LABELS], year: d.values.year,
      basisType: BASIS_TYPE_LABELS[d.values.basisType as keyof typeof BASIS_TYPE_LABELS], decisionNo: d.values.decisionNo ?? '',
      decidedOn: isoToVietnameseDate(d.values.decidedOn),
    })),
    async write(tx, progress) {
      const ids: string[] = [];
      const who = auditWho(ctx.actor);
      for (const part of chunks(drafts)) {
        const created = await tx.insert(awards).values(part.map((d) => d.values)).returning();
        for (const [k, a] of created.entries()) {
          await appendAudit(tx, { ...who, event: 'award.created', entityId: a.id, data: { after: { ...a, importJobId: opts.jobId, importRow: part[k]!.row } } });
        }
        ids.push(...created.map((a) => a.id));
        await progress(ids.length);
      }
      return { created: ids.length, updated: 0, ids };
    },
  };
};
