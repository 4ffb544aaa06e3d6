/** Reading rounds, proposals and their candidates (with the names the views show). */
import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import {
  files, persons, proposalCandidateAttachments, proposalCandidateOpinions, proposalCandidateRequests, proposalCandidates, proposalCandidateVerdicts,
  proposals, reviewRounds, units,
} from '../schema';

export type RoundRow = typeof reviewRounds.$inferSelect;
export type ProposalRow = typeof proposals.$inferSelect;
export type CandidateRow = typeof proposalCandidates.$inferSelect;
export type RequestRow = typeof proposalCandidateRequests.$inferSelect;

const personUnits = alias(units, 'person_units');
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function roundById(db: Db, agencyId: string, id: string): Promise<RoundRow | null> {
  const [r] = await db.select().from(reviewRounds).where(and(eq(reviewRounds.id, id), eq(reviewRounds.agencyId, agencyId)));
  return r ?? null;
}

export async function listRoundRows(db: Db, agencyId: string, f: { status?: string; year?: number; hideDrafts: boolean }): Promise<RoundRow[]> {
  const where: SQL[] = [eq(reviewRounds.agencyId, agencyId)];
  if (f.status) where.push(eq(reviewRounds.status, f.status));
  if (f.year) where.push(eq(reviewRounds.year, f.year));
  if (f.hideDrafts) where.push(ne(reviewRounds.status, 'draft'));
  return db.select().from(reviewRounds).where(and(...where)).orderBy(desc(reviewRounds.opensOn), desc(reviewRounds.createdAt));
}

/** A proposal with its unit's and round's names. */
export interface ProposalWithNames extends ProposalRow {
  unitName: string;
  roundName: string;
  roundStatus: string;
  unitDeadline: string;
}
const proposalColumns = {
  p: proposals,
  unitName: units.name,
  roundName: reviewRounds.name,
  roundStatus: reviewRounds.status,
  unitDeadline: reviewRounds.unitDeadline,
};
const flatten = (r: { p: ProposalRow; unitName: string; roundName: string; roundStatus: string; unitDeadline: string }): ProposalWithNames => ({
  ...r.p, unitName: r.unitName, roundName: r.roundName, roundStatus: r.roundStatus, unitDeadline: r.unitDeadline,
});

export async function proposalById(db: Db, agencyId: string, id: string): Promise<ProposalWithNames | null> {
  const [r] = await db
    .select(proposalColumns)
    .from(proposals)
    .innerJoin(units, eq(units.id, proposals.unitId))
    .innerJoin(reviewRounds, eq(reviewRounds.id, proposals.roundId))
    .where(and(eq(proposals.id, id), eq(proposals.agencyId, agencyId)));
  return r ? flatten(r) : null;
}

export interface ProposalFilter {
  agencyId: string;
  /** Units the reader reaches (null = the whole agency). */
  unitIds: ReadonlySet<string> | null;
  roundId?: string;
  unitId?: string;
  statuses?: readonly string[];
  q?: string;
  awardCode?: string;
  page: number;
  pageSize: number;
}

