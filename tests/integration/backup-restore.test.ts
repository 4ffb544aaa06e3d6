import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, sql } from 'drizzle-orm';
import { openDatabase, rowsOf, type Database, type DatabaseKind, type Db } from '../../src/db/client';
import { auditLog, fileBlobs, files, persons } from '../../src/db/schema';
import { verifyAuditLog } from '../../src/db/audit-log';
import { backupDatabase, restoreDatabase, SKIPPED_TABLES } from '../../src/db/backup';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo/seed';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { createTestApp, signIn } from '../support/app';
import { multipartFile } from '../fixtures/multipart';
import { docxFile, pdfFile, pngFile } from '../fixtures/files';

const run = promisify(execFile);
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-backup-test-'));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Every table of `public`, with its row count and a digest of all its rows (as PostgreSQL prints them). */
async function fingerprint(db: Db) {
  await db.execute(sql`SET TIME ZONE 'UTC'`);
  const tables = rowsOf<{ t: string }>(await db.execute(sql`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`));
  const out: Record<string, { rows: number; digest: string }> = {};
  for (const { t } of tables) {
    if (SKIPPED_TABLES.includes(t)) continue;
    const [r] = rowsOf<{ n: string | number; d: string | null }>(await db.execute(sql.raw(
      `SELECT count(*) AS n, md5(coalesce(string_agg(j, E'\\n' ORDER BY j), '')) AS d FROM (SELECT row_to_json(x)::text AS j FROM public."${t}" x) s`,
    )));
    out[t] = { rows: Number(r!.n), digest: r!.d ?? '' };
  }
  return out;
}

async function storedFiles(db: Db) {
  const blobs = await db.select({ sha256: fileBlobs.sha256, content: fileBlobs.content }).from(fileBlobs).orderBy(fileBlobs.sha256);
  return blobs.map((b) => ({ sha256: b.sha256, actual: sha(b.content), bytes: b.content.length }));
}

describe.each(databaseKinds)('backup of a %s database with the demo data and files', (sourceKind) => {
  let source: Database;
  let file: string;
  let expected: Awaited<ReturnType<typeof fingerprint>>;
  let expectedFiles: Awaited<ReturnType<typeof storedFiles>>;
  const uploaded: Buffer[] = [pdfFile('Quyết định số 15/QĐ-SKHCN'), docxFile('Bản thành tích cá nhân'), pngFile()];

  beforeAll(async () => {
    source = await createTestDatabase(sourceKind);
    await seedDemo(source.db);
    const app = await createTestApp(source);
    const office = await signIn(app, 'demo.vanphong', DEMO_PASSWORD);
    const [person] = await source.db.select({ id: persons.id }).from(persons).limit(1);
    const names = ['Quyết định khen thưởng.pdf', 'Bản thành tích.docx', 'Ảnh.png'];
    for (const [i, content] of uploaded.entries()) {
      const res = await office.request({ method: 'POST', url: `/api/files?objectType=person&objectId=${person!.id}`, ...multipartFile(content, names[i], 'file', 'application/octet-stream') });
      expect(res.statusCode, res.body).toBe(201);
    }
    // The same content again: a second record, no second blob.
    const again = await office.request({ method: 'POST', url: `/api/files?objectType=person&objectId=${person!.id}`, ...multipartFile(uploaded[0]!, 'Bản sao.pdf', 'file', 'application/pdf') });
    expect(again.json().deduplicated).toBe(true);
    await app.close();

    file = path.join(tmpDir, `demo-${sourceKind}.vdbak`);
    const summary = await backupDatabase(source, file);
    expect(summary.counts.files).toBe(4);
    expect(summary.counts.file_blobs).toBe(3);
    expected = await fingerprint(source.db);
    expectedFiles = await storedFiles(source.db);
    console.log(`backup of the demo database on ${sourceKind}: ${summary.milliseconds} ms, ${(summary.bytes / 1024).toFixed(0)} KB, ` +
      `${Object.values(summary.counts).reduce((a, b) => a + b, 0)} rows`);
  });
  afterAll(async () => {
    await source?.close();
  });

  it.each(databaseKinds as DatabaseKind[])('restores into an empty %s database: same rows, same files, an audit chain that verifies', async (targetKind) => {
    const target = await createTestDatabase(targetKind);
    try {
      const summary = await restoreDatabase(target, file);
      expect(summary.replaced).toBe(false);
      const got = await fingerprint(target.db);
      expect(Object.keys(got)).toEqual(Object.keys(expected));
      for (const t of Object.keys(expected)) expect(got[t], t).toEqual(expected[t]);
      expect(expected.persons!.rows).toBeGreaterThan(100);

      const restoredFiles = await storedFiles(target.db);
      expect(restoredFiles).toEqual(expectedFiles);
      for (const f of restoredFiles) expect(f.actual).toBe(f.sha256);
      expect(restoredFiles.map((f) => f.sha256).sort()).toEqual(uploaded.map(sha).sort());

      const audit = await verifyAuditLog(target.db);
      expect(audit.problems).toEqual([]);
      expect(audit.ok).toBe(true);
      expect(audit.checked).toBe(expected.audit_log!.rows);

      // The chain goes on after a restore: a new entry links to the restored head.
      const app = await createTestApp(target);
      const office = await signIn(app, 'demo.vanphong', DEMO_PASSWORD);
      const [person] = await target.db.select({ id: persons.id }).from(persons).limit(1);
      const res = await office.request({ method: 'POST', url: `/api/files?objectType=person&objectId=${person!.id}`, ...multipartFile(pdfFile('Sau khi khôi phục'), 'Mới.pdf') });
      expect(res.statusCode, res.body).toBe(201);
      await app.close();
      expect((await verifyAuditLog(target.db)).ok).toBe(true);
      const [{ n }] = (await target.db.select({ n: count() }).from(auditLog)) as [{ n: number }];
      expect(n).toBeGreaterThan(expected.audit_log!.rows);

      // A database with data is not overwritten without --force, and is left as it was.
      const before = await fingerprint(target.db);
      await expect(restoreDatabase(target, file)).rejects.toThrow(/đã có dữ liệu.*--force/);
      expect(await fingerprint(target.db)).toEqual(before);
      // With force: exactly the backup again.
      const forced = await restoreDatabase(target, file, { force: true });
      expect(forced.replaced).toBe(true);
      expect(await fingerprint(target.db)).toEqual(expected);
    } finally {
      await target.close();
    }
  }, 600_000);

  it('refuses a cut-off or foreign file and leaves the target empty', async () => {
    const target = await createTestDatabase(sourceKind);
    try {
      const whole = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
      const cut = path.join(tmpDir, `cut-${sourceKind}.vdbak`);
      fs.writeFileSync(cut, zlib.gzipSync(whole.slice(0, Math.floor(whole.length * 0.8)).replace(/\n[^\n]*$/, '\n')));
      await expect(restoreDatabase(target, cut)).rejects.toThrow(/bị cắt ngang/);
      const broken = path.join(tmpDir, `broken-${sourceKind}.vdbak`);
      fs.writeFileSync(broken, fs.readFileSync(file).subarray(0, 5000));
      await expect(restoreDatabase(target, broken)).rejects.toThrow(/bị hỏng|cắt ngang/);
      const foreign = path.join(tmpDir, `foreign-${sourceKind}.vdbak`);
      fs.writeFileSync(foreign, zlib.gzipSync('{"hello":"world"}\n'));
      await expect(restoreDatabase(target, foreign)).rejects.toThrow(/không phải bản sao lưu VinhDanh/);
      const [{ n }] = (await target.db.select({ n: count() }).from(files)) as [{ n: number }];
      expect(n).toBe(0);
      expect((await fingerprint(target.db)).persons!.rows).toBe(0);
    } finally {
      await target.close();
    }
  }, 300_000);
});

