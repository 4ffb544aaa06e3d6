/**
 * Import plan for initiatives: one row per author; rows with the same name, decision number and
 * recognition date are one initiative, whose own columns must agree across its rows.
 */
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../db/audit-log';
import { initiativeAuthors, initiatives } from '../../../db/schema';
import { INITIATIVE_SCOPE_LABELS, type InitiativeScope } from '../../../domain/catalogue';
import { initiativesImportSpec, personLabel } from '../../../documents/records-xlsx';
import { isoToVietnameseDate, lookupKey, type ParsedRow, type XlsxRowError } from '../../../documents/xlsx';
import { auditWho } from '../audit-actor';
import { resolvePersonRow, type Planner } from './import-context';

type Columns = ReturnType<typeof initiativesImportSpec>['columns'];

interface Group {
  key: string;
  first: ParsedRow<Columns>;
  authors: { row: number; personId: string; label: string; sharePct: number | null }[];
}

/** Columns describing the initiative itself: every row of a group must say the same. */
const SHARED = ['recognizedBy', 'impactScope', 'appliedEffectively', 'replicable'] as const;

export const planInitiatives: Planner<Columns> = async (db, ctx, located, rows, opts) => {
  const errors: XlsxRowError[] = [];
  const existing = await db.select({ title: initiatives.title, recognizedOn: initiatives.recognizedOn }).from(initiatives).where(eq(initiatives.agencyId, ctx.actor.agencyId));
  const recorded = new Set(existing.map((i) => `${lookupKey(i.title)}|${i.recognizedOn}`));
  const groups = new Map<string, Group>();

  for (const r of rows) {
    if (!r.ok) continue;
    const v = r.values;
    const who = resolvePersonRow(ctx, located, r);
    if ('errors' in who) {
      errors.push(...who.errors);
      continue;
    }
    const key = `${lookupKey(v.title!)}|${lookupKey(v.decisionNo ?? '')}|${v.recognizedOn}`;
    let g = groups.get(key);
    if (!g) {
      if (recorded.has(`${lookupKey(v.title!)}|${v.recognizedOn}`)) {
        errors.push(located.errorAt(r.row, 'title', `sáng kiến "${v.title}" công nhận ngày ${isoToVietnameseDate(v.recognizedOn)} đã có trong hệ thống.`));
        continue;
      }
      g = { key, first: r, authors: [] };
      groups.set(key, g);
    }
    const differing = SHARED.filter((c) => v[c] !== g.first.values[c]);
    for (const c of differing) errors.push(located.errorAt(r.row, c, `khác với dòng ${g.first.row} của cùng sáng kiến.`));
    const twin = g.authors.find((a) => a.personId === who.person.id);
    if (twin) errors.push(located.errorAt(r.row, 'code', `${who.person.fullName} đã là tác giả ở dòng ${twin.row}.`));
    if (differing.length || twin) continue;
    g.authors.push({ row: r.row, personId: who.person.id, label: personLabel(who.person), sharePct: v.sharePct });
  }

  for (const g of groups.values()) {
    if (g.authors.length === 1 && g.authors[0]!.sharePct === null) g.authors[0]!.sharePct = 100;
    for (const a of g.authors) if (a.sharePct === null) errors.push(located.errorAt(a.row, 'sharePct', 'cần ghi khi sáng kiến có nhiều tác giả.'));
    const total = g.authors.reduce((s, a) => s + (a.sharePct ?? 0), 0);
    if (total > 100) errors.push(located.errorAt(g.authors.at(-1)!.row, 'sharePct', `tổng tỷ lệ đóng góp của các tác giả là ${total}%, không được vượt quá 100%.`));
  }

  const list = [...groups.values()];
  return {
    errors,
    count: list.length,
    preview: list.slice(0, 20).map((g) => ({
      row: g.first.row, title: g.first.values.title!, authors: g.authors.map((a) => `${a.label}: ${a.sharePct ?? '?'}%`).join('; '),
      recognizedBy: INITIATIVE_SCOPE_LABELS[g.first.values.recognizedBy as InitiativeScope], recognizedOn: isoToVietnameseDate(g.first.values.recognizedOn),
      decisionNo: g.first.values.decisionNo ?? '',
    })),
    async write(tx, progress) {
      const ids: string[] = [];
      const who = auditWho(ctx.actor);
      for (const g of list) {
        const v = g.first.values;
        const effectEvidence = g.authors.map((a) => rows.find((r) => r.row === a.row)?.values.effectEvidence).find((e) => !!e) ?? '';
        const [created] = await tx.insert(initiatives).values({
          agencyId: ctx.actor.agencyId, title: v.title!, recognizedBy: v.recognizedBy!, decisionNo: v.decisionNo ?? '', recognizedOn: v.recognizedOn!,
          impactScope: v.impactScope ?? 'CO_SO', appliedEffectively: v.appliedEffectively ?? true, replicable: v.replicable ?? false, effectEvidence,
        }).returning();
        const authors = g.authors.map((a) => ({ initiativeId: created!.id, personId: a.personId, sharePct: a.sharePct ?? 0 }));
        await tx.insert(initiativeAuthors).values(authors);
        await appendAudit(tx, {
          ...who, event: 'initiative.created', entityId: created!.id,
          data: { after: { ...created, authors: authors.map(({ personId, sharePct }) => ({ personId, sharePct })), importJobId: opts.jobId, importRow: g.first.row } },
        });
        ids.push(created!.id);
        if (ids.length % 50 === 0) await progress(ids.length);
      }
      return { created: ids.length, updated: 0, ids };
    },
  };
};
