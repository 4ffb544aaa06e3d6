/** Excel exports of the record lists, with the list's filters and the reader's scope. */
import type { Db } from '../../../db/client';
import { listAwards } from '../../../db/queries/records/awards';
import { listRatings } from '../../../db/queries/records/ratings';
import type { Scope } from '../../../domain/policies';
import { awardsWorkbook, ratingsWorkbook } from '../../../documents/records-export-xlsx';
import type { AwardsQuery, RatingsQuery } from '../../../shared/schemas/records';

const BATCH = 1000;

/** Every row of a paged list, a page at a time (the writer streams them). */
async function* allPages<Q, R>(list: (q: Q & { page: number; pageSize: number }) => Promise<{ items: R[]; total: number }>, q: Q): AsyncGenerator<R> {
  for (let page = 1; ; page++) {
    const { items, total } = await list({ ...q, page, pageSize: BATCH });
    yield* items;
    if (items.length < BATCH || page * BATCH >= total) return;
  }
}

type Filters<Q> = Omit<Q, 'page' | 'pageSize'>;

export async function exportRatings(db: Db, scope: Scope | null, q: Filters<RatingsQuery>): Promise<Buffer> {
  return ratingsWorkbook(allPages((p: RatingsQuery) => listRatings(db, scope, p), q), q.year ? `Xếp loại năm ${q.year}` : 'Xếp loại');
}

export async function exportAwards(db: Db, scope: Scope | null, q: Filters<AwardsQuery>): Promise<Buffer> {
  return awardsWorkbook(allPages((p: AwardsQuery) => listAwards(db, scope, p), q), q.year ? `Khen thưởng năm ${q.year}` : 'Khen thưởng');
}
