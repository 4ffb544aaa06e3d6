import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role, type RoleGrant } from '../../src/domain/auth/roles';
import { decide, policies, scopeCovers, scopeFor, subtreeOf, type Policy, type PolicyAction, type UnitNode } from '../../src/domain/policies';
import { abilitiesOf } from '../../src/server/services/abilities';

// Agency "ag": A has sub-unit A1, which has A1a; B is a separate division.
const UNITS: UnitNode[] = [
  { id: 'A', parentId: null },
  { id: 'A1', parentId: 'A' },
  { id: 'A1a', parentId: 'A1' },
  { id: 'B', parentId: null },
];

const actor = (grants: RoleGrant[], personId: string | null = 'p-self'): Actor => ({
  userId: 'u-1', agencyId: 'ag', personId, displayName: 'Người thử', grants,
});
/** One actor per role: unit-scoped roles hold unit A. */
const actorFor = (role: Role) => actor([{ role, unitId: role === 'unit_head' || role === 'focal_point' ? 'A' : null }]);

const allPolicies: Policy[] = Object.values(policies).flatMap((group) => Object.values(group) as Policy[]);
const policyByAction = new Map(allPolicies.map((p) => [p.action, p]));

type Reach = 'agency' | 'units' | 'self' | '—';
const PUBLIC = 'public';

/**
 * Who reaches what, per action. 'agency' = the whole agency, 'units' = own unit and sub-units,
 * 'self' = own record only, '—' = refused. `public` rows are open to everyone, signed in or not.
 * Add a row when you add a policy.
 */
const RULES: [action: string, ...reach: Reach[] | [typeof PUBLIC]][] = [
  //                          admin     office    director  unit_head focal_pt  council   staff
  ['system.health',           PUBLIC],
  ['system.docs',             PUBLIC],
  ['auth.login',              PUBLIC],
  ['auth.logout',             PUBLIC],
  ['auth.me',                 PUBLIC],
  ['system.catalogue',        'agency', 'agency', 'agency', 'agency', 'agency', 'agency', 'agency'],
  ['jobs.read',               'agency', 'agency', 'agency', 'agency', 'agency', 'agency', 'agency'],
  ['system.docsSignedIn',     'agency', 'agency', 'agency', 'agency', 'agency', 'agency', 'agency'],
  ['auth.changePassword',     'agency', 'agency', 'agency', 'agency', 'agency', 'agency', 'agency'],
  ['units.read',              'agency', 'agency', 'agency', 'agency', 'agency', 'agency', 'agency'],
  ['units.write',             'agency', 'agency', '—',      '—',      '—',      '—',      '—'],
  ['users.list',              'agency', '—',      '—',      '—',      '—',      '—',      '—'],
  ['users.write',             'agency', '—',      '—',      '—',      '—',      '—',      '—'],
  ['audit.read',              'agency', '—',      '—',      '—',      '—',      '—',      '—'],
  ['people.read',             'agency', 'agency', 'agency', 'units',  'units',  'agency', 'self'],
  ['people.write',            'agency', 'agency', '—',      '—',      'units',  '—',      '—'],
  ['people.import',           'agency', 'agency', '—',      '—',      '—',      '—',      '—'],
  ['people.export',           'agency', 'agency', 'agency', 'units',  'units',  '—',      '—'],
  ['records.read',            'agency', 'agency', 'agency', 'units',  'units',  'agency', 'self'],
  ['records.write',           'agency', 'agency', '—',      '—',      'units',  '—',      '—'],
  ['records.writeSensitive',  'agency', 'agency', '—',      '—',      '—',      '—',      '—'],
  ['records.import',          'agency', 'agency', '—',      '—',      '—',      '—',      '—'],
  ['eligibility.check',       'agency', 'agency', 'agency', '—',      '—',      '—',      '—'],
  ['eligibility.screen',      'agency', 'agency', 'agency', 'units',  'units',  'agency', '—'],
  ['settings.read',           'agency', 'agency', 'agency', '—',      '—',      '—',      '—'],
  ['settings.write',          'agency', 'agency', '—',      '—',      '—',      '—',      '—'],
  ['notifications.read',      'agency', 'agency', 'agency', 'agency', 'agency', 'agency', 'agency'], // then filtered to the user's own
  ['notifications.write',     'agency', 'agency', 'agency', 'agency', 'agency', 'agency', 'agency'], // own notifications and choices only
  ['mail.read',               'agency', '—',      '—',      '—',      '—',      '—',      '—'],
  ['mail.write',              'agency', '—',      '—',      '—',      '—',      '—',      '—'],
  ['achievementReports.person', 'agency', 'agency', 'agency', 'units', 'units',  'agency', 'self'],
  ['achievementReports.unit', 'agency', 'agency', 'agency', 'units',  'units',  'agency', '—'],
  ['proposals.roundsRead',    'agency', 'agency', 'agency', 'units',  'units',  'agency', '—'],
  ['proposals.roundsManage',  'agency', 'agency', '—',      '—',      '—',      '—',      '—'],
  ['proposals.roundProgress', 'agency', 'agency', 'agency', 'units',  'units',  '—',      '—'],
  ['proposals.read',          'agency', 'agency', 'agency', 'units',  'units',  '—',      '—'],
  ['proposals.write',         '—',      '—',      '—',      'units',  'units',  '—',      '—'], // the unit proposes; the office reviews
  ['proposals.review',        'agency', 'agency', '—',      '—',      '—',      '—',      '—'],
  ['proposals.roundCandidates', 'agency', 'agency', 'agency', '—',    '—',      'agency', '—'], // council members: accepted candidates only
  ['proposals.own',           'self',   'self',   'self',   'self',   'self',   'self',   'self'], // anyone linked to a person record
];

