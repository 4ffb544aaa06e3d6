import type { Actor, Role } from '../auth/roles';

/**
 * What part of an agency an actor may reach for an action: the whole agency, a set of units
 * (a unit-scoped role's subtree), only their own person record, or nothing.
 */
export type Scope =
  | { kind: 'agency'; agencyId: string }
  | { kind: 'units'; agencyId: string; unitIds: ReadonlySet<string> }
  | { kind: 'self'; agencyId: string; personId: string }
  | { kind: 'none' };

export interface UnitNode {
  id: string;
  parentId: string | null;
}

/** All units in the subtree rooted at each of `roots` (roots included). */
export function subtreeOf(units: readonly UnitNode[], roots: readonly string[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (!u.parentId) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

export interface ScopeRule {
  /** Roles that reach the whole agency. */
  agency?: Role[];
  /** Unit-scoped roles that reach their unit's subtree. */
  subtree?: Role[];
  /** Roles that reach only the actor's own person record. */
  self?: Role[];
}

/** The widest scope the actor's grants give under a rule. Fails closed. */
export function scopeFor(actor: Actor | null, rule: ScopeRule, units: readonly UnitNode[]): Scope {
  if (!actor) return { kind: 'none' };
  if (actor.grants.some((g) => rule.agency?.includes(g.role))) return { kind: 'agency', agencyId: actor.agencyId };
  const roots = actor.grants.filter((g) => rule.subtree?.includes(g.role) && g.unitId).map((g) => g.unitId!);
  if (roots.length) return { kind: 'units', agencyId: actor.agencyId, unitIds: subtreeOf(units, roots) };
  if (actor.personId && actor.grants.some((g) => rule.self?.includes(g.role))) {
    return { kind: 'self', agencyId: actor.agencyId, personId: actor.personId };
  }
  return { kind: 'none' };
}

/** Whether a scope covers a record belonging to `unitId` (and, for self scope, to `personId`). */
export function scopeCovers(scope: Scope, record: { agencyId: string; unitId: string | null; personId?: string | null }): boolean {
  switch (scope.kind) {
    case 'none':
      return false;
    case 'agency':
      return record.agencyId === scope.agencyId;
    case 'units':
      return record.agencyId === scope.agencyId && !!record.unitId && scope.unitIds.has(record.unitId);
    case 'self':
      return record.agencyId === scope.agencyId && record.personId === scope.personId;
    default: {
      const never: never = scope;
      return never;
    }
  }
}
