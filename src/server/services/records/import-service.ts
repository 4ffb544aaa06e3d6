/**
 * Importing records from XLSX (ratings of people and units, awards of past years, initiatives,
 * disciplines), all or nothing: every row is checked (cells, the people and units it names,
 * duplicates in the file and in the database); one error anywhere and nothing is written. A valid
 * file is written in one transaction with an audit entry per record and one for the batch. Runs as a
 * job (progress in the jobs table); a file that is not a usable XLSX is refused at once.
 */
import { format } from 'date-fns';
import type { Database } from '../../../db/client';
import { appendAudit } from '../../../db/audit-log';
import type { Actor } from '../../../domain/auth/roles';
import { specOf, writeRecordsTemplate } from '../../../documents/records-xlsx';
import { RECORD_IMPORT_LABELS, type RecordImportKind } from '../../../domain/records/codes';
import { loadWorkbook, locateSheet, readRows, XlsxFileError, type ColumnsSpec, type LocatedSheet, type SheetSpec, type XlsxRowError } from '../../../documents/xlsx';
import { validation } from '../../errors';
import { auditWho } from '../audit-actor';
import type { AppContext } from '../../context';
import { startJob, type JobContext, type JobDefinition, type JobOutcome } from '../jobs';
import { isUniqueViolation } from './db-errors';
import { loadImportContext, type ImportPlan, type Planner } from './import-context';
import { planAwards } from './import-awards';
import { planDisciplines } from './import-disciplines';
import { planInitiatives } from './import-initiatives';
import { planPersonRatings, planUnitRatings } from './import-ratings';

const PROGRESS_EVERY = 100;
const MAX_STORED_ERRORS = 5000;
const today = () => format(new Date(), 'yyyy-MM-dd');

const PLANNERS: Record<RecordImportKind, Planner<ColumnsSpec>> = {
  ratings: planPersonRatings as unknown as Planner<ColumnsSpec>,
  'unit-ratings': planUnitRatings as unknown as Planner<ColumnsSpec>,
  awards: planAwards as unknown as Planner<ColumnsSpec>,
  initiatives: planInitiatives as unknown as Planner<ColumnsSpec>,
  disciplines: planDisciplines as unknown as Planner<ColumnsSpec>,
};

/** What each import writes, for messages ("Đã nhập 120 kết quả xếp loại"). */
const NOUNS: Record<RecordImportKind, string> = {
  ratings: 'kết quả xếp loại',
  'unit-ratings': 'kết quả xếp loại tập thể',
  awards: 'khen thưởng',
  initiatives: 'sáng kiến',
  disciplines: 'quyết định kỷ luật',
};

const AUDIT_EVENT: Record<RecordImportKind, 'rating.imported' | 'award.imported' | 'initiative.imported' | 'discipline.imported'> = {
  ratings: 'rating.imported', 'unit-ratings': 'rating.imported', awards: 'award.imported', initiatives: 'initiative.imported', disciplines: 'discipline.imported',
};

export async function recordsTemplate(database: Database, actor: Actor, kind: RecordImportKind): Promise<Buffer> {
  const ctx = await loadImportContext(database.db, actor, today());
  return writeRecordsTemplate(kind, { currentYear: ctx.currentYear, today: ctx.today, units: ctx.units });
}

function failedOutcome(rowCount: number, errors: XlsxRowError[]): JobOutcome {
  const rowsWithErrors = new Set(errors.map((e) => e.row)).size;
  const sorted = [...errors].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  return {
    status: 'failed',
    message: `Tệp có ${errors.length} lỗi ở ${rowsWithErrors} dòng; chưa ghi dữ liệu nào. Hãy sửa tệp rồi tải lên lại.`,
    result: { rowCount, errors: sorted.slice(0, MAX_STORED_ERRORS), errorCount: errors.length },
  };
}

/** Writes a checked plan in one transaction, with the batch's audit entry. */
function writePlan(database: Database, actor: Actor, job: JobContext, plan: ImportPlan, info: { kind: RecordImportKind; fileName: string; rowCount: number }) {
  const noun = NOUNS[info.kind];
  return database.db.transaction(async (tx) => {
    const result = await plan.write(tx, (done) =>
      job.report(info.rowCount + Math.min(done, info.rowCount), { message: `Đã ghi ${done}/${plan.count} ${noun}…`, duringTransaction: true }));
    await appendAudit(tx, {
      ...auditWho(actor), event: AUDIT_EVENT[info.kind], entityId: job.id,
      data: { kind: info.kind, label: RECORD_IMPORT_LABELS[info.kind], fileName: info.fileName, created: result.created, updated: result.updated, ids: result.ids },
    });
    return result;
  });
}

