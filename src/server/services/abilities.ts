import type { Actor } from '../../domain/auth/roles';
import { ALL_POLICIES, scopeFor, type PolicyAction } from '../../domain/policies';

/**
 * What the UI may offer this actor: every policy action → allowed or not (the server still decides).
 * Sent in /api/auth/me; the web app's `Ability` type is `PolicyAction`, so the two cannot drift.
 */
export function abilitiesOf(actor: Actor): Record<PolicyAction, boolean> {
  const out = {} as Record<PolicyAction, boolean>;
  for (const p of ALL_POLICIES) {
    // An action with two policies (public in one mode, signed-in in another) is allowed if either is.
    out[p.action] = !!out[p.action] || !!p.public || scopeFor(actor, p.rule, []).kind !== 'none';
  }
  return out;
}
