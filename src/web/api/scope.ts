import type { ScopeRule } from '../../domain/policies/scope';
import type { Policy } from '../../domain/policies/policy';
import type { MessageKey } from '../i18n/vi';
import { useUser } from './session';

export type ScopeReach = 'agency' | 'units' | 'self' | 'none';

/** How far the signed-in user reaches under a policy: the same rule the server applies (scopeFor). */
export function useReach(policy: Policy): ScopeReach {
  const user = useUser();
  const rule: ScopeRule = policy.rule;
  if (user.roles.some((r) => (rule.agency as readonly string[] | undefined)?.includes(r.role))) return 'agency';
  if (user.roles.some((r) => r.unitId && (rule.subtree as readonly string[] | undefined)?.includes(r.role))) return 'units';
  if (user.personId && user.roles.some((r) => (rule.self as readonly string[] | undefined)?.includes(r.role))) return 'self';
  return 'none';
}

/** What an empty list says: nothing at all, or nothing within the user's unit or own record. */
export const EMPTY_BY_REACH: Record<ScopeReach, MessageKey> = {
  agency: 'scope.emptyAgency',
  units: 'scope.emptyUnits',
  self: 'scope.emptyOwn',
  none: 'scope.emptyAgency',
};
