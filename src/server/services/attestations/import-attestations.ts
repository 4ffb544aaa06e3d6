/**
 * Importing xác nhận from XLSX, all or nothing like the other record imports: one row per person (Mã
 * cán bộ / Họ và tên) or collective (Đơn vị only), year, answer and value; every row is checked (the
 * person or unit, the answer's name, the value against its type, the same answer twice in the file);
 * one error anywhere and nothing is written. A valid file is written in one transaction (an audit entry
 * per answer written, one for the file). Runs as a background job with progress.
 */
import { format } from 'date-fns';
import type { Database } from '../../../db/client';
import { appendAudit } from '../../../db/audit-log';
import type { Actor } from '../../../domain/auth/roles';
import { answerCatalogue, checkAnswerValue, formatAnswerValue, type AnswerSpec } from '../../../domain/eligibility';
import { MAX_RECORD_IMPORT_ROWS, personLabel, type UnitRef } from '../../../documents/records-xlsx';
import {
  cellText, date, fail, integer, loadWorkbook, locateSheet, lookup, lookupKey, ok, readRows, text, writeTemplate, XlsxFileError,
  type ColumnsSpec, type LocatedSheet, type RowIssue, type SheetSpec, type XlsxRowError,
} from '../../../documents/xlsx';
import { validation } from '../../errors';
import { auditWho } from '../audit-actor';
import type { AppContext } from '../../context';
import { startJob, type JobDefinition, type JobOutcome } from '../jobs';
import { loadImportContext, resolvePersonRow } from '../records/import-context';
import { answerAuditLabel, writeAnswer, type AnswerDraft } from './attestations-service';

const PROGRESS_EVERY = 100;
const MAX_STORED_ERRORS = 5000;
const today = () => format(new Date(), 'yyyy-MM-dd');

const YES = new Set(['co', 'c', 'x', 'dat', 'yes', 'true', '1', 'dung']);
const NO = new Set(['khong', 'k', 'khong dat', 'no', 'false', '0', 'sai']);

/** A typed value in words → the answer's value: Có/Không, a number ("10,5"), a vote "đồng ý/thành viên[/có mặt]". */
export function parseAnswerText(spec: AnswerSpec, typed: string): { ok: true; value: boolean | number | { yes: number; members: number; present?: number } } | { ok: false; message: string } {
  const t = typed.trim();
  let value: boolean | number | { yes: number; members: number; present?: number };
  if (spec.valueType === 'boolean') {
    const k = lookupKey(t);
    if (YES.has(k)) value = true;
    else if (NO.has(k)) value = false;
    else return { ok: false, message: `"${t}" không hợp lệ: "${spec.label}" chỉ nhận Có hoặc Không.` };
  } else if (spec.valueType === 'vote') {
    const m = /^(\d+)\s*\/\s*(\d+)(?:\s*\/\s*(\d+))?$/.exec(t);
    if (!m) return { ok: false, message: `"${t}" không hợp lệ: ghi số phiếu đồng ý/tổng số thành viên/số có mặt, ví dụ 8/9/9.` };
    value = { yes: Number(m[1]), members: Number(m[2]), ...(m[3] !== undefined ? { present: Number(m[3]) } : {}) };
  } else {
    const n = Number(t.replace(/\s/g, '').replace(',', '.'));
    if (!t || !Number.isFinite(n)) return { ok: false, message: `"${t}" không phải là số.` };
    value = n;
  }
  const wrong = checkAnswerValue(spec, value);
  return wrong ? { ok: false, message: `${spec.label}: ${wrong}` } : { ok: true, value };
}

