import type { Actor } from '../../domain/auth/roles';

/** The who-part of an audit entry. */
export const auditWho = (actor: Actor) => ({ agencyId: actor.agencyId, actorId: actor.userId, actorName: actor.displayName });
