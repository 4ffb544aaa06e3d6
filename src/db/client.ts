import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Extensions loaded into PGlite. A data directory must be reopened with the same list: keep it constant. */
async function pgliteExtensions() {
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  return { unaccent, pg_trgm };
}

export interface OpenOptions {
  /** postgres://… — when set, use a real PostgreSQL server. */
  url?: string;
  /** PGlite data directory; omit for an in-memory database. */
  dataDir?: string;
  /** Skip migrations (only for tools that must not change the schema). */
  migrate?: boolean;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const database = options.url ? await openPostgres(options.url) : await openPglite(options.dataDir);
  if (options.migrate !== false) await migrateDatabase(database);
  return database;
}

/** The database could not be opened; the message says why and what to do, in Vietnamese. */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

/** Held in the PGlite folder while a process has it open: a second server or tool refuses. */
export const LOCK_FILE = 'vinhdanh.lock';

interface LockHolder {
  pid: number;
  command: string;
  started: string;
  host: string;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When this process started: a lock naming our own pid but older than that is left by a dead process. */
const processStarted = () => Date.now() - process.uptime() * 1000;

function readHolder(file: string): LockHolder | null {
  try {
    const h = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
    return typeof h.pid === 'number' ? h : null;
  } catch {
    return null;
  }
}

/**
 * One PGlite folder, one process (PGlite is an in-process database: two processes writing one folder
 * corrupt it). Takes over a lock left by a process that no longer runs.
 */
function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    command: process.argv.slice(1).map((a) => path.relative(process.cwd(), a) || a).join(' ').slice(0, 300),
    started: new Date().toISOString(),
    host: os.hostname(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me, null, 2), { flag: 'wx' });
      return () => {
        const h = readHolder(file);
        if (h && h.pid === me.pid && h.started === me.started) fs.rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const h = readHolder(file);
    // Live: our own pid since this process started, or another pid that runs. (A container restarted
    // with the same pid, or another host name, leaves an older lock: taken over.)
    const live = h && (h.pid === process.pid ? Date.parse(h.started) >= processStarted() - 1000 : processAlive(h.pid));
    const otherHost = h && h.host && h.host !== me.host;
    if (h && live) {
      const since = new Date(h.started).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
      throw new DatabaseOpenError(
        `Thư mục dữ liệu ${dataDir} đang được một tiến trình khác dùng: PID ${h.pid}${otherHost ? ` trên máy ${h.host}` : ''} ` +
        `(lệnh: ${h.command || 'không rõ'}), mở từ ${since}. Mỗi thư mục PGlite chỉ một tiến trình được mở cùng lúc: ` +
        `hãy dừng tiến trình đó trước (máy chủ VinhDanh: Ctrl+C hoặc dừng dịch vụ), hoặc dùng PostgreSQL (DATABASE_URL) để chạy nhiều tiến trình. ` +
        `Nếu chắc chắn tiến trình đó không còn chạy, xóa tệp ${file} rồi thử lại.`,
      );
    }
    // Left by a process that is gone (crash, power cut): take it over.
    fs.rmSync(file, { force: true });
  }
  throw new DatabaseOpenError(`Không giữ được khóa của thư mục dữ liệu ${dataDir} (tệp ${file}).`);
}

async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (!dataDir) {
    const client = await PGlite.create({ extensions: await pgliteExtensions() });
    return { db: drizzle(client, { schema }) as unknown as Db, kind: 'pglite', close: () => client.close() };
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  const existed = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  let client: InstanceType<typeof PGlite>;
  try {
    client = await PGlite.create({ dataDir, extensions: await pgliteExtensions() });
  } catch (err) {
    release();
    if (!existed) throw err;
    throw new DatabaseOpenError(
      `Không mở được cơ sở dữ liệu PGlite trong thư mục ${dataDir}: dữ liệu trong thư mục bị hỏng hoặc không đọc được ` +
      `(thường do máy tắt đột ngột, đĩa đầy, hoặc hai tiến trình cùng ghi vào một thư mục; lỗi gốc: ${(err as Error).message}). ` +
      `Khôi phục từ bản sao lưu: 1) dừng VinhDanh; 2) đổi tên thư mục hỏng để giữ lại (ví dụ ${dataDir}.hong), đừng xóa; ` +
      `3) chạy "npm run restore -- TỆP-SAO-LƯU" với bản sao lưu gần nhất (lệnh tạo thư mục mới ${dataDir}); 4) khởi động lại. ` +
      `Những thay đổi sau lần sao lưu đó cần nhập lại.`,
      { cause: err },
    );
  }
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pg = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // DATE columns stay 'yyyy-mm-dd' strings on both drivers.
  pg.types.setTypeParser(1082, (v: string) => v);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A dropped idle connection must not crash the server: the pool replaces it on the next query.
  pool.on('error', (err) => console.error('PostgreSQL:', err.message));
  const db = drizzle(pool, { schema }) as unknown as Db;
  return { db, kind: 'postgresql', close: () => pool.end() };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database.db as never, { migrationsFolder });
    await installQueueSchema(database);
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    // Instances starting together migrate one after the other (a session lock on one connection).
    const pool = (database.db as unknown as { $client: import('pg').Pool }).$client;
    const lock = await pool.connect();
    try {
      await lock.query(`SELECT pg_advisory_lock(hashtext('vinhdanh.migrate'))`);
      await migrate(database.db as never, { migrationsFolder });
      await installQueueSchema(database);
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(hashtext('vinhdanh.migrate'))`).catch(() => undefined);
      lock.release();
    }
  }
}

/** The job queue's own tables (pg-boss), so a fresh database is complete. */
async function installQueueSchema(database: Database): Promise<void> {
  const { installQueueSchema: install } = await import('./queue-schema');
  await install(database);
}

/** Rows of a raw query on either driver. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
