import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Actor, Role } from '../../src/domain/auth/roles';
import { DomainError } from '../../src/domain/errors';
import {
  allow, defineSubjectRules, inScope, inState, notRecused, policy, POLICY_ACTIONS, when,
  type OwnedSubject, type PolicyAction, type RecusableSubject, type StatefulSubject, type UnitNode,
} from '../../src/domain/policies';
import type { Ability } from '../../src/web/api/abilities';
import { abilitiesOf } from '../../src/server/services/abilities';

/**
 * Generic shapes standing in for proposals and council dossiers (which do not exist yet): the rules
 * a proposal workflow needs must be expressible and must hold.
 */
type Status = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
type Proposal = OwnedSubject & StatefulSubject<Status> & RecusableSubject;

const STATUS_VI: Record<Status, string> = { DRAFT: 'Dự thảo', SUBMITTED: 'Đã nộp', RETURNED: 'Bị trả lại', APPROVED: 'Đã duyệt' };
const write = policy('example.proposal.write', { agency: ['office'], subtree: ['focal_point'] }, 'Lập, sửa đề nghị');
const review = policy('example.proposal.review', { agency: ['office'] }, 'Thẩm định đề nghị');
const vote = policy('example.proposal.vote', { agency: ['council_member'] }, 'Bỏ phiếu');

const rules = defineSubjectRules({
  // "Own unit's proposal while draft": a focal point edits their own unit's (subtree's) drafts only.
  'proposal.edit': allow<Proposal>(write, inScope('đề nghị'), inState<Proposal>(['DRAFT', 'RETURNED'], STATUS_VI)),
  'proposal.return': allow<Proposal>(review, inScope('đề nghị'), inState<Proposal>(['SUBMITTED'], STATUS_VI), notRecused()),
  // Recusal: a council member may not vote on a dossier they are recused from.
  'proposal.vote': allow<Proposal>(vote, inScope('đề nghị'), inState<Proposal>(['SUBMITTED'], STATUS_VI), notRecused()),
  'proposal.withdraw': allow<Proposal>(write, inScope('đề nghị'), when<Proposal>((p, { actor }) => p.personId !== actor.personId || true, { code: 'FORBIDDEN', message: 'x' })),
});

const UNITS: UnitNode[] = [
  { id: 'A', parentId: null },
  { id: 'A1', parentId: 'A' },
  { id: 'B', parentId: null },
];
const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  userId: `u-${role}`, agencyId: 'ag', personId: `p-${role}`, displayName: role,
  grants: [{ role, unitId: role === 'focal_point' ? 'A' : null }], ...extra,
});
const proposal = (over: Partial<Proposal> = {}): Proposal => ({ agencyId: 'ag', unitId: 'A1', status: 'DRAFT', ...over });

describe('subject rules: conditions on the object and its state', () => {
  it('a focal point may edit a draft of their own unit (and its sub-units), not another unit\'s', () => {
    expect(rules.can(actor('focal_point'), 'proposal.edit', proposal(), UNITS)).toBe(true);
    expect(rules.can(actor('focal_point'), 'proposal.edit', proposal({ unitId: 'A' }), UNITS)).toBe(true);
    expect(rules.check(actor('focal_point'), 'proposal.edit', proposal({ unitId: 'B' }), UNITS)).toEqual({
      allowed: false, refusal: { code: 'NOT_FOUND', message: 'Không tìm thấy đề nghị.' },
    });
  });

  it('…only while it is a draft (or returned): a submitted one is an invalid transition naming the state', () => {
    const d = rules.check(actor('focal_point'), 'proposal.edit', proposal({ status: 'SUBMITTED' }), UNITS);
    expect(d).toEqual({ allowed: false, refusal: { code: 'INVALID_TRANSITION', message: 'Không thực hiện được khi đang ở trạng thái "Đã nộp" (chỉ khi "Dự thảo" hoặc "Bị trả lại").' } });
  });

  it('a role the route policy does not name is refused before any condition', () => {
    expect(rules.check(actor('staff'), 'proposal.edit', proposal(), UNITS)).toMatchObject({ allowed: false, refusal: { code: 'FORBIDDEN' } });
    expect(rules.check(null, 'proposal.edit', proposal(), UNITS)).toMatchObject({ allowed: false, refusal: { code: 'FORBIDDEN' } });
    expect(rules.can(actor('focal_point'), 'proposal.return', proposal({ status: 'SUBMITTED' }), UNITS)).toBe(false);
  });

  it('the office may return a submitted proposal of any unit, not a draft', () => {
    expect(rules.can(actor('office'), 'proposal.return', proposal({ status: 'SUBMITTED', unitId: 'B' }), UNITS)).toBe(true);
    expect(rules.check(actor('office'), 'proposal.return', proposal(), UNITS)).toMatchObject({ allowed: false, refusal: { code: 'INVALID_TRANSITION' } });
  });

  it('recusal: a recused council member may not vote, by account or by person record; the others may', () => {
    const member = actor('council_member');
    expect(rules.can(member, 'proposal.vote', proposal({ status: 'SUBMITTED' }), UNITS)).toBe(true);
    expect(rules.check(member, 'proposal.vote', proposal({ status: 'SUBMITTED', recusedUserIds: [member.userId] }), UNITS)).toEqual({
      allowed: false, refusal: { code: 'RECUSED', message: 'Bạn thuộc diện không tham gia xem xét hồ sơ này.' },
    });
    expect(rules.can(member, 'proposal.vote', proposal({ status: 'SUBMITTED', recusedPersonIds: [member.personId!] }), UNITS)).toBe(false);
    expect(rules.can(actor('office'), 'proposal.return', proposal({ status: 'SUBMITTED', recusedPersonIds: ['p-council_member'] }), UNITS)).toBe(true);
  });

  it('another agency\'s object is not found, even for an agency-wide role', () => {
    expect(rules.check(actor('office'), 'proposal.return', proposal({ agencyId: 'other', status: 'SUBMITTED' }), UNITS)).toMatchObject({ allowed: false, refusal: { code: 'NOT_FOUND' } });
  });

  it('authorize throws the refusal as a domain error with its code', () => {
    expect(() => rules.authorize(actor('office'), 'proposal.return', proposal(), UNITS)).toThrow(DomainError);
    try {
      rules.authorize(actor('council_member'), 'proposal.vote', proposal({ status: 'SUBMITTED', recusedUserIds: ['u-council_member'] }), UNITS);
    } catch (e) {
      expect((e as DomainError).code).toBe('RECUSED');
    }
  });

  it('per-object abilities: every action of the resource for one object, to send with it', () => {
    expect(rules.abilities(actor('focal_point'), proposal(), UNITS)).toEqual({ 'proposal.edit': true, 'proposal.return': false, 'proposal.vote': false, 'proposal.withdraw': true });
    expect(rules.abilities(actor('office'), proposal({ status: 'SUBMITTED' }), UNITS)).toEqual({ 'proposal.edit': false, 'proposal.return': true, 'proposal.vote': false, 'proposal.withdraw': true });
  });
});

describe('typed policy actions', () => {
  it('the web app\'s abilities are the policy actions, and /api/auth/me sends every one of them', () => {
    expectTypeOf<Ability>().toEqualTypeOf<PolicyAction>();
    for (const role of ['admin', 'staff'] as Role[]) expect(Object.keys(abilitiesOf(actor(role))).sort()).toEqual([...POLICY_ACTIONS].sort());
    expect(POLICY_ACTIONS).toContain('records.write');
    expect(new Set(POLICY_ACTIONS).size).toBe(POLICY_ACTIONS.length);
  });
});