const reachOf = (p: Policy, role: Role): Reach => {
  const d = decide(p, actorFor(role), UNITS);
  if (!d.allowed) return '—';
  return (d.scope?.kind ?? '—') as Reach;
};

describe('policy table: who may do what', () => {
  const cells = RULES.flatMap(([action, ...reach]) =>
    reach[0] === PUBLIC ? [] : ROLES.map((role, i) => ({ action, role, expected: reach[i] as Reach })),
  );

  it.each(cells)('$action: $role reaches $expected', ({ action, role, expected }) => {
    const p = policyByAction.get(action);
    expect(p, `no policy named ${action}`).toBeDefined();
    expect(reachOf(p!, role)).toBe(expected);
  });

  it.each(RULES.filter(([, first]) => first === PUBLIC).map(([action]) => action))('%s is open to the public', (action) => {
    const p = policyByAction.get(action)!;
    expect(decide(p, null, [])).toEqual({ allowed: true, scope: null });
    for (const role of ROLES) expect(decide(p, actorFor(role), UNITS).allowed).toBe(true);
  });

  it('names every role in every row (a new role must be added to each row)', () => {
    for (const [, ...reach] of RULES) if (reach[0] !== PUBLIC) expect(reach).toHaveLength(ROLES.length);
  });
});

