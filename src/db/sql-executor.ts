/**
 * Plain "SQL text + $1..$n values" executors over our databases, for libraries that bring their own
 * SQL (pg-boss). PGlite is one connection that runs one query at a time, so everything goes through
 * the one client; inside a Drizzle transaction the statement must run on that transaction.
 */
import { Param, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Database, type Db } from './client';

export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

interface PgliteClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  exec(text: string): Promise<{ rows: Record<string, unknown>[] }[]>;
}
interface PgPool {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] } | { rows: Record<string, unknown>[] }[]>;
}

const defined = (values: unknown[]) => values.map((v) => (v === undefined ? null : v));

/** The database's own client: PGlite's `query`/`exec`, or the node-postgres pool. */
export function clientExecutor(database: Database): SqlExecutor {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'pglite') {
    const pglite = client as PgliteClient;
    return {
      async executeSql(text, values) {
        if (values?.length) return { rows: (await pglite.query(text, defined(values))).rows };
        // No values: possibly several statements (pg-boss sends BEGIN; …; COMMIT as one text).
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
    };
  }
  const pool = client as PgPool;
  return {
    async executeSql(text, values) {
      const result = await pool.query(text, values?.length ? defined(values) : undefined);
      return { rows: Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows };
    },
  };
}

/** `$1..$n` text turned into a Drizzle `sql` (each placeholder becomes a bound parameter). */
export function positionalSql(text: string, values: unknown[] = []): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      if (parts[i]) chunks.push(sql.raw(parts[i]!));
    } else {
      const value = values[Number(parts[i]) - 1];
      chunks.push(sql`${new Param(value === undefined ? null : value)}`);
    }
  }
  return sql.join(chunks);
}

/** Runs single statements on a Drizzle database or transaction (so they commit or roll back with it). */
export function drizzleExecutor(db: Db): SqlExecutor {
  return {
    async executeSql(text, values) {
      return { rows: rowsOf<Record<string, unknown>>(await db.execute(positionalSql(text, values))) };
    },
  };
}