export interface RecordsImportOptions {
  dryRun: boolean;
  /** Ratings only: replace a rating already recorded for the same person (unit) and year. */
  replace: boolean;
}

interface RecordsImportParams {
  kind: RecordImportKind;
  fileName: string;
  dryRun: boolean;
  replace: boolean;
  /** The day of the upload, so a retried job checks the file as it was checked then. */
  today: string;
}

/** The file's sheet, or a Vietnamese 400 if it is not a usable XLSX. */
async function locateRecords(buffer: Buffer, spec: SheetSpec<ColumnsSpec>): Promise<LocatedSheet<ColumnsSpec>> {
  try {
    return locateSheet(await loadWorkbook(buffer, { maxRows: spec.maxRows }), spec);
  } catch (err) {
    if (err instanceof XlsxFileError) throw validation([{ path: 'file', field: 'Tệp', message: err.message }], err.message);
    throw err;
  }
}

/**
 * Checks the file's shape now (a Vietnamese 400 if unusable), then, in a background job (durable:
 * the file is kept with the job until it ends, any app instance may run it), checks every row and,
 * unless `dryRun`, writes them all in one transaction. Returns the job id.
 */
export async function startRecordsImport(
  appCtx: AppContext, actor: Actor, kind: RecordImportKind, file: { buffer: Buffer; fileName: string }, opts: RecordsImportOptions,
): Promise<{ jobId: string }> {
  const todayIso = today();
  const ctx = await loadImportContext(appCtx.database.db, actor, todayIso);
  const located = await locateRecords(file.buffer, specOf(kind, ctx) as SheetSpec<ColumnsSpec>);
  const rowCount = located.dataRows.length;
  const jobKind = `records.import.${kind}${opts.dryRun ? '.dry_run' : ''}`;
  return startJob(appCtx, actor, recordsImportJob, {
    kind: jobKind, total: opts.dryRun ? rowCount : rowCount * 2, message: `Đang kiểm tra ${rowCount} dòng…`,
    params: { kind, fileName: file.fileName, dryRun: opts.dryRun, replace: opts.replace, today: todayIso }, input: file.buffer,
  });
}

/** The import's work, run by a queue worker on any instance. */
export const recordsImportJob: JobDefinition<RecordsImportParams> = {
  handler: 'records.import',
  async run(appCtx, job, { actor, params, input }) {
    const database = appCtx.database;
    const { kind } = params;
    const opts = { dryRun: params.dryRun, replace: params.replace };
    const file = { fileName: params.fileName };
    const ctx = await loadImportContext(database.db, actor, params.today);
    const spec = specOf(kind, ctx) as SheetSpec<ColumnsSpec>;
    const located = await locateRecords(input!, spec);
    const rowCount = located.dataRows.length;
    const noun = NOUNS[kind];

    const { rows, errors } = await readRows(located, spec, {
      progressEvery: PROGRESS_EVERY,
      onProgress: (done) => job.report(done, { message: `Đã kiểm tra ${done}/${rowCount} dòng…` }),
    });
    const plan = await PLANNERS[kind](database.db, ctx, located, rows, { replace: opts.replace && (kind === 'ratings' || kind === 'unit-ratings'), jobId: job.id });
    errors.push(...plan.errors);
    if (errors.length) return failedOutcome(rowCount, errors);
    if (opts.dryRun) {
      return { status: 'succeeded', message: `Tệp hợp lệ: ${plan.count} ${noun} sẵn sàng để nhập (chạy thử, chưa ghi dữ liệu).`, result: { rowCount, preview: plan.preview } };
    }
    await job.report(rowCount, { message: `Đang ghi ${plan.count} ${noun}…` });
    const written = await writePlan(database, actor, job, plan, { kind, fileName: file.fileName, rowCount }).catch((err: unknown) => {
      if (isUniqueViolation(err)) return null;
      throw err;
    });
    if (!written) {
      return { status: 'failed', message: `Trong lúc nhập, người khác vừa ghi ${noun} trùng với tệp; chưa ghi dữ liệu nào. Hãy tải tệp lên lại để kiểm tra.`, result: { rowCount } };
    }
    const replaced = written.updated ? `, thay ${written.updated} ${noun} đã có` : '';
    return {
      status: 'succeeded',
      message: `Đã nhập ${written.created} ${noun}${replaced}.`,
      result: { rowCount, created: written.created, preview: plan.preview },
    };
  },
};