describe('every policy (including ones added later)', () => {
  it.each(allPolicies.map((p) => [p.action, p] as const))('%s: the public is asked to sign in unless the policy is public', (_a, p) => {
    expect(decide(p, null, UNITS)).toEqual(p.public ? { allowed: true, scope: null } : { allowed: false, reason: 'unauthenticated' });
  });

  it.each(allPolicies.map((p) => [p.action, p] as const))('%s: an account with no role is refused', (_a, p) => {
    if (p.public) return;
    expect(decide(p, actor([]), UNITS)).toEqual({ allowed: false, reason: 'forbidden' });
  });

  it('has one policy per action name (no two routes can mean different things by the same name)', () => {
    const names = allPolicies.map((p) => p.action);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});

describe('scopes', () => {
  it('gives a unit-scoped role its unit and every sub-unit below it, and nothing beside it', () => {
    const scope = scopeFor(actor([{ role: 'unit_head', unitId: 'A' }]), policies.people.read.rule, UNITS);
    expect(scope.kind).toBe('units');
    expect(scope.kind === 'units' && [...scope.unitIds].sort()).toEqual(['A', 'A1', 'A1a']);
  });

  it('gives a head of a sub-unit only that sub-unit and below', () => {
    const scope = scopeFor(actor([{ role: 'focal_point', unitId: 'A1' }]), policies.people.write.rule, UNITS);
    expect(scope.kind === 'units' && [...scope.unitIds].sort()).toEqual(['A1', 'A1a']);
  });

  it('joins the subtrees of a person who is unit head in two units', () => {
    const scope = scopeFor(actor([{ role: 'unit_head', unitId: 'A1' }, { role: 'unit_head', unitId: 'B' }]), policies.people.read.rule, UNITS);
    expect(scope.kind === 'units' && [...scope.unitIds].sort()).toEqual(['A1', 'A1a', 'B']);
  });

  it('takes the widest grant when a person holds several roles', () => {
    const both = actor([{ role: 'staff', unitId: null }, { role: 'office', unitId: null }]);
    expect(scopeFor(both, policies.people.read.rule, UNITS)).toEqual({ kind: 'agency', agencyId: 'ag' });
  });

  it('refuses a unit-scoped role that was granted without a unit (fails closed)', () => {
    expect(scopeFor(actor([{ role: 'unit_head', unitId: null }]), policies.people.read.rule, UNITS)).toEqual({ kind: 'none' });
  });

  it('refuses self-scope to a staff account that is not linked to a person record', () => {
    expect(decide(policies.people.read, actor([{ role: 'staff', unitId: null }], null), UNITS)).toEqual({ allowed: false, reason: 'forbidden' });
  });

  it('does not loop on a unit tree with a cycle', () => {
    const cyclic: UnitNode[] = [{ id: 'X', parentId: 'Y' }, { id: 'Y', parentId: 'X' }];
    expect([...subtreeOf(cyclic, ['X'])].sort()).toEqual(['X', 'Y']);
  });

  it('covers only records of the same agency, inside the units, or the own person record', () => {
    const units = { kind: 'units', agencyId: 'ag', unitIds: new Set(['A', 'A1']) } as const;
    expect(scopeCovers(units, { agencyId: 'ag', unitId: 'A1' })).toBe(true);
    expect(scopeCovers(units, { agencyId: 'ag', unitId: 'B' })).toBe(false);
    expect(scopeCovers(units, { agencyId: 'other', unitId: 'A' })).toBe(false);
    expect(scopeCovers(units, { agencyId: 'ag', unitId: null })).toBe(false);
    expect(scopeCovers({ kind: 'agency', agencyId: 'ag' }, { agencyId: 'other', unitId: 'A' })).toBe(false);
    expect(scopeCovers({ kind: 'self', agencyId: 'ag', personId: 'p1' }, { agencyId: 'ag', unitId: 'A', personId: 'p2' })).toBe(false);
    expect(scopeCovers({ kind: 'self', agencyId: 'ag', personId: 'p1' }, { agencyId: 'ag', unitId: 'A', personId: 'p1' })).toBe(true);
    expect(scopeCovers({ kind: 'none' }, { agencyId: 'ag', unitId: 'A' })).toBe(false);
  });
});

describe('abilities sent to the UI', () => {
  it('match what the server would decide for each role', () => {
    for (const role of ROLES) {
      const abilities = abilitiesOf(actorFor(role));
      for (const p of allPolicies) expect([role, p.action, abilities[p.action as PolicyAction]]).toEqual([role, p.action, decide(p, actorFor(role), UNITS).allowed]);
    }
  });
});
