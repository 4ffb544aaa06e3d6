/**
 * Compact text for the bulk of screening data (ratings and awards: a million rows for a province).
 * The query groups the rows per person and the whole agency comes back as one value:
 *   `<personId> <field> <field> … <field> <field> …;<personId> …`
 * every field preceded by a space, a fixed number of fields per record, ';' between people. Only
 * catalogue codes, integers and ISO dates are written (codes are checked in the query), so no value
 * can contain a separator. Decoding scans with indexOf and hands out the catalogue's own strings
 * (no split arrays; only dates are cut out of the text).
 */
import { sql, type SQL } from 'drizzle-orm';
import { AWARD_CODES, BASIS_TYPES, CSTDCS_PATHS, RATING_LEVELS, RATING_REGIME_IDS } from '../../../domain/catalogue';
import type { AwardRecord, RatingRecord } from '../../../domain/eligibility';

/** Ratings (valid levels only; regime '' when not in the catalogue) as `<owner> year level regime t|f…`. */
export function ratingsTextQuery(owner: SQL, where: SQL): SQL {
  return sql`SELECT string_agg(owner || s, ';') AS t FROM (
      SELECT ${owner} AS owner, string_agg(' ' || year || ' ' || level || ' ' || CASE WHEN regime IN ${[...RATING_REGIME_IDS]} THEN regime ELSE '' END
        || CASE WHEN spirit_attested THEN ' t' ELSE ' f' END, '') AS s
      FROM ratings WHERE ${where} AND level IN ${[...RATING_LEVELS]} GROUP BY ${owner}) x`;
}

/**
 * Awards (catalogue codes only; basis type CONG_TRANG and no CSTĐCS path when not in the catalogue)
 * as `<owner> code year basisType cstdcsBasis decidedOn…`.
 */
export function awardsTextQuery(owner: SQL, where: SQL): SQL {
  return sql`SELECT string_agg(owner || s, ';') AS t FROM (
      SELECT ${owner} AS owner, string_agg(' ' || award_code || ' ' || year || ' ' || CASE WHEN basis_type IN ${[...BASIS_TYPES]} THEN basis_type ELSE 'CONG_TRANG' END
        || ' ' || CASE WHEN cstdcs_basis IN ${[...CSTDCS_PATHS]} THEN cstdcs_basis ELSE '' END || ' ' || coalesce(decided_on::text, ''), '') AS s
      FROM awards WHERE ${where} AND award_code IN ${[...AWARD_CODES]} GROUP BY ${owner}) x`;
}

/** Reads fields one after the other within the current person's block. */
class Reader {
  private pos = 0;
  private blockEnd = 0;
  /** Bounds of the field just read. */
  private a = 0;
  private b = 0;
  constructor(private readonly text: string) {}

  /** Starts the next person's block; returns the owner id, or null at the end. */
  nextOwner(): string | null {
    const t = this.text;
    if (this.pos >= t.length) return null;
    let end = t.indexOf(';', this.pos);
    if (end < 0) end = t.length;
    this.blockEnd = end;
    const sp = t.indexOf(' ', this.pos);
    const owner = t.slice(this.pos, sp < 0 || sp > end ? end : sp);
    this.pos += owner.length;
    return owner;
  }

  hasRecord(): boolean {
    return this.pos < this.blockEnd;
  }

  /** Moves to the next field (this.pos sits on the space before it) and sets its bounds a..b. */
  private field(): void {
    const start = this.pos + 1;
    let end = this.text.indexOf(' ', start);
    if (end < 0 || end > this.blockEnd) end = this.blockEnd;
    this.pos = end;
    this.a = start;
    this.b = end;
  }

  int(): number {
    this.field();
    let n = 0;
    for (let i = this.a; i < this.b; i++) n = n * 10 + this.text.charCodeAt(i) - 48;
    return n;
  }

  /** One of `codes` (the catalogue's string), or undefined for an empty field. */
  code<T extends string>(codes: readonly T[]): T | undefined {
    this.field();
    const { a, b } = this;
    if (a === b) return undefined;
    for (const c of codes) if (c.length === b - a && this.text.startsWith(c, a)) return c;
    throw new Error(`screening text: unexpected code "${this.text.slice(a, b)}"`);
  }

  str(): string | undefined {
    this.field();
    return this.a === this.b ? undefined : this.text.slice(this.a, this.b);
  }

  /** Past the end of the block: on to the next owner. */
  endBlock(): void {
    this.pos = this.blockEnd + 1;
  }
}

export function decodeRatings(text: string | null, each: (owner: string, ratings: RatingRecord[]) => void): void {
  if (!text) return;
  const r = new Reader(text);
  for (let owner = r.nextOwner(); owner !== null; owner = r.nextOwner()) {
    const list: RatingRecord[] = [];
    while (r.hasRecord()) {
      const year = r.int();
      const level = r.code(RATING_LEVELS)!;
      const regime = r.code(RATING_REGIME_IDS);
      list.push({ year, level, regime, spiritAttested: r.code(SPIRIT) === 't' });
    }
    r.endBlock();
    each(owner, list);
  }
}

const SPIRIT = ['t', 'f'] as const;

/** Awards of each owner, oldest first. */
export function decodeAwards(text: string | null, each: (owner: string, awards: AwardRecord[]) => void): void {
  if (!text) return;
  const r = new Reader(text);
  for (let owner = r.nextOwner(); owner !== null; owner = r.nextOwner()) {
    const list: AwardRecord[] = [];
    let sorted = true;
    while (r.hasRecord()) {
      const code = r.code(AWARD_CODES)!;
      const year = r.int();
      const basisType = r.code(BASIS_TYPES)!;
      const cstdcsBasis = r.code(CSTDCS_PATHS);
      const decidedOn = r.str();
      if (list.length && list[list.length - 1]!.year > year) sorted = false;
      list.push({ code, year, basisType, cstdcsBasis, decidedOn });
    }
    r.endBlock();
    if (!sorted) list.sort((a, b) => a.year - b.year);
    each(owner, list);
  }
}