function attestationsImportSpec(catalogue: readonly AnswerSpec[], currentYear: number) {
  const byName = new Map<string, AnswerSpec>();
  for (const a of catalogue) {
    byName.set(lookupKey(a.label), a);
    byName.set(lookupKey(a.key), a);
  }
  const columns = {
    code: { header: 'Mã cán bộ', aliases: ['Mã CB', 'Mã số cán bộ'], parser: text({ max: 30 }), example: 'CB00001', width: 12 },
    fullName: { header: 'Họ và tên', aliases: ['Họ tên'], parser: text({ max: 180 }), example: 'Nguyễn Văn An', width: 24 },
    unit: {
      header: 'Đơn vị', aliases: ['Mã đơn vị', 'Phòng, đơn vị', 'Tập thể'], parser: text({ max: 200 }), width: 30, example: 'Phòng Quản lý khoa học',
      help: 'Xác nhận cho tập thể: chỉ ghi Đơn vị (để trống Mã cán bộ và Họ và tên). Xác nhận cho cá nhân: đơn vị dùng để phân biệt người trùng tên',
    },
    year: { header: 'Năm', aliases: ['Năm xét'], required: true, parser: integer({ min: 1990, max: currentYear }), example: String(currentYear - 1), width: 8 },
    answer: {
      header: 'Nội dung xác nhận', aliases: ['Nội dung', 'Tiêu chí'], required: true, width: 60, example: catalogue[0]?.label,
      parser: lookup({
        describe: 'Tên nội dung như trong danh mục (hoặc mã)',
        choices: catalogue.map((a) => a.label),
        find: (t) => {
          const a = byName.get(lookupKey(t));
          return a ? ok(a) : fail(`"${t}" không có trong danh mục xác nhận.`);
        },
      }),
    },
    value: {
      header: 'Giá trị', aliases: ['Kết quả', 'Xác nhận'], required: true, width: 14, example: 'Có',
      parser: { describe: 'Có/Không; số tháng hoặc số ngày; kết quả bỏ phiếu dạng đồng ý/thành viên/có mặt (ví dụ 8/9/9)', textFormat: true, parse: (v: unknown) => ok(typeof v === 'boolean' ? (v ? 'Có' : 'Không') : cellText(v as never)) },
    },
    attestedBy: { header: 'Người xác nhận', aliases: ['Người ký'], parser: text({ max: 200 }), width: 24, help: 'Để trống: người nhập' },
    attestedOn: { header: 'Ngày xác nhận', aliases: ['Ngày'], parser: date(), width: 13, help: 'Để trống: ngày nhập' },
    basis: { header: 'Căn cứ', aliases: ['Văn bản', 'Căn cứ (văn bản)'], parser: text({ max: 500 }), width: 30, example: 'Biên bản họp bình xét ngày 15/12' },
    note: { header: 'Ghi chú', parser: text({ max: 1000 }), width: 24 },
  } satisfies ColumnsSpec;
  const validateRow: SheetSpec<typeof columns>['validateRow'] = (v, { failed }) => {
    const issues: RowIssue<typeof columns>[] = [];
    if (!v.code && !v.fullName && !v.unit) issues.push({ key: 'code', message: 'cần ghi mã cán bộ, họ và tên (cá nhân) hoặc đơn vị (tập thể).' });
    if (v.answer && v.value !== null && !failed('answer') && !failed('value')) {
      const parsed = parseAnswerText(v.answer, v.value);
      if (!parsed.ok) issues.push({ key: 'value', message: parsed.message });
    }
    return issues;
  };
  return { columns, maxRows: MAX_RECORD_IMPORT_ROWS, validateRow, sheetName: 'Xác nhận' } satisfies SheetSpec<typeof columns>;
}

async function specFor(database: Database, actor: Actor, todayIso = today()) {
  const ctx = await loadImportContext(database.db, actor, todayIso);
  const catalogue = answerCatalogue(await ctx.settingsFor(ctx.currentYear));
  return { ctx, catalogue, spec: attestationsImportSpec(catalogue, ctx.currentYear) };
}

