import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseOpenError, LOCK_FILE, openDatabase, type Database } from '../../src/db/client';

/**
 * One PGlite folder, one process: a second server, `npm run audit:verify` or a second open in the
 * same process refuses while the folder is in use, naming the process that holds it; a lock left by
 * a process that died is taken over; a folder that does not open says how to restore a backup.
 * (PGlite only: PostgreSQL is a server that many processes share.)
 */
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function auditVerify(dataDir: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ['src/cli/audit-verify.ts'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', VD_DATA_DIR: dataDir } }, (err, _stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr });
    });
  });
}

describe('the PGlite data folder lock', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-lock-'));
  const dir = path.join(tmp, `pglite-${randomBytes(3).toString('hex')}`);
  let held: Database | null = null;

  beforeAll(async () => {
    held = await openDatabase({ dataDir: dir, migrate: false });
  }, 300_000);
  afterAll(async () => {
    await held?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('writes who holds the folder: pid, command and when it started', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, command: expect.any(String), started: expect.any(String) });
  });

  it('refuses a second open in the same process, naming the holder, in Vietnamese', async () => {
    const second = await openDatabase({ dataDir: dir, migrate: false }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(DatabaseOpenError);
    expect((second as Error).message).toContain(`đang được một tiến trình khác dùng: PID ${process.pid}`);
    expect((second as Error).message).toContain('Mỗi thư mục PGlite chỉ một tiến trình được mở cùng lúc');
  });

  it('makes npm run audit:verify refuse while a server holds the folder, and leaves the folder alone', async () => {
    const run = await auditVerify(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Không kiểm tra được nhật ký: Thư mục dữ liệu ${dir} đang được một tiến trình khác dùng: PID ${process.pid}`);
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
  }, 120_000);

  it('releases the folder on close and takes over a lock left by a process that died', async () => {
    await held!.close();
    held = null;
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: dead, command: 'src/server/main.ts', started: '2026-01-01T00:00:00.000Z', host: os.hostname() }));
    held = await openDatabase({ dataDir: dir, migrate: false });
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
  }, 300_000);

  it('a folder that does not open says what happened and how to restore a backup', async () => {
    const broken = path.join(tmp, 'hong');
    fs.mkdirSync(path.join(broken, 'global'), { recursive: true });
    fs.writeFileSync(path.join(broken, 'PG_VERSION'), '18\n');
    const err = await openDatabase({ dataDir: broken, migrate: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseOpenError);
    const message = (err as Error).message;
    expect(message).toContain(`Không mở được cơ sở dữ liệu PGlite trong thư mục ${broken}`);
    expect(message).toContain('npm run restore -- TỆP-SAO-LƯU');
    expect(fs.existsSync(path.join(broken, LOCK_FILE))).toBe(false);
  }, 120_000);
});
