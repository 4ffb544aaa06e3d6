/**
 * Ability keys the server sends in /api/auth/me: one per policy action, the type derived from the
 * policy objects in src/domain/policies (no hand-copied list: a new policy is an ability at once, and
 * a typo in `useCan('…')` does not compile).
 */
import type { PolicyAction } from '../../domain/policies';

export type Ability = PolicyAction;