describe('npm run backup / npm run restore on PGlite folders', () => {
  afterAll(() => fs.rmSync(tmpDir, { recursive: true, force: true }));

  it('backs up a data folder and restores it into a new one, saying in Vietnamese what it did', async () => {
    const from = path.join(tmpDir, 'from');
    const to = path.join(tmpDir, 'to');
    const database = await openDatabase({ dataDir: from });
    const f = factory(database.db);
    const agency = await f.agency({ name: 'Sở Tư pháp' });
    const unit = await f.unit(agency.id);
    await f.person(agency.id, unit.id);
    await database.close();

    const file = path.join(tmpDir, 'cli.vdbak');
    const tsx = path.resolve('node_modules/.bin/tsx');
    const backup = await run(tsx, ['src/cli/backup.ts', file], { env: { ...process.env, VD_DATA_DIR: from, DATABASE_URL: '' } });
    expect(backup.stdout).toMatch(/^Đã sao lưu PGlite .* vào .*cli\.vdbak: \d+ dòng trong \d+ bảng, 0 tệp đính kèm/);
    const restore = await run(tsx, ['src/cli/restore.ts', file], { env: { ...process.env, VD_DATA_DIR: to, DATABASE_URL: '' } });
    expect(restore.stdout).toMatch(/^Đã khôi phục vào PGlite .* từ .*cli\.vdbak/);
    expect(restore.stdout).toMatch(/Nhật ký toàn vẹn/);
    const again = await run(tsx, ['src/cli/restore.ts', file], { env: { ...process.env, VD_DATA_DIR: to, DATABASE_URL: '' } }).catch((e: { code: number; stderr: string }) => e);
    expect((again as { code: number }).code).toBe(2);
    expect((again as { stderr: string }).stderr).toMatch(/Không khôi phục: Cơ sở dữ liệu đích đã có dữ liệu.*--force/);

    const restored = await openDatabase({ dataDir: to });
    const [{ n }] = (await restored.db.select({ n: count() }).from(persons)) as [{ n: number }];
    expect(n).toBe(1);
    await restored.close();
  }, 600_000);
});
