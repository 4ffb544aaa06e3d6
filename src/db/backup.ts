/**
 * Backup and restore in one logical format for both databases (PGlite and PostgreSQL): a gzip'd
 * text file, one line per row as PostgreSQL's own JSON of the row (`row_to_json`), so the values
 * round-trip exactly (timestamps to the microsecond, numerics, bytea as hex — the stored files are
 * rows of `file_blobs`). The same file restores into either database, which also moves an agency from
 * PGlite to PostgreSQL.
 *
 * Layout (after gunzip):
 *   #{"format":"vinhdanh-backup","version":1,"createdAt":…,"source":"pglite","migrations":[…]}
 *   #{"table":"agencies","columns":[…]}
 *   {"id":"…","code":"…",…}            ← one row
 *   …
 *   #{"end":true,"counts":{"agencies":2,…}}
 *
 * What is left out: sessions and sign-in throttling (everyone signs in again after a restore) and
 * the job queue's own schema (pg-boss, `pgboss`): queued work is not carried over; the `jobs` table
 * (the import history users see) is.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database, type Db } from './client';

export const BACKUP_FORMAT = 'vinhdanh-backup';
export const BACKUP_VERSION = 1;

/** Transient tables that are not backed up (and are emptied on restore). */
export const SKIPPED_TABLES: readonly string[] = ['sessions', 'login_throttle'];

/** Tables whose rows mean the database is in use (a restore onto them needs --force). */
const DATA_TABLES = ['agencies', 'users', 'audit_log'];

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

interface TableInfo {
  name: string;
  columns: string[];
  /** Has a bytea column: rows are fetched one at a time. */
  hasBytes: boolean;
  hasIdentity: boolean;
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Base tables of `public`, in an order where every table comes after those its foreign keys name. */
async function publicTables(db: Db): Promise<TableInfo[]> {
  const cols = rowsOf<{ table_name: string; column_name: string; data_type: string; is_generated: string; is_identity: string }>(
    await db.execute(sql`
      SELECT c.table_name, c.column_name, c.data_type, c.is_generated, c.is_identity
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`),
  );
  const tables = new Map<string, TableInfo>();
  for (const c of cols) {
    const t = tables.get(c.table_name) ?? { name: c.table_name, columns: [], hasBytes: false, hasIdentity: false };
    if (c.is_generated !== 'ALWAYS') t.columns.push(c.column_name);
    if (c.data_type === 'bytea') t.hasBytes = true;
    if (c.is_identity === 'YES') t.hasIdentity = true;
    tables.set(c.table_name, t);
  }
  const fks = rowsOf<{ child: string; parent: string }>(
    await db.execute(sql`
      SELECT cl.relname AS child, pc.relname AS parent
      FROM pg_constraint con
      JOIN pg_class cl ON cl.oid = con.conrelid
      JOIN pg_class pc ON pc.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE con.contype = 'f' AND n.nspname = 'public'`),
  );
  const deps = new Map<string, Set<string>>();
  for (const { child, parent } of fks) if (child !== parent) (deps.get(child) ?? deps.set(child, new Set()).get(child)!).add(parent);
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name) || !tables.has(name)) return;
    if (path.has(name)) throw new BackupError(`Khóa ngoại vòng tròn giữa các bảng (${[...path, name].join(' → ')}).`);
    path.add(name);
    for (const p of [...(deps.get(name) ?? [])].sort()) visit(p, path);
    path.delete(name);
    done.add(name);
    ordered.push(tables.get(name)!);
  };
  for (const name of [...tables.keys()].sort()) visit(name, new Set());
  return ordered;
}

/** The migrations applied to the database (drizzle's journal), oldest first. */
async function appliedMigrations(db: Db): Promise<string[]> {
  const rows = rowsOf<{ hash: string }>(await db.execute(sql`SELECT hash FROM drizzle.__drizzle_migrations ORDER BY created_at, id`));
  return rows.map((r) => r.hash);
}

export interface BackupSummary {
  file: string;
  bytes: number;
  counts: Record<string, number>;
  milliseconds: number;
}

