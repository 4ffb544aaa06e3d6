/**
 * Importing people from an XLSX file, all or nothing: every row is checked (cells, duplicates in the
 * file and against the database); one error anywhere and nothing is written. A valid file is written
 * in one transaction (persons, their first assignment, one audit entry per person and one for the
 * batch). Runs as a job; file-level problems (not XLSX, empty, headers missing) are refused at once.
 * Updating existing people by import is out of scope: a row whose code exists is an error.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { format } from 'date-fns';
import type { Database, Db } from '../../db/client';
import { appendAudit, appendAuditBatch, type TypedAuditInput } from '../../db/audit-log';
import { persons, units } from '../../db/schema';
import type { Actor } from '../../domain/auth/roles';
import { GENDER_LABELS, STAFF_CATEGORY_LABELS, type Gender, type StaffCategory } from '../../domain/org/codes';
import { scopeCovers, type Scope } from '../../domain/policies';
import { composeFullName, vietnameseNameSortKey } from '../../domain/text/vietnamese';
import { peopleImportSpec, personName, writePeopleTemplate, type PeopleSpec, type UnitRef } from '../../documents/people-xlsx';
import { isoToVietnameseDate, loadWorkbook, locateSheet, lookupKey, readRows, XlsxFileError, type LocatedSheet, type ParsedRow, type XlsxRowError } from '../../documents/xlsx';
import type { PeopleImportPreviewRow } from '../../shared/schemas/jobs';
import { validation } from '../errors';
import { auditWho } from './audit-actor';
import type { AppContext } from '../context';
import { startJob, type JobContext, type JobDefinition, type JobOutcome } from './jobs';

type Columns = PeopleSpec['columns'];
type Row = ParsedRow<Columns>;

/** Progress is looked at about fifty times a file, at least every 50 rows… */
const progressEvery = (rowCount: number) => Math.max(50, Math.ceil(rowCount / 50));
/** …and written (each report is a write the reading waits for) at most every half second, and at the end. */
const REPORT_EVERY_MS = 500;
/**
 * Rows per insert statement. Each statement sends its rows as one JSON parameter, expanded by
 * json_to_recordset (the same SQL on PostgreSQL and PGlite): no per-value parameters to build or
 * bind, about 1 MB of JSON per 2,500 people.
 */
const INSERT_CHUNK = 2500;
const PREVIEW_ROWS = 20;
const MAX_STORED_ERRORS = 5000;
const today = () => format(new Date(), 'yyyy-MM-dd');

/** The units an actor may import into (all the agency's units for agency-wide roles). */
async function unitsInScope(db: Db, actor: Actor, scope: Scope | null): Promise<UnitRef[]> {
  const rows = await db.select({ id: units.id, code: units.code, name: units.name, active: units.active, agencyId: units.agencyId })
    .from(units).where(eq(units.agencyId, actor.agencyId));
  return rows.filter((u) => scope && scopeCovers(scope, { agencyId: u.agencyId, unitId: u.id }));
}

export async function peopleTemplate(db: Db, actor: Actor, scope: Scope | null): Promise<Buffer> {
  return writePeopleTemplate({ units: await unitsInScope(db, actor, scope), today: today() });
}

/** A valid row, ready to write. */
interface PersonDraft {
  row: number;
  code: string | null;
  familyName: string;
  middleName: string;
  givenName: string;
  gender: Gender;
  birthDate: string | null;
  staffCategory: StaffCategory;
  unit: UnitRef;
  position: string;
  isLeader: boolean;
  isDirectWorker: boolean;
  startDate: string;
  email: string | null;
  phone: string | null;
}