export async function listProposalRows(db: Db, f: ProposalFilter): Promise<{ rows: ProposalWithNames[]; total: number }> {
  const where: SQL[] = [eq(proposals.agencyId, f.agencyId)];
  if (f.unitIds) where.push(f.unitIds.size ? inArray(proposals.unitId, [...f.unitIds]) : sql`false`);
  if (f.roundId) where.push(eq(proposals.roundId, f.roundId));
  if (f.unitId) where.push(eq(proposals.unitId, f.unitId));
  if (f.statuses?.length) where.push(inArray(proposals.status, [...f.statuses]));
  if (f.awardCode) {
    where.push(sql`EXISTS (SELECT 1 FROM ${proposalCandidates} c WHERE c.proposal_id = ${proposals.id} AND c.award_code = ${f.awardCode})`);
  }
  if (f.q) {
    const like = sql`'%' || vd_fold(${escapeLike(f.q)}) || '%'`;
    where.push(or(
      sql`vd_fold(${proposals.title} || ' ' || ${proposals.documentNo} || ' ' || ${units.name}) LIKE ${like}`,
      sql`EXISTS (SELECT 1 FROM ${proposalCandidates} c JOIN ${persons} pe ON pe.id = c.person_id WHERE c.proposal_id = ${proposals.id} AND pe.search_text LIKE ${like})`,
      sql`EXISTS (SELECT 1 FROM ${proposalCandidates} c JOIN ${units} su ON su.id = c.subject_unit_id WHERE c.proposal_id = ${proposals.id} AND vd_fold(su.name) LIKE ${like})`,
    ) as SQL);
  }
  const cond = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select(proposalColumns)
      .from(proposals)
      .innerJoin(units, eq(units.id, proposals.unitId))
      .innerJoin(reviewRounds, eq(reviewRounds.id, proposals.roundId))
      .where(cond)
      .orderBy(sql`${proposals.submittedAt} DESC NULLS LAST`, desc(proposals.createdAt), asc(proposals.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(proposals).innerJoin(units, eq(units.id, proposals.unitId)).where(cond),
  ]);
  return { rows: rows.map(flatten), total: total?.n ?? 0 };
}

/** A candidate with its subject's names. */
export interface CandidateWithNames extends CandidateRow {
  name: string;
  code: string;
  /** The person's current unit (individual), or the collective's own name. */
  unitName: string;
  position: string | null;
  personUnitId: string | null;
}

export async function candidatesWithNames(db: Db, where: SQL): Promise<CandidateWithNames[]> {
  const rows = await db
    .select({
      c: proposalCandidates,
      personName: persons.fullName,
      personCode: persons.code,
      position: persons.position,
      personUnitId: persons.unitId,
      personUnitName: personUnits.name,
      subjectUnitName: units.name,
      subjectUnitCode: units.code,
    })
    .from(proposalCandidates)
    .leftJoin(persons, eq(persons.id, proposalCandidates.personId))
    .leftJoin(units, eq(units.id, proposalCandidates.subjectUnitId))
    .leftJoin(personUnits, eq(personUnits.id, persons.unitId))
    .where(where)
    .orderBy(asc(proposalCandidates.createdAt), asc(proposalCandidates.id));
  return rows.map((r) => ({
    ...r.c,
    name: r.personName ?? r.subjectUnitName ?? '',
    code: r.personCode ?? r.subjectUnitCode ?? '',
    unitName: r.c.personId ? (r.personUnitName ?? '') : (r.subjectUnitName ?? ''),
    position: r.c.personId ? (r.position ?? '') : null,
    personUnitId: r.personUnitId,
  }));
}

export const candidatesOfProposals = (db: Db, proposalIds: readonly string[]) =>
  proposalIds.length ? candidatesWithNames(db, inArray(proposalCandidates.proposalId, [...proposalIds])) : Promise.resolve([]);

export async function candidateById(db: Db, agencyId: string, id: string): Promise<CandidateWithNames | null> {
  const [c] = await candidatesWithNames(db, and(eq(proposalCandidates.id, id), eq(proposalCandidates.agencyId, agencyId))!);
  return c ?? null;
}

export async function attachmentsOf(db: Db, candidateIds: readonly string[]) {
  if (!candidateIds.length) return [];
  return db
    .select({
      a: proposalCandidateAttachments,
      fileName: files.fileName,
      fileKind: files.kind,
      size: files.size,
    })
    .from(proposalCandidateAttachments)
    .innerJoin(files, eq(files.id, proposalCandidateAttachments.fileId))
    .where(inArray(proposalCandidateAttachments.candidateId, [...candidateIds]))
    .orderBy(asc(proposalCandidateAttachments.attachedAt), asc(proposalCandidateAttachments.id));
}

