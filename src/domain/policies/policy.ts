import type { Actor } from '../auth/roles';
import { scopeFor, type Scope, type ScopeRule, type UnitNode } from './scope';

/**
 * A route's policy: public, or reachable by the roles a scope rule names. `A` is the action's literal
 * name, so the union of every action (`PolicyAction`, src/domain/policies/index.ts) is derived from
 * the policy objects themselves.
 */
export interface Policy<A extends string = string> {
  action: A;
  public?: boolean;
  rule: ScopeRule;
  description: string;
}

export function publicPolicy<A extends string>(action: A, description: string): Policy<A> {
  return { action, public: true, rule: {}, description };
}

export function policy<A extends string>(action: A, rule: ScopeRule, description: string): Policy<A> {
  return { action, rule, description };
}

export type Decision = { allowed: true; scope: Scope | null } | { allowed: false; reason: 'unauthenticated' | 'forbidden' };

export function decide(p: Policy, actor: Actor | null, units: readonly UnitNode[]): Decision {
  if (p.public) return { allowed: true, scope: actor ? scopeFor(actor, p.rule, units) : null };
  if (!actor) return { allowed: false, reason: 'unauthenticated' };
  const scope = scopeFor(actor, p.rule, units);
  return scope.kind === 'none' ? { allowed: false, reason: 'forbidden' } : { allowed: true, scope };
}
