/**
 * The second layer of access control: what an actor may do to ONE object, given its owner and its
 * state. The first layer (a route's `Policy`: role → scope) says who may reach a kind of action at
 * all; a subject rule adds conditions on the object itself — "the office may return a proposal only
 * while it is SUBMITTED", "a unit's focal point may edit their own unit's proposal while it is a
 * DRAFT", "a council member recused from a dossier may not vote on it".
 *
 * Define a resource's rules next to its policies (e.g. src/domain/policies/proposals.ts):
 *
 *   export const proposalRules = defineSubjectRules({
 *     'proposal.edit':   allow(proposalPolicies.write, inScope(), inState(['DRAFT'])),
 *     'proposal.submit': allow(proposalPolicies.write, inScope(), inState(['DRAFT', 'RETURNED'])),
 *     'proposal.return': allow(proposalPolicies.review, inScope(), inState(['SUBMITTED']), notRecused()),
 *   });
 *
 * and use it in the use case and in the response:
 *
 *   proposalRules.authorize(actor, 'proposal.return', proposal, units); // throws a DomainError
 *   return { ...proposal, abilities: proposalRules.abilities(actor, proposal, units) };
 *
 * Conditions run in order and the first failure decides the answer: out of scope is NOT_FOUND (the
 * object's existence is not revealed), a wrong state INVALID_TRANSITION, recusal RECUSED, anything
 * else FORBIDDEN. Pure: no I/O; the caller loads the object and the unit tree.
 */
import type { Actor } from '../auth/roles';
import { DomainError, type ErrorCode } from '../errors';
import type { Policy } from './policy';
import { scopeCovers, scopeFor, type Scope, type UnitNode } from './scope';

/** An object that belongs to an agency, and to a unit and/or a person in it. */
export interface OwnedSubject {
  agencyId: string;
  unitId: string | null;
  personId?: string | null;
}
/** An object with a workflow state. */
export interface StatefulSubject<S extends string = string> {
  status: S;
}
/** An object some people must not act on (conflict of interest: their own dossier, a relative's…). */
export interface RecusableSubject {
  recusedUserIds?: readonly string[];
  recusedPersonIds?: readonly string[];
}

/** Why a condition refused, as a domain error code and a Vietnamese message. */
export interface Refusal {
  code: Extract<ErrorCode, 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_TRANSITION' | 'RECUSED' | 'BALLOT_CLOSED'>;
  message: string;
}

export interface ConditionContext {
  actor: Actor;
  /** The actor's scope under the rule's route policy. */
  scope: Scope;
}

/** A condition on the subject: `null` when met, else the refusal. */
export type Condition<S> = (subject: S, ctx: ConditionContext) => Refusal | null;

export interface SubjectRule<S> {
  /** Who may at all, and how far: the route policy of the action. */
  policy: Policy;
  conditions: readonly Condition<S>[];
}

/** A rule: the route policy's roles and scope, then the conditions on the subject, in order. */
export function allow<S>(policy: Policy, ...conditions: Condition<S>[]): SubjectRule<S> {
  return { policy, conditions };
}

// ---- Conditions -------------------------------------------------------------------------------

/** The subject is inside the actor's scope (agency, own units' subtree, own record). Else "not found". */
export const inScope = <S extends OwnedSubject>(what = 'dữ liệu'): Condition<S> => (subject, { scope }) =>
  scopeCovers(scope, subject) ? null : { code: 'NOT_FOUND', message: `Không tìm thấy ${what}.` };

/** The subject is in one of `states`; the message names the state it is in. */
export const inState = <S extends StatefulSubject>(states: readonly S['status'][], labels?: Partial<Record<S['status'], string>>): Condition<S> => (subject) => {
  if (states.includes(subject.status)) return null;
  const name = (s: S['status']) => labels?.[s] ?? s;
  return {
    code: 'INVALID_TRANSITION',
    message: `Không thực hiện được khi đang ở trạng thái "${name(subject.status)}" (chỉ khi ${states.map((s) => `"${name(s)}"`).join(' hoặc ')}).`,
  };
};

/** The actor is not recused from the subject (by account or by their person record). */
export const notRecused = <S extends RecusableSubject>(): Condition<S> => (subject, { actor }) => {
  const recused = subject.recusedUserIds?.includes(actor.userId) || (!!actor.personId && !!subject.recusedPersonIds?.includes(actor.personId));
  return recused ? { code: 'RECUSED', message: 'Bạn thuộc diện không tham gia xem xét hồ sơ này.' } : null;
};

/** Any other condition, with the refusal to give when it does not hold. */
export const when = <S>(test: (subject: S, ctx: ConditionContext) => boolean, refusal: Refusal): Condition<S> => (subject, ctx) =>
  test(subject, ctx) ? null : refusal;

// ---- Checking -----------------------------------------------------------------------------------

export type SubjectDecision = { allowed: true } | { allowed: false; refusal: Refusal };

/** Checks one rule against one subject. */
export function checkRule<S>(rule: SubjectRule<S>, actor: Actor | null, subject: S, units: readonly UnitNode[] = []): SubjectDecision {
  if (!actor) return { allowed: false, refusal: { code: 'FORBIDDEN', message: 'Bạn cần đăng nhập để tiếp tục.' } };
  const scope = scopeFor(actor, rule.policy.rule, units);
  if (scope.kind === 'none') return { allowed: false, refusal: { code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' } };
  for (const condition of rule.conditions) {
    const refusal = condition(subject, { actor, scope });
    if (refusal) return { allowed: false, refusal };
  }
  return { allowed: true };
}

type SubjectOf<R> = R extends SubjectRule<infer S> ? S : never;

/**
 * A resource's subject rules, keyed by action. `can` answers yes/no, `authorize` throws the refusal
 * as a DomainError, `abilities` gives every action's answer for one object (to send with it, so the
 * web app shows only the buttons that will work).
 */
export function defineSubjectRules<R extends Record<string, SubjectRule<never>>>(rules: R) {
  type Action = keyof R & string;
  type Subject = { [A in Action]: SubjectOf<R[A]> }[Action];
  const check = <A extends Action>(actor: Actor | null, action: A, subject: SubjectOf<R[A]>, units?: readonly UnitNode[]) =>
    checkRule(rules[action] as unknown as SubjectRule<SubjectOf<R[A]>>, actor, subject, units);
  return {
    rules,
    actions: Object.keys(rules) as Action[],
    check,
    can: <A extends Action>(actor: Actor | null, action: A, subject: SubjectOf<R[A]>, units?: readonly UnitNode[]): boolean =>
      check(actor, action, subject, units).allowed,
    authorize<A extends Action>(actor: Actor | null, action: A, subject: SubjectOf<R[A]>, units?: readonly UnitNode[]): void {
      const d = check(actor, action, subject, units);
      if (!d.allowed) throw new DomainError(d.refusal.code, d.refusal.message, [], { action });
    },
    /** Every action of this resource → allowed for this subject. */
    abilities(actor: Actor | null, subject: Subject & SubjectOf<R[Action]>, units?: readonly UnitNode[]): Record<Action, boolean> {
      const out = {} as Record<Action, boolean>;
      for (const action of Object.keys(rules) as Action[]) out[action] = check(actor, action, subject as SubjectOf<R[typeof action]>, units).allowed;
      return out;
    },
  };
}