function draftOf(r: Row, todayIso: string): PersonDraft {
  const v = r.values;
  return {
    row: r.row,
    code: v.code || null,
    ...personName(v),
    gender: v.gender!,
    birthDate: v.birthDate,
    staffCategory: v.staffCategory!,
    unit: v.unit!,
    position: v.position ?? '',
    isLeader: v.isLeader ?? false,
    isDirectWorker: v.isDirectWorker ?? false,
    startDate: v.startDate ?? todayIso,
    email: v.email,
    phone: v.phone,
  };
}

interface Identity {
  nameKey: string;
  birthDate: string | null;
  unitId: string;
}

/** Same person: same name, and the same birth date, or (a birth date missing) the same unit. */
const samePerson = (a: Identity, b: Identity) =>
  a.nameKey === b.nameKey && (a.birthDate && b.birthDate ? a.birthDate === b.birthDate : a.unitId === b.unitId);

interface Existing {
  codes: Map<string, { code: string; fullName: string }>;
  byName: Map<string, (Identity & { code: string })[]>;
}

async function loadExisting(db: Db, agencyId: string): Promise<Existing> {
  const rows = await db.select({
    code: persons.code, fullName: persons.fullName, birthDate: persons.birthDate, unitId: persons.unitId, status: persons.status,
  }).from(persons).where(eq(persons.agencyId, agencyId));
  const codes = new Map(rows.map((p) => [lookupKey(p.code), p]));
  const byName = new Map<string, (Identity & { code: string })[]>();
  for (const p of rows) {
    if (p.status !== 'active') continue;
    const nameKey = lookupKey(p.fullName);
    let same = byName.get(nameKey);
    if (!same) byName.set(nameKey, (same = []));
    same.push({ nameKey, birthDate: p.birthDate, unitId: p.unitId, code: p.code });
  }
  return { codes, byName };
}

/** A row's code as typed, kept for every row (even one with errors): duplicate codes are checked on all. */
interface RowCode {
  row: number;
  code: string;
}

/** Checks across rows and against the database: duplicate codes, the same person twice, people already recorded. */
function crossCheck(located: LocatedSheet<Columns>, codes: readonly RowCode[], drafts: readonly PersonDraft[], existing: Existing): XlsxRowError[] {
  const errors: XlsxRowError[] = [];
  const nameColumn = located.columns.has('givenName') ? 'givenName' : 'fullName';
  const codeRows = new Map<string, number>();
  for (const { row, code } of codes) {
    const key = lookupKey(code);
    const first = codeRows.get(key);
    const inDb = existing.codes.get(key);
    if (first !== undefined) errors.push(located.errorAt(row, 'code', `mã "${code}" trùng với dòng ${first}.`));
    else if (inDb) errors.push(located.errorAt(row, 'code', `mã "${code}" đã tồn tại trong hệ thống (${inDb.fullName}). Nhập Excel chỉ thêm người mới, không sửa người đã có.`));
    if (first === undefined) codeRows.set(key, row);
  }
  // Rows seen so far, by name: comparing each row with the rows of the same name only (50,000 rows).
  const seen = new Map<string, (Identity & { row: number })[]>();
  for (const d of drafts) {
    const fullName = composeFullName(d.familyName, d.middleName, d.givenName);
    const id: Identity = { nameKey: lookupKey(fullName), birthDate: d.birthDate, unitId: d.unit.id };
    let sameName = seen.get(id.nameKey);
    if (!sameName) seen.set(id.nameKey, (sameName = []));
    const twin = sameName.find((s) => samePerson(s, id));
    const why = () => (id.birthDate ? `cùng họ tên và ngày sinh ${isoToVietnameseDate(id.birthDate)}` : 'cùng họ tên và đơn vị');
    if (twin) errors.push(located.errorAt(d.row, nameColumn, `"${fullName}" trùng người ở dòng ${twin.row} (${why()}).`));
    else {
      const recorded = (existing.byName.get(id.nameKey) ?? []).find((p) => samePerson(p, id));
      if (recorded) errors.push(located.errorAt(d.row, nameColumn, `"${fullName}" đã có trong hệ thống (mã ${recorded.code}; ${why()}).`));
    }
    sameName.push({ ...id, row: d.row });
  }
  return errors;
}

