import { z } from 'zod';
import { change, fact, type AuditEventDefs } from '../event-kit';

/** A transition: the state it left and the one it reached. */
const step = { from: z.string(), to: z.string() };
const quota = z.object({ award: z.string(), cap: z.number(), proposed: z.number(), over: z.boolean(), detail: z.string() });
const candidateRef = { proposalId: z.string() };

/**
 * Đợt xét, hồ sơ đề nghị and the office's review. These entries ARE the candidate's timeline (who,
 * when, what, why: src/server/services/proposals/timeline.ts), so every step carries its reason.
 */
export const PROPOSAL_EVENTS = {
  'review_round.created': change('review_round'),
  'review_round.updated': change('review_round'),
  'review_round.transitioned': fact('review_round', z.object({ action: z.string(), ...step })),
  /** The scheduled reminder to the units that had not submitted. */
  'review_round.reminded': fact('review_round', z.object({ unitIds: z.array(z.string()), deadline: z.string(), reminderOn: z.string() })),

  'proposal.created': change('proposal'),
  'proposal.updated': change('proposal'),
  'proposal.submitted': fact('proposal', z.object({ ...step, submissions: z.number().int(), candidates: z.number().int(), quotas: z.array(quota) })),
  'proposal.recalled': fact('proposal', z.object(step)),
  'proposal.opened': fact('proposal', z.object(step)),
  'proposal.returned': fact('proposal', z.object({ ...step, reason: z.string(), automatic: z.boolean() })),
  'proposal.completed': fact('proposal', z.object(step)),

  'proposal_candidate.added': fact('proposal_candidate', z.object({
    ...candidateRef, personId: z.string().nullable(), unitId: z.string().nullable(), awardCode: z.string(), basisType: z.string(), verdictStatus: z.string().nullable(),
  })),
  'proposal_candidate.updated': change('proposal_candidate'),
  'proposal_candidate.removed': fact('proposal_candidate', z.object({ ...candidateRef, awardCode: z.string() })),
  'proposal_candidate.attached': fact('proposal_candidate', z.object({ ...candidateRef, attachmentId: z.string(), kind: z.string(), fileId: z.string(), fileName: z.string() })),
  'proposal_candidate.detached': fact('proposal_candidate', z.object({ ...candidateRef, attachmentId: z.string(), kind: z.string(), fileId: z.string(), fileName: z.string() })),
  'proposal_candidate.accepted': fact('proposal_candidate', z.object({ ...candidateRef, ...step, verdictStatus: z.string().nullable(), override: z.boolean(), note: z.string().optional() })),
  'proposal_candidate.returned': fact('proposal_candidate', z.object({ ...candidateRef, ...step, reason: z.string() })),
  'proposal_candidate.rejected': fact('proposal_candidate', z.object({ ...candidateRef, ...step, reason: z.string() })),
  'proposal_candidate.resubmitted': fact('proposal_candidate', z.object({ ...candidateRef, ...step })),
  /** Accepting a candidate the engine did not find eligible: the office's written reason. */
  'proposal_candidate.overridden': fact('proposal_candidate', z.object({ ...candidateRef, reason: z.string(), verdictStatus: z.string().nullable() })),
  'proposal_candidate.summary_set': fact('proposal_candidate', z.object({ ...candidateRef, summary: z.string().nullable() })),
  'proposal_candidate.requested': fact('proposal_candidate', z.object({ ...candidateRef, requestId: z.string(), target: z.string(), item: z.string(), message: z.string() })),
  'proposal_candidate.request_fixed': fact('proposal_candidate', z.object({ ...candidateRef, requestId: z.string(), item: z.string(), note: z.string() })),
  'proposal_candidate.request_closed': fact('proposal_candidate', z.object({ ...candidateRef, requestId: z.string(), item: z.string() })),
  'proposal_candidate.opinion_added': fact('proposal_candidate', z.object({ ...candidateRef, opinionId: z.string(), fromOffice: z.string(), text: z.string() })),
} as const satisfies AuditEventDefs;
