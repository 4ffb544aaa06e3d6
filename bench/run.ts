/**
 * `npm run bench`: prints figures, asserts nothing, on embedded PGlite and on PostgreSQL.
 *  - screening: eligibility screening at province scale (50,000 people in 60 agencies, 10 years of records);
 *  - load: people search by 20 concurrent signed-in clients over HTTP beside a bare route running the
 *    same SQL, and 200 concurrent users across the read pages (bench/load/measure.ts).
 * PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://root@127.0.0.1:5432/test
 * (a scratch database is created beside it and dropped). `--only pglite|postgresql` runs one database,
 * `--suite screening|load|import|mail|jobs` one suite (default: all).
 *  - import: 50,000 people from one XLSX through the import route, time and peak memory (bench/import/measure.ts).
 *  - jobs: job pick-up delay of the durable queue (bench/jobs/measure.ts).
 *  - proposals: office inbox, a round's candidate list and the agenda run at province size, PostgreSQL only (bench/proposals/measure.ts;
 *    not in the default set: `--suite proposals`).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client';
import { generateProvinceDataset, PROVINCE } from './eligibility/dataset';
import { plainRead, screenProvince } from './eligibility/measure';
import { line, loadBench, loadOptionsFromEnv, type LoadFigures } from './load/measure';
import { runMailBench } from './mail/measure';
import { runPickupBench } from './jobs/measure';
import { runProposalsBench } from './proposals/measure';
import { importBench, importLine, IMPORT_ROWS } from './import/measure';
import type { ImportChildResult } from './import/child';

const YEAR = PROVINCE.lastYear;
const AS_OF = `${YEAR + 1}-01-15`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const only = arg('--only');
const suites = arg('--suite')?.split(',') ?? ['screening', 'load', 'import', 'mail', 'jobs'];

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

/** A fresh database of each kind for one suite: PGlite in memory, and a scratch PostgreSQL database. */
async function onEachDatabase(run: (name: string, database: Database) => Promise<void>) {
  if (!only || only === 'pglite') {
    const database = await openDatabase({});
    try {
      await run('PGlite (embedded)', database);
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
        await run('PostgreSQL', database);
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
}

async function main() {
  const screening: Awaited<ReturnType<typeof benchOn>>[] = [];
  const load: { name: string; figures: LoadFigures }[] = [];
  if (suites.includes('screening')) await onEachDatabase(async (name, database) => { screening.push(await benchOn(name, database)); });
  if (suites.includes('load')) {
    const options = loadOptionsFromEnv();
    await onEachDatabase(async (name, database) => {
      console.log(`\n== ${name}: load over HTTP on loopback`);
      load.push({ name, figures: await loadBench(database, options) });
    });
  }
  // import: 50,000 people from one XLSX, in a child process whose peak memory is sampled
  const imports: { name: string; result: ImportChildResult }[] = [];
  if (suites.includes('import')) {
    const report = (name: string, result: ImportChildResult) => {
      imports.push({ name, result });
      console.log(`\n== ${name}: people import, ${IMPORT_ROWS} rows from one XLSX\n  ${importLine(result)}`);
      console.log(`  target ≤ 10 s and ≤ 300 MB → ${result.ms <= 10_000 && result.peakRssMb <= 300 && result.status === 'succeeded' ? 'MET' : 'NOT MET'}`);
    };
    if (!only || only === 'pglite') report('PGlite (embedded)', await importBench());
    if (!only || only === 'postgresql') {
      const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
      const dbName = `vd_bench_${randomBytes(3).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      try {
        await admin.connect();
        await admin.query(`CREATE DATABASE ${dbName}`);
        const url = new URL(adminUrl);
        url.pathname = `/${dbName}`;
        report('PostgreSQL', await importBench(url.toString()));
      } catch (err) {
        console.log(`\n== PostgreSQL: import not measured (${(err as Error).message})`);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
        await admin.end().catch(() => undefined);
      }
    }
  }
  // mail: messages/s to a local SMTP server, nodemailer alone and through the outbox and queue (bench/mail/measure.ts)
  if (suites.includes('mail')) await runMailBench(only, process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test');
  // jobs: how long a queued job waits before a worker starts it (bench/jobs/measure.ts)
  const pickups = suites.includes('jobs') ? await runPickupBench(only, process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test') : [];
  // proposals: inbox, candidate list and agenda run at province size, PostgreSQL only (bench/proposals/measure.ts)
  if (suites.includes('proposals') && only !== 'pglite') await runProposalsBench(process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test');
  console.log('\nsummary');
  for (const r of screening) console.log(`  ${r.name.padEnd(20)} screen ${fmt(r.screenMs)}  plain read ${fmt(r.readMs)}  ratio ${r.ratio.toFixed(2)}×`);
  for (const { name, figures } of load) {
    console.log(`  ${name.padEnd(20)} search, app:  ${line(figures.search)}`);
    console.log(`  ${''.padEnd(20)} search, bare: ${line(figures.bare)}`);
    console.log(`  ${''.padEnd(20)} ${figures.mixed ? `read pages:   ${line(figures.mixed)}` : ''}`);
  }
  for (const { name, result } of imports) console.log(`  ${name.padEnd(20)} import: ${importLine(result)}`);
  for (const l of pickups) console.log(l);
}

await main();