export async function attestationsTemplate(database: Database, actor: Actor): Promise<Buffer> {
  const { ctx, catalogue, spec } = await specFor(database, actor);
  const active = ctx.units.filter((u: UnitRef) => u.active);
  return writeTemplate({
    spec: { columns: spec.columns },
    sheetName: 'Xác nhận',
    guideTitle: 'HƯỚNG DẪN NHẬP CÁC XÁC NHẬN DÙNG ĐỂ XÉT THI ĐUA, KHEN THƯỞNG',
    guideIntro: [
      'Mỗi dòng một xác nhận: một cán bộ (hoặc một đơn vị), một năm, một nội dung và giá trị của nó. Tiêu đề màu đỏ là cột bắt buộc.',
      'Hệ thống kiểm tra tất cả các dòng trước khi ghi: nếu có bất kỳ lỗi nào thì không ghi dòng nào và liệt kê từng lỗi theo dòng, cột.',
    ],
    guideNotes: [
      'Xác nhận đã có cho cùng cán bộ (đơn vị), năm và nội dung được thay bằng giá trị trong tệp; mỗi thay đổi được ghi nhật ký.',
      `Nội dung xác nhận: ${catalogue.map((a) => `${a.label} (${a.valueType === 'boolean' ? 'Có/Không' : a.valueType === 'vote' ? 'đồng ý/thành viên/có mặt' : a.valueType === 'months' ? 'số tháng' : 'số ngày làm việc'}; ${a.subjects.includes('individual') ? (a.subjects.includes('collective') ? 'cá nhân, tập thể' : 'cá nhân') : 'tập thể'})`).join('; ')}.`,
      'Ngày nhập theo dạng dd/mm/yyyy (ví dụ 20/12/2024); ô kiểu ngày của Excel cũng được chấp nhận.',
      `Mã đơn vị: ${active.slice(0, 60).map((u) => `${u.code} = ${u.name}`).join('; ')}.`,
    ],
  });
}

type Columns = ReturnType<typeof attestationsImportSpec>['columns'];

interface AttestationsImportParams {
  fileName: string;
  dryRun: boolean;
  /** The day of the upload, so a retried job checks the file as it was checked then. */
  today: string;
}

async function locate(buffer: Buffer, spec: SheetSpec<Columns>): Promise<LocatedSheet<Columns>> {
  try {
    return locateSheet(await loadWorkbook(buffer, { maxRows: spec.maxRows }), spec);
  } catch (err) {
    if (err instanceof XlsxFileError) throw validation([{ path: 'file', field: 'Tệp', message: err.message }], err.message);
    throw err;
  }
}

/** Checks the file's shape now (a Vietnamese 400 if unusable), then checks and writes every row in a durable background job. */
export async function startAttestationsImport(appCtx: AppContext, actor: Actor, file: { buffer: Buffer; fileName: string }, opts: { dryRun: boolean }) {
  const todayIso = today();
  const { spec } = await specFor(appCtx.database, actor, todayIso);
  const located = await locate(file.buffer, spec);
  const rowCount = located.dataRows.length;
  return startJob(appCtx, actor, attestationsImportJob, {
    kind: `attestations.import${opts.dryRun ? '.dry_run' : ''}`, total: opts.dryRun ? rowCount : rowCount * 2, message: `Đang kiểm tra ${rowCount} dòng…`,
    params: { fileName: file.fileName, dryRun: opts.dryRun, today: todayIso }, input: file.buffer,
  });
}

