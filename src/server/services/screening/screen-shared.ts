import { format } from 'date-fns';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../db/client';
import type { ScreeningResult } from '../../../shared/schemas/eligibility';
import { screen, type ScreeningOptions } from './screen';

/**
 * Identical screenings asked for at the same time share one computation (a screening of a large
 * agency is the heaviest read: ~1,700 people take a few hundred milliseconds of CPU). A request joins
 * a computation only if nothing has been written since it started: the key carries the audit log's
 * last sequence number, and every write appends an audit entry in its own transaction, appends being
 * serialised by an advisory lock held until commit. Nothing is kept once the computation is done.
 */
const inFlight = new WeakMap<Db, Map<string, Promise<ScreeningResult>>>();

async function dataVersion(db: Db): Promise<string> {
  const [row] = rowsOf<{ seq: string | number | null }>(await db.execute(sql`SELECT max(seq) AS seq FROM audit_log`));
  return String(row?.seq ?? 0);
}

export async function screenShared(db: Db, opts: ScreeningOptions): Promise<ScreeningResult> {
  const asOf = opts.asOf ?? format(new Date(), 'yyyy-MM-dd');
  const key = [await dataVersion(db), opts.agencyId, opts.year, opts.unitId ?? '', asOf].join('|');
  let running = inFlight.get(db);
  if (!running) inFlight.set(db, (running = new Map()));
  const shared = running.get(key);
  if (shared) return shared;
  const pending = screen(db, { ...opts, asOf });
  running.set(key, pending);
  try {
    return await pending;
  } finally {
    running.delete(key);
  }
}
