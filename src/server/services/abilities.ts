import type { Actor } from '../../domain/auth/roles';
import { policies, scopeFor, type Policy } from '../../domain/policies';

/** What the UI may offer this actor: every policy action → allowed or not (the server still decides). */
export function abilitiesOf(actor: Actor): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const group of Object.values(policies)) {
    for (const p of Object.values(group) as Policy[]) {
      out[p.action] = !!p.public || scopeFor(actor, p.rule, []).kind !== 'none';
    }
  }
  return out;
}