/** The import's work, run by a queue worker on any instance (all or nothing: safe to run again). */
export const attestationsImportJob: JobDefinition<AttestationsImportParams> = {
  handler: 'attestations.import',
  async run(appCtx, job, { actor, params, input }): Promise<JobOutcome> {
    const database = appCtx.database;
    const opts = { dryRun: params.dryRun };
    const file = { fileName: params.fileName };
    const { ctx, spec } = await specFor(database, actor, params.today);
    const located = await locate(input!, spec);
    const rowCount = located.dataRows.length;
    const { rows, errors } = await readRows(located, spec, {
      progressEvery: PROGRESS_EVERY,
      onProgress: (done) => job.report(done, { message: `Đã kiểm tra ${done}/${rowCount} dòng…` }),
    });
    const drafts: { row: number; who: string; spec: AnswerSpec; draft: AnswerDraft }[] = [];
    const seen = new Map<string, number>();
    const on = params.today;
    for (const r of rows) {
      if (!r.ok) continue;
      const v = r.values;
      const answer = v.answer!;
      let personId: string | null = null;
      let unitId: string | null = null;
      let who: string;
      if (v.code || v.fullName) {
        const found = resolvePersonRow(ctx, located, r);
        if ('errors' in found) {
          errors.push(...found.errors);
          continue;
        }
        personId = found.person.id;
        who = personLabel(found.person);
      } else {
        const u = ctx.findUnit(v.unit!);
        if (!u.ok) {
          errors.push(located.errorAt(r.row, 'unit', u.message));
          continue;
        }
        unitId = u.value.id;
        who = u.value.name;
      }
      const subject = personId ? 'individual' : 'collective';
      if (!answer.subjects.includes(subject)) {
        errors.push(located.errorAt(r.row, 'answer', `"${answer.label}" chỉ ghi cho ${subject === 'individual' ? 'tập thể (chỉ ghi Đơn vị)' : 'cá nhân'}.`));
        continue;
      }
      const parsed = parseAnswerText(answer, v.value!);
      if (!parsed.ok) continue; // reported by validateRow
      const dup = `${personId ?? unitId}|${v.year}|${answer.key}`;
      const first = seen.get(dup);
      if (first !== undefined) {
        errors.push(located.errorAt(r.row, 'answer', `${who} đã có "${answer.label}" năm ${v.year} ở dòng ${first}.`));
        continue;
      }
      seen.set(dup, r.row);
      drafts.push({
        row: r.row, who, spec: answer,
        draft: { personId, unitId, year: v.year!, key: answer.key, value: parsed.value, attestedBy: v.attestedBy ?? actor.displayName, attestedOn: v.attestedOn ?? on, basis: v.basis ?? '', note: v.note ?? '' },
      });
    }
    // Agency criteria are those in force at the end of the row's year.
    for (const d of drafts) {
      if (!d.spec.agencyCriterion) continue;
      const inForce = answerCatalogue(await ctx.settingsFor(d.draft.year)).some((a) => a.key === d.spec.key);
      if (!inForce) errors.push(located.errorAt(d.row, 'answer', `năm ${d.draft.year} cơ quan chưa quy định tiêu chí "${d.spec.label}".`));
    }
    if (errors.length) {
      const sorted = [...errors].sort((a: XlsxRowError, b: XlsxRowError) => a.row - b.row || a.column.localeCompare(b.column));
      return {
        status: 'failed',
        message: `Tệp có ${errors.length} lỗi ở ${new Set(errors.map((e) => e.row)).size} dòng; chưa ghi dữ liệu nào. Hãy sửa tệp rồi tải lên lại.`,
        result: { rowCount, errors: sorted.slice(0, MAX_STORED_ERRORS), errorCount: errors.length },
      };
    }
    const preview = drafts.slice(0, 20).map((d) => ({ row: d.row, subject: d.who, year: d.draft.year, answer: d.spec.label, value: formatAnswerValue(d.spec, d.draft.value) }));
    if (opts.dryRun) return { status: 'succeeded', message: `Tệp hợp lệ: ${drafts.length} xác nhận sẵn sàng để nhập (chạy thử, chưa ghi dữ liệu).`, result: { rowCount, preview } };
    await job.report(rowCount, { message: `Đang ghi ${drafts.length} xác nhận…` });
    const written = await database.db.transaction(async (tx) => {
      let created = 0;
      let updated = 0;
      const ids: string[] = [];
      for (const [i, d] of drafts.entries()) {
        const w = await writeAnswer(tx, actor, d.draft, answerAuditLabel(d.spec, d.draft.year, d.who), { importJobId: job.id, importRow: d.row });
        if (w.outcome === 'created') created++;
        if (w.outcome === 'updated') updated++;
        if (w.outcome !== 'unchanged') ids.push(w.id);
        if ((i + 1) % PROGRESS_EVERY === 0) await job.report(rowCount + i + 1, { message: `Đã ghi ${i + 1}/${drafts.length} xác nhận…`, duringTransaction: true });
      }
      await appendAudit(tx, { ...auditWho(actor), event: 'attestation.imported', entityId: job.id, label: `Tệp «${file.fileName}»`, data: { fileName: file.fileName, created, updated, ids } });
      return { created, updated };
    });
    return {
      status: 'succeeded',
      message: `Đã nhập ${written.created} xác nhận${written.updated ? `, thay ${written.updated} xác nhận đã có` : ''}.`,
      result: { rowCount, created: written.created, preview },
    };
  },
};