/** Attachment kinds of every candidate of these proposals (the proposal-wide components count for all). */
export async function attachmentKindsOfProposals(db: Db, proposalIds: readonly string[]) {
  if (!proposalIds.length) return [];
  return db
    .select({ proposalId: proposalCandidates.proposalId, kind: proposalCandidateAttachments.kind })
    .from(proposalCandidateAttachments)
    .innerJoin(proposalCandidates, eq(proposalCandidates.id, proposalCandidateAttachments.candidateId))
    .where(inArray(proposalCandidates.proposalId, [...proposalIds]));
}

export async function requestsOf(db: Db, candidateIds: readonly string[]): Promise<RequestRow[]> {
  if (!candidateIds.length) return [];
  return db.select().from(proposalCandidateRequests).where(inArray(proposalCandidateRequests.candidateId, [...candidateIds]))
    .orderBy(asc(proposalCandidateRequests.requestedAt), asc(proposalCandidateRequests.id));
}

export async function opinionsOf(db: Db, candidateIds: readonly string[]) {
  if (!candidateIds.length) return [];
  return db.select().from(proposalCandidateOpinions).where(inArray(proposalCandidateOpinions.candidateId, [...candidateIds]))
    .orderBy(asc(proposalCandidateOpinions.recordedAt), asc(proposalCandidateOpinions.id));
}

export async function verdictRunsOf(db: Db, candidateId: string) {
  return db.select().from(proposalCandidateVerdicts).where(eq(proposalCandidateVerdicts.candidateId, candidateId))
    .orderBy(desc(proposalCandidateVerdicts.ranAt), desc(proposalCandidateVerdicts.id));
}

/** Candidates of a round with the same subject (same person or collective), any award, with their proposal's unit. */
export async function sameSubjectInRound(db: Db, roundId: string, subject: { personId: string | null; unitId: string | null }) {
  return db
    .select({
      id: proposalCandidates.id,
      awardCode: proposalCandidates.awardCode,
      proposalId: proposals.id,
      proposalTitle: proposals.title,
      proposalUnitId: proposals.unitId,
      proposalUnitName: units.name,
      proposalStatus: proposals.status,
    })
    .from(proposalCandidates)
    .innerJoin(proposals, eq(proposals.id, proposalCandidates.proposalId))
    .innerJoin(units, eq(units.id, proposals.unitId))
    .where(and(
      eq(proposalCandidates.roundId, roundId),
      subject.personId ? eq(proposalCandidates.personId, subject.personId) : eq(proposalCandidates.subjectUnitId, subject.unitId!),
    ));
}

/** Per proposing unit of a round: its proposals by state, its candidates, the last submission. */
export async function roundProgressRows(db: Db, roundId: string) {
  return db
    .select({
      unitId: proposals.unitId,
      status: proposals.status,
      proposals: sql<number>`count(DISTINCT ${proposals.id})::int`,
      candidates: sql<number>`count(${proposalCandidates.id})::int`,
      lastSubmittedAt: sql<string | null>`MAX(${proposals.submittedAt})`,
    })
    .from(proposals)
    .leftJoin(proposalCandidates, eq(proposalCandidates.proposalId, proposals.id))
    .where(eq(proposals.roundId, roundId))
    .groupBy(proposals.unitId, proposals.status);
}

/** Candidates of the unit's proposals in the round (not refused), for the quota checks. */
export async function unitCandidatesInRound(db: Db, roundId: string, unitId: string) {
  return db
    .select({ id: proposalCandidates.id, awardCode: proposalCandidates.awardCode, subjectUnitId: proposalCandidates.subjectUnitId, status: proposalCandidates.status })
    .from(proposalCandidates)
    .innerJoin(proposals, eq(proposals.id, proposalCandidates.proposalId))
    .where(and(eq(proposalCandidates.roundId, roundId), eq(proposals.unitId, unitId), ne(proposalCandidates.status, 'rejected')));
}