function previewOf(d: PersonDraft): PeopleImportPreviewRow {
  return {
    row: d.row,
    code: d.code ?? '(tự cấp)',
    fullName: composeFullName(d.familyName, d.middleName, d.givenName),
    gender: GENDER_LABELS[d.gender],
    birthDate: isoToVietnameseDate(d.birthDate),
    staffCategory: STAFF_CATEGORY_LABELS[d.staffCategory],
    unitName: d.unit.name,
    position: d.position,
    isLeader: d.isLeader,
    isDirectWorker: d.isDirectWorker,
    startDate: isoToVietnameseDate(d.startDate),
    email: d.email,
    phone: d.phone,
  };
}

function failedOutcome(rowCount: number, errors: XlsxRowError[], intro = 'Tệp có'): JobOutcome {
  const rowsWithErrors = new Set(errors.map((e) => e.row)).size;
  const sorted = [...errors].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  return {
    status: 'failed',
    message: `${intro} ${errors.length} lỗi ở ${rowsWithErrors} dòng; chưa ghi dữ liệu nào. Hãy sửa tệp rồi tải lên lại.`,
    result: { rowCount, errors: sorted.slice(0, MAX_STORED_ERRORS), errorCount: errors.length },
  };
}

/** Codes for rows left empty: CB00001… after the agency's count, skipping every code in use. */
function codeAllocator(used: Set<string>, start: number) {
  let n = start;
  return () => {
    for (;;) {
      const code = `CB${String(n++).padStart(5, '0')}`;
      if (!used.has(lookupKey(code))) {
        used.add(lookupKey(code));
        return code;
      }
    }
  };
}

class CodesTaken extends Error {
  constructor(readonly errors: XlsxRowError[]) {
    super('codes taken');
  }
}

/** The row a person.created entry records: what the file gave, with the id and code written. */
function createdRow(d: PersonDraft, id: string, code: string, fullName: string) {
  return {
    id, code, familyName: d.familyName, middleName: d.middleName, givenName: d.givenName, fullName, gender: d.gender,
    birthDate: d.birthDate, staffCategory: d.staffCategory, position: d.position, isLeader: d.isLeader,
    isDirectWorker: d.isDirectWorker, unitId: d.unit.id, status: 'active', email: d.email, phone: d.phone, startDate: d.startDate,
  };
}

