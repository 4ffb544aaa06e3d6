/**
 * 50,000 people from one XLSX through POST /api/people/import (all or nothing, row checks, one audit
 * entry per person), timed from the upload to the job's end, with the peak memory of the process
 * doing it (bench/import/child.ts). Target: ≤ 10 s and ≤ 300 MB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import { bigPeopleXlsx } from '../../tests/fixtures/big-xlsx';
import { IMPORT_UNITS, type ImportChildResult } from './child';

export const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);

let fileCache: Promise<string> | null = null;
/** The file, written once per bench run (exceljs streaming writer). */
export function importFile(): Promise<string> {
  fileCache ??= (async () => {
    const file = path.join(os.tmpdir(), `vd-bench-people-${IMPORT_ROWS}-${process.pid}.xlsx`);
    fs.writeFileSync(file, await bigPeopleXlsx(IMPORT_ROWS, IMPORT_UNITS));
    process.on('exit', () => fs.rmSync(file, { force: true }));
    return file;
  })();
  return fileCache;
}

export async function importBench(url?: string): Promise<ImportChildResult> {
  const file = await importFile();
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./child.ts', import.meta.url), [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: 'inherit' });
    child.once('message', (m: { result?: ImportChildResult; error?: string }) => (m.result ? resolve(m.result) : reject(new Error(m.error))));
    child.once('error', reject);
    child.once('exit', (code) => { if (code !== 0) reject(new Error(`import child exited with ${code}`)); });
    child.send({ file, url });
  });
}

export const importLine = (r: ImportChildResult) =>
  `${r.created.toLocaleString('en')} people in ${(r.ms / 1000).toFixed(1)} s, peak memory ${r.peakRssMb.toFixed(0)} MB (process before the upload: ${r.baselineRssMb.toFixed(0)} MB); ${r.auditEntries.toLocaleString('en')} audit entries, chain ${r.auditOk ? 'verified' : 'BROKEN'}; job ${r.status}`;
