import type { Ability } from './abilities';

/** The signed-in user as GET /api/auth/me describes them. */
export interface MeUser {
  id: string;
  username: string;
  displayName: string;
  personId: string | null;
  agencyName: string;
  mustChangePassword: boolean;
  roles: { role: string; label: string; unitId: string | null }[];
  /** Every policy action → whether this user may use it (computed by the server from the policies). */
  abilities: Record<Ability, boolean>;
}

export interface Me {
  user: MeUser | null;
  csrfToken: string | null;
  mode: string;
  /** Set in the browser only: the user signed out on purpose (so no "come back to" address). */
  signedOut?: boolean;
}

export const ME_KEY = ['me'] as const;
