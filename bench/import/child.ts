/**
 * One people import of a large XLSX through the real route, in a process of its own so that its
 * peak memory (resident set, sampled every 10 ms) is the import's: the app, the upload, the
 * streaming read, the checks, the batched writes and, on PGlite, the embedded database itself.
 * Input (IPC): { file, url? }. Output: timings, peak and baseline RSS, rows created, audit entries.
 */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client';
import { verifyAuditLog } from '../../src/db/audit-log';
import { agencies, auditLog, persons, units, userRoles, users } from '../../src/db/schema';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createSession, SESSION_COOKIE } from '../../src/server/services/sessions';
import { multipartFile } from '../../tests/fixtures/multipart';

export interface ImportChildResult {
  ms: number;
  created: number;
  auditEntries: number;
  auditOk: boolean;
  status: string;
  message: string;
  peakRssMb: number;
  baselineRssMb: number;
}

export const IMPORT_UNITS = ['Văn phòng Sở', 'Phòng Quản lý khoa học', 'Trung tâm Ứng dụng và Thống kê KH&CN'];

async function run(input: { file: string; url?: string }): Promise<ImportChildResult> {
  const database = await openDatabase({ url: input.url });
  const config = loadConfig({ VD_WEB_DIR: '/nonexistent' });
  const app = await buildApp({ database, config } as Parameters<typeof buildApp>[0]);
  await app.ready();
  const db = database.db;
  const [agency] = await db.insert(agencies).values({ code: `IMP-${randomBytes(3).toString('hex')}`, name: 'Sở Thử tải nhập' }).returning();
  await db.insert(units).values(IMPORT_UNITS.map((name, i) => ({ agencyId: agency!.id, code: `U${i}`, name, kind: 'division' })));
  const [user] = await db.insert(users).values({ agencyId: agency!.id, username: `bench.import.${randomBytes(3).toString('hex')}`, displayName: 'Cán bộ TĐKT', passwordHash: 'x' }).returning();
  await db.insert(userRoles).values({ userId: user!.id, role: 'office', unitId: null });
  const session = await createSession(db, config, user!.id, {});
  const headers = { cookie: `${SESSION_COOKIE}=${session.token}`, 'x-csrf-token': session.csrfToken };
  const file = fs.readFileSync(input.file);
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 10);
  const t0 = performance.now();
  const body = multipartFile(file, 'can-bo-50000.xlsx');
  const res = await app.inject({ method: 'POST', url: '/api/people/import', payload: body.payload, headers: { ...body.headers, ...headers } });
  if (res.statusCode !== 202) throw new Error(`import refused: ${res.statusCode} ${res.body}`);
  const { jobId } = res.json() as { jobId: string };
  let job: { status: string; message: string } = { status: 'queued', message: '' };
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    job = (await app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers })).json();
    if (job.status !== 'queued' && job.status !== 'running') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const ms = performance.now() - t0;
  clearInterval(sampler);
  const [created] = await db.select({ n: count() }).from(persons).where(eq(persons.agencyId, agency!.id));
  const [audited] = await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.agencyId, agency!.id), eq(auditLog.action, 'person.created')));
  const audit = await verifyAuditLog(db);
  await db.execute(sql`SELECT 1`);
  await app.close();
  await database.close();
  return {
    ms, created: created!.n, auditEntries: audited!.n, auditOk: audit.ok, status: job.status, message: job.message,
    peakRssMb: peak / 1048576, baselineRssMb: baseline / 1048576,
  };
}

if (process.send) {
  process.once('message', (input: { file: string; url?: string }) => {
    run(input).then(
      (result) => process.send!({ result }, () => process.exit(0)),
      (err: Error) => process.send!({ error: err.stack ?? err.message }, () => process.exit(1)),
    );
  });
}
