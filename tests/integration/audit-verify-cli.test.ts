import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/db/client';
import { appendAudit } from '../../src/db/audit-log';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** Runs `tsx src/cli/audit-verify.ts` (what `npm run audit:verify` runs) with the given database settings. */
function runCli(env: { DATABASE_URL?: string; VD_DATA_DIR?: string }): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ['src/cli/audit-verify.ts'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', VD_DATA_DIR: '', ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Three entries, written the way the application writes them. */
async function seedLog(database: Database) {
  for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']) {
    await database.db.transaction(async (tx) => {
      await appendAudit(tx, { agencyId: null, actorId: null, actorName: 'Quản trị', action: 'person.created', entity: 'person', entityId: null, after: { fullName: name } });
    });
  }
}

interface Target {
  /** Environment for the CLI. */
  env: { DATABASE_URL?: string; VD_DATA_DIR?: string };
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

async function pgliteTarget(): Promise<Target> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-audit-cli-'));
  return {
    env: { VD_DATA_DIR: dir },
    open: () => openDatabase({ dataDir: dir }),
    dispose: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresTarget(): Promise<Target> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `vd_test_cli_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ url: url.toString() }),
    dispose: async () => {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

const targets = [['pglite', pgliteTarget], ...(process.env.TEST_DATABASE_URL ? [['postgresql', postgresTarget] as const] : [])] as const;

describe.each(targets)('npm run audit:verify on %s', (_kind, makeTarget) => {
  let target: Target;

  beforeAll(async () => {
    target = await makeTarget();
    const database = await target.open();
    await seedLog(database);
    await database.close();
  });
  afterAll(async () => {
    await target?.dispose();
  });

  it('says the log is intact, with the number of entries checked, and exits 0', async () => {
    const run = await runCli(target.env);
    expect(run.stdout).toContain('Nhật ký toàn vẹn: 3 mục đã kiểm tra');
    expect(run.code).toBe(0);
  });

  it('lists the edited entry in Vietnamese and exits 1 after someone changes it in SQL', async () => {
    const database = await target.open();
    await database.db.execute(sql`UPDATE audit_log SET after = '{"fullName":"Trần Thị Bính"}'::jsonb WHERE seq = 2`);
    await database.close();
    const run = await runCli(target.env);
    expect(run.stdout).toContain('Nhật ký KHÔNG toàn vẹn: 1 vấn đề trong 3 mục đã kiểm tra');
    expect(run.stdout).toContain('Mục #2: nội dung đã bị sửa sau khi ghi.');
    expect(run.code).toBe(1);
  });
});

describe('npm run audit:verify without a database', () => {
  it('explains that the data folder is missing and exits 2', async () => {
    const run = await runCli({ VD_DATA_DIR: path.join(os.tmpdir(), `vd-khong-co-${randomBytes(4).toString('hex')}`) });
    expect(run.stderr).toContain('Không tìm thấy thư mục dữ liệu PGlite');
    expect(run.code).toBe(2);
  });
});