/** Writes a consistent snapshot of the whole database to `file` (gzip'd, see the layout above). */
export async function backupDatabase(database: Database, file: string): Promise<BackupSummary> {
  const started = Date.now();
  const tmp = `${file}.tmp-${process.pid}`;
  const gzip = zlib.createGzip({ level: 6 });
  const out = fs.createWriteStream(tmp);
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  const counts: Record<string, number> = {};
  try {
    await database.db.transaction(
      async (tx) => {
        await tx.execute(sql`SET LOCAL bytea_output = 'hex'`);
        const tables = await publicTables(tx);
        await write(`#${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), source: database.kind, migrations: await appliedMigrations(tx) })}`);
        for (const t of tables) {
          if (SKIPPED_TABLES.includes(t.name)) continue;
          await write(`#${JSON.stringify({ table: t.name, columns: t.columns })}`);
          const select = t.columns.map(q).join(', ');
          await tx.execute(sql.raw(`DECLARE vd_backup_cursor NO SCROLL CURSOR FOR SELECT row_to_json(r)::text AS j FROM (SELECT ${select} FROM public.${q(t.name)}) r`));
          let n = 0;
          for (;;) {
            const rows = rowsOf<{ j: string }>(await tx.execute(sql.raw(`FETCH FORWARD ${t.hasBytes ? 1 : 1000} FROM vd_backup_cursor`)));
            if (!rows.length) break;
            for (const r of rows) await write(r.j);
            n += rows.length;
          }
          await tx.execute(sql.raw('CLOSE vd_backup_cursor'));
          counts[t.name] = n;
        }
        await write(`#${JSON.stringify({ end: true, counts })}`);
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    gzip.end();
    await once(out, 'close');
    fs.renameSync(tmp, file);
  } catch (err) {
    gzip.destroy();
    out.destroy();
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  return { file, bytes: fs.statSync(file).size, counts, milliseconds: Date.now() - started };
}

/** Whether the database already holds an agency's data (agencies, accounts or audit entries). */
export async function databaseHasData(db: Db): Promise<boolean> {
  for (const t of DATA_TABLES) {
    const [row] = rowsOf<{ any: boolean }>(await db.execute(sql.raw(`SELECT EXISTS (SELECT 1 FROM public.${q(t)}) AS any`)));
    if (row?.any) return true;
  }
  return false;
}

export interface RestoreSummary {
  counts: Record<string, number>;
  source: string;
  createdAt: string;
  replaced: boolean;
  milliseconds: number;
}

/**
 * Loads a backup into a migrated database, in one transaction: every table is emptied first, then
 * filled; a damaged or cut-off file leaves the database as it was. Refuses a database that already
 * holds data unless `force`, and a backup made by a different version of the schema.
 */
export async function restoreDatabase(database: Database, file: string, options: { force?: boolean } = {}): Promise<RestoreSummary> {
  const started = Date.now();
  if (!fs.existsSync(file)) throw new BackupError(`Không tìm thấy tệp sao lưu: ${file}`);
  const hasData = await databaseHasData(database.db);
  if (hasData && !options.force) {
    throw new BackupError('Cơ sở dữ liệu đích đã có dữ liệu (cơ quan, tài khoản hoặc nhật ký). Không khôi phục đè; nếu thật sự muốn thay toàn bộ dữ liệu hiện có bằng bản sao lưu, chạy lại với --force.');
  }
  // Opened inside the transaction, right before reading: lines emitted before the loop starts would be lost.
  let input = null as NodeJS.ReadableStream | null;
  let lines = null as readline.Interface | null;
  const counts: Record<string, number> = {};
  type Header = { format?: string; version?: number; createdAt?: string; source?: string; migrations?: string[] };
  type End = { counts: Record<string, number> };
  let header = null as Header | null;
  let ended = null as End | null;
  try {
    await database.db.transaction(async (tx) => {
      const tables = await publicTables(tx);
      const byName = new Map(tables.map((t) => [t.name, t]));
      let current: TableInfo | null = null;
      let batch: string[] = [];
      let batchBytes = 0;
      const flush = async () => {
        if (!current || !batch.length) return;
        const cols = current.columns.map(q).join(', ');
        const overriding = current.hasIdentity ? ' OVERRIDING SYSTEM VALUE' : '';
        await tx.execute(sql`${sql.raw(`INSERT INTO public.${q(current.name)} (${cols})${overriding} SELECT ${cols} FROM json_populate_recordset(NULL::public.${q(current.name)}, `)}${`[${batch.join(',')}]`}${sql.raw('::json)')}`);
        counts[current.name] = (counts[current.name] ?? 0) + batch.length;
        batch = [];
        batchBytes = 0;
      };
      input = fs.createReadStream(file).pipe(zlib.createGunzip());
      lines = readline.createInterface({ input, crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        if (ended) throw new BackupError('Tệp sao lưu có dữ liệu sau dòng kết thúc.');
        if (line.startsWith('#')) {
          const meta = JSON.parse(line.slice(1)) as Record<string, unknown>;
          if (!header) {
            header = meta as Header;
            if (header!.format !== BACKUP_FORMAT) throw new BackupError('Tệp không phải bản sao lưu VinhDanh.');
            if (header!.version !== BACKUP_VERSION) throw new BackupError(`Bản sao lưu định dạng ${header!.version}, công cụ này đọc định dạng ${BACKUP_VERSION}.`);
            const mine = await appliedMigrations(tx);
            const theirs = header!.migrations ?? [];
            if (mine.length !== theirs.length || mine.some((h, i) => h !== theirs[i])) {
              throw new BackupError(
                `Bản sao lưu được tạo bởi phiên bản VinhDanh có lược đồ khác (${theirs.length} bước cập nhật lược đồ, bản đang chạy có ${mine.length}). ` +
                  'Hãy khôi phục bằng đúng phiên bản đã tạo bản sao lưu, rồi nâng cấp.',
              );
            }
            // Empty everything (the target may hold rows a migration seeded, or old data with --force).
            await tx.execute(sql.raw(`TRUNCATE ${tables.map((t) => `public.${q(t.name)}`).join(', ')} RESTART IDENTITY CASCADE`));
            continue;
          }
          await flush();
          if (meta.end) {
            ended = meta as unknown as End;
            continue;
          }
          const name = String(meta.table);
          const t = byName.get(name);
          if (!t) throw new BackupError(`Bản sao lưu có bảng "${name}" mà cơ sở dữ liệu đích không có.`);
          const theirColumns = (meta.columns as string[] | undefined) ?? [];
          if (theirColumns.join(',') !== t.columns.join(',')) throw new BackupError(`Các cột của bảng "${name}" trong bản sao lưu khác với cơ sở dữ liệu đích.`);
          current = t;
          continue;
        }
        if (!header) throw new BackupError('Tệp không phải bản sao lưu VinhDanh.');
        if (!current) throw new BackupError('Tệp sao lưu bị hỏng (dòng dữ liệu trước tên bảng).');
        batch.push(line);
        batchBytes += line.length;
        if (batch.length >= 1000 || batchBytes >= 16 * 1024 * 1024) await flush();
      }
      await flush();
      if (!header) throw new BackupError('Tệp sao lưu rỗng.');
      if (!ended) throw new BackupError('Tệp sao lưu bị cắt ngang (thiếu dòng kết thúc). Không khôi phục gì.');
      for (const [name, n] of Object.entries(ended.counts)) {
        if ((counts[name] ?? 0) !== n) throw new BackupError(`Bảng "${name}": bản sao lưu ghi ${n} dòng nhưng đọc được ${counts[name] ?? 0}. Không khôi phục gì.`);
      }
      // Sequences (the audit log's seq) continue after the restored rows.
      const serials = rowsOf<{ table_name: string; column_name: string }>(
        await tx.execute(sql`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`),
      );
      for (const s of serials) {
        await tx.execute(sql.raw(
          `SELECT setval(pg_get_serial_sequence('public.${q(s.table_name)}', '${s.column_name}'), COALESCE((SELECT max(${q(s.column_name)}) FROM public.${q(s.table_name)}), 0) + 1, false)`,
        ));
      }
    });
  } catch (err) {
    if (err instanceof BackupError) throw err;
    const e = err as { code?: string; message?: string };
    if (e.code === 'Z_DATA_ERROR' || e.code === 'Z_BUF_ERROR' || /unexpected end of file|incorrect header check/i.test(e.message ?? '')) {
      throw new BackupError('Tệp sao lưu bị hỏng hoặc không phải tệp nén gzip. Không khôi phục gì.');
    }
    if (err instanceof SyntaxError) throw new BackupError('Tệp sao lưu bị hỏng (dòng không đọc được). Không khôi phục gì.');
    throw err;
  } finally {
    lines?.close();
    (input as unknown as { destroy?: () => void } | null)?.destroy?.();
  }
  return { counts, source: header?.source ?? '', createdAt: header?.createdAt ?? '', replaced: hasData, milliseconds: Date.now() - started };
}