async function insertDrafts(
  database: Database, actor: Actor, job: JobContext, located: LocatedSheet<Columns>, drafts: PersonDraft[], fileName: string, stepOffset: number,
): Promise<string[]> {
  return database.db.transaction(async (tx) => {
    const agencyCodes = await tx.select({ code: persons.code }).from(persons).where(eq(persons.agencyId, actor.agencyId));
    const used = new Set(agencyCodes.map((p) => lookupKey(p.code)));
    // Someone may have added a person with one of these codes since the file was checked.
    const taken = drafts.filter((d) => d.code && used.has(lookupKey(d.code)));
    if (taken.length) throw new CodesTaken(taken.map((d) => located.errorAt(d.row, 'code', `mã "${d.code}" đã tồn tại trong hệ thống.`)));
    for (const d of drafts) if (d.code) used.add(lookupKey(d.code));
    const nextCode = codeAllocator(used, agencyCodes.length + 1);
    const who = auditWho(actor);
    const ids: string[] = [];
    for (let i = 0; i < drafts.length; i += INSERT_CHUNK) {
      const chunk = drafts.slice(i, i + INSERT_CHUNK);
      const people = [];
      const assignments = [];
      const entries: TypedAuditInput[] = [];
      for (const d of chunk) {
        const id = randomUUID();
        const code = d.code ?? nextCode();
        const fullName = composeFullName(d.familyName, d.middleName, d.givenName);
        people.push({
          id, code, family_name: d.familyName, middle_name: d.middleName, given_name: d.givenName, full_name: fullName,
          sort_key: vietnameseNameSortKey(d.familyName, d.middleName, d.givenName), gender: d.gender, birth_date: d.birthDate,
          staff_category: d.staffCategory, position: d.position, is_leader: d.isLeader, is_direct_worker: d.isDirectWorker,
          unit_id: d.unit.id, email: d.email, phone: d.phone,
        });
        assignments.push({
          person_id: id, unit_id: d.unit.id, position: d.position, is_leader: d.isLeader, staff_category: d.staffCategory, from_date: d.startDate,
        });
        // One entry per person: who imported whom, from which job and row of the file.
        entries.push({ ...who, event: 'person.created', entityId: id, label: fullName, data: { after: { ...createdRow(d, id, code, fullName), importJobId: job.id, importRow: d.row } } });
        ids.push(id);
      }
      await tx.execute(sql`INSERT INTO persons (id, agency_id, code, family_name, middle_name, given_name, full_name, sort_key, gender, birth_date,
          staff_category, position, is_leader, is_direct_worker, unit_id, email, phone)
        SELECT id, ${actor.agencyId}::uuid, code, family_name, middle_name, given_name, full_name, sort_key, gender, birth_date,
          staff_category, position, is_leader, is_direct_worker, unit_id, email, phone
        FROM json_to_recordset(${JSON.stringify(people)}::json) AS x(id uuid, code text, family_name text, middle_name text,
          given_name text, full_name text, sort_key text, gender text, birth_date date, staff_category text, position text,
          is_leader boolean, is_direct_worker boolean, unit_id uuid, email text, phone text)`);
      await tx.execute(sql`INSERT INTO person_assignments (person_id, unit_id, position, is_leader, staff_category, from_date, reason)
        SELECT person_id, unit_id, position, is_leader, staff_category, from_date, ${'Tiếp nhận (nhập từ Excel)'}
        FROM json_to_recordset(${JSON.stringify(assignments)}::json) AS x(person_id uuid, unit_id uuid, position text,
          is_leader boolean, staff_category text, from_date date)`);
      // Chained under one lock and written in multi-row inserts.
      await appendAuditBatch(tx, entries);
      await job.report(stepOffset + ids.length, { message: `Đang ghi ${ids.length}/${drafts.length} cán bộ…`, duringTransaction: true });
    }
    await appendAudit(tx, {
      ...who, event: 'person.imported', entityId: job.id,
      data: { fileName, created: ids.length, personIds: ids },
    });
    return ids;
  });
}

export interface PeopleImportFile {
  buffer: Buffer;
  fileName: string;
}

interface PeopleImportParams {
  scope: Scope | null;
  dryRun: boolean;
  fileName: string;
  /** The day of the upload: defaults (start date) stay the same if the job is run again. */
  today: string;
  /** Where this process keeps the sheet it read at upload (see `readAtUpload`). */
  readKey?: string;
}

/**
 * Sheets read at upload, handed to the job when this same process runs it (it usually does: the
 * instance that accepts an upload starts the job at once), so a file is parsed once. A job run
 * elsewhere, or again after a crash, reads its stored file. Dropped when taken, or after 2 minutes.
 */
const readAtUpload = new Map<string, LocatedSheet<Columns>>();
const HANDOVER_MS = 2 * 60_000;

function handOver(located: LocatedSheet<Columns>): string {
  const key = randomUUID();
  readAtUpload.set(key, located);
  setTimeout(() => readAtUpload.delete(key), HANDOVER_MS).unref();
  return key;
}

function takeOver(key: string | undefined): LocatedSheet<Columns> | undefined {
  if (!key) return undefined;
  const located = readAtUpload.get(key);
  readAtUpload.delete(key);
  return located;
}

