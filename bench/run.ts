/**
 * `npm run bench`: prints figures, asserts nothing. Eligibility screening at province scale
 * (50,000 people in 60 agencies, 10 years of records) on embedded PGlite and on PostgreSQL.
 * PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://root@127.0.0.1:5432/test
 * (a scratch database is created beside it and dropped). `--only pglite|postgresql` runs one.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client';
import { generateProvinceDataset, PROVINCE } from './eligibility/dataset';
import { plainRead, screenProvince } from './eligibility/measure';
import { runMailBench } from './mail/measure';
import { runPickupBench } from './jobs/measure';

const YEAR = PROVINCE.lastYear;
const AS_OF = `${YEAR + 1}-01-15`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function benchOn(name: string, database: Database) {
  console.log(`\n== ${name}`);
  let t = performance.now();
  const counts = await generateProvinceDataset(database.db);
  console.log(`dataset: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')} (generated in ${fmt(performance.now() - t)})`);
  await screenProvince(database.db, YEAR, AS_OF); // warm-up: JIT, caches, plans
  await plainRead(database.db, YEAR);
  const screenTimes: number[] = [];
  const sequentialTimes: number[] = [];
  const readTimes: number[] = [];
  let last: Awaited<ReturnType<typeof screenProvince>> | null = null;
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    last = await screenProvince(database.db, YEAR, AS_OF);
    screenTimes.push(performance.now() - t);
    sequentialTimes.push((await screenProvince(database.db, YEAR, AS_OF, false)).ms);
    readTimes.push((await plainRead(database.db, YEAR)).ms);
  }
  const screenMs = median(screenTimes);
  const readMs = median(readTimes);
  const ratio = screenMs / readMs;
  console.log(`screening ${YEAR}: ${last!.people} people and their units, ${last!.verdicts} verdicts`);
  console.log(`  screen everyone for every title: ${fmt(screenMs)} (median of ${RUNS}; waiting for rows ${fmt(last!.detail.wait!)}, build cases ${fmt(last!.detail.build!)}, judge ${fmt(last!.detail.judge!)}; each agency's rows requested while the previous one is judged)`);
  console.log(`  the same, one agency after another: ${fmt(median(sequentialTimes))}`);
  console.log(`  plain read of the same rows:     ${fmt(readMs)}`);
  console.log(`  ratio: ${ratio.toFixed(2)}×   target ≤ 2 s and ≤ 3× → ${screenMs <= 2000 && ratio <= 3 ? 'MET' : 'NOT MET'}`);
  return { name, screenMs, readMs, ratio };
}

async function main() {
  const results = [];
  if (!only || only === 'pglite') {
    const database = await openDatabase({});
    try {
      results.push(await benchOn('PGlite (embedded)', database));
    } finally {
      await database.close();
    }
  }
  if (!only || only === 'postgresql') {
    const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
    const name = `vd_bench_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    try {
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const database = await openDatabase({ url: url.toString() });
      try {
        results.push(await benchOn('PostgreSQL', database));
      } finally {
        await database.close();
      }
    } catch (err) {
      console.log(`\n== PostgreSQL: not measured (${(err as Error).message})`);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end().catch(() => undefined);
    }
  }
  // Mail: messages/s to a local SMTP server, nodemailer alone and through the outbox and queue (bench/mail/measure.ts).
  await runMailBench(only, process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test');
  // Jobs: how long a queued job waits before a worker starts it (bench/jobs/measure.ts).
  const pickups = await runPickupBench(only, process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test');
  console.log('\nsummary');
  for (const r of results) console.log(`  ${r.name.padEnd(20)} screen ${fmt(r.screenMs)}  plain read ${fmt(r.readMs)}  ratio ${r.ratio.toFixed(2)}×`);
  for (const l of pickups) console.log(l);
}

await main();
