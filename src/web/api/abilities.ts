/** Ability keys the server sends in /api/auth/me (one per policy action in src/domain/policies). */
export const ABILITIES = [
  'system.catalogue',
  'jobs.read',
  'auth.changePassword',
  'users.list',
  'users.write',
  'units.read',
  'units.write',
  'people.read',
  'people.write',
  'people.import',
  'people.export',
  'audit.read',
  'records.read',
  'records.write',
  'records.writeSensitive',
  'records.import',
  'eligibility.check',
  'eligibility.screen',
  'settings.read',
  'settings.write',
] as const;
export type Ability = (typeof ABILITIES)[number];