/** The file's sheet, or a Vietnamese 400 if it is not a usable XLSX. */
async function locatePeople(buffer: Buffer, spec: PeopleSpec): Promise<LocatedSheet<Columns>> {
  try {
    return locateSheet(await loadWorkbook(buffer, { maxRows: spec.maxRows }), spec);
  } catch (err) {
    if (err instanceof XlsxFileError) throw validation([{ path: 'file', field: 'Tệp', message: err.message }], err.message);
    throw err;
  }
}

/**
 * Checks the file's shape now (a Vietnamese 400 if it is not a usable XLSX), then checks every row
 * and, unless `dryRun`, writes them, in a background job (durable: the file is kept with the job
 * until it ends, and any app instance may run it). Returns the job id.
 */
export async function startPeopleImport(
  ctx: AppContext, actor: Actor, scope: Scope | null, file: PeopleImportFile, dryRun: boolean,
): Promise<{ jobId: string }> {
  const todayIso = today();
  const spec = peopleImportSpec({ units: await unitsInScope(ctx.database.db, actor, scope), today: todayIso });
  const located = await locatePeople(file.buffer, spec);
  const rowCount = located.dataRows.length;
  const total = dryRun ? rowCount : rowCount * 2;
  const readKey = handOver(located);
  try {
    return await startJob(ctx, actor, peopleImportJob, {
      kind: dryRun ? 'people.import.dry_run' : 'people.import', total, message: `Đang kiểm tra ${rowCount} dòng…`,
      params: { scope, dryRun, fileName: file.fileName, today: todayIso, readKey }, input: file.buffer,
    });
  } catch (err) {
    readAtUpload.delete(readKey);
    throw err;
  }
}

/** The import's work, run by a queue worker on any instance. */
export const peopleImportJob: JobDefinition<PeopleImportParams> = {
  handler: 'people.import',
  async run(ctx, job, { actor, params, input }) {
    const database = ctx.database;
    const { dryRun, fileName, today: todayIso } = params;
    const spec = peopleImportSpec({ units: await unitsInScope(database.db, actor, params.scope), today: todayIso });
    const located = takeOver(params.readKey) ?? (await locatePeople(input!, spec));
    const rowCount = located.dataRows.length;

    // Each row becomes a draft as it is read (and its code is kept): no parsed rows are collected.
    const codes: RowCode[] = [];
    const valid: PersonDraft[] = [];
    let reported = performance.now();
    const { errors } = await readRows(located, spec, {
      progressEvery: progressEvery(rowCount),
      onProgress: async (done) => {
        if (done < rowCount && performance.now() - reported < REPORT_EVERY_MS) return;
        reported = performance.now();
        await job.report(done, { message: `Đã kiểm tra ${done}/${rowCount} dòng…` });
      },
      onRow: (r) => {
        if (r.values.code) codes.push({ row: r.row, code: r.values.code });
        if (r.ok) valid.push(draftOf(r, todayIso));
      },
    });
    for (const e of crossCheck(located, codes, valid, await loadExisting(database.db, actor.agencyId))) errors.push(e);
    if (errors.length) return failedOutcome(rowCount, errors);

    const preview = valid.slice(0, PREVIEW_ROWS).map(previewOf);
    if (dryRun) {
      return { status: 'succeeded', message: `Tệp hợp lệ: ${rowCount} cán bộ sẵn sàng để nhập (chạy thử, chưa ghi dữ liệu).`, result: { rowCount, preview } };
    }
    await job.report(rowCount, { message: `Đang ghi ${rowCount} cán bộ…` });
    try {
      const ids = await insertDrafts(database, actor, job, located, valid, fileName, rowCount);
      return { status: 'succeeded', message: `Đã nhập ${ids.length} cán bộ.`, result: { rowCount, created: ids.length, preview } };
    } catch (err) {
      if (err instanceof CodesTaken) return failedOutcome(rowCount, err.errors);
      throw err;
    }
  },
};
