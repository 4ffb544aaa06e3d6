import type { Db } from '../../../db/client';
import type { Actor } from '../../../domain/auth/roles';
import type { Scope } from '../../../domain/policies';
import { validation } from '../../errors';
import { personCovered, requirePeople } from './subjects';

export interface NamedPerson<V> {
  personId: string;
  value: V;
}

/**
 * Checks a new list of people named on a record (initiative authors with their share, task members
 * with their role). Everyone must be a person of the agency. Writers with a unit scope may add or
 * change only their own people: people of other units already on the record must stay, unchanged,
 * so one unit cannot rewrite another unit's authorship.
 */
export async function checkNamedPeople<V>(
  db: Db,
  actor: Actor,
  scope: Scope | null,
  opts: { next: NamedPerson<V>[]; before?: NamedPerson<V>[]; list: string; valueKey: string; field: string; valueField: string },
): Promise<void> {
  const before = new Map((opts.before ?? []).map((a) => [a.personId, a.value]));
  const ids = [...new Set([...opts.next.map((a) => a.personId), ...before.keys()])];
  const indexOf = new Map(opts.next.map((a, i) => [a.personId, i]));
  const people = await requirePeople(db, actor, scope, opts.next.map((a) => a.personId), {
    pathOf: (i) => `${opts.list}.${i}.personId`,
    field: opts.field,
    mustBeCovered: (id) => !before.has(id),
  });
  if (scope?.kind === 'agency') return;
  const removed = ids.filter((id) => !indexOf.has(id));
  const removedPeople = await requirePeople(db, actor, scope, removed, { pathOf: () => opts.list, field: opts.field, mustBeCovered: () => false });
  for (const a of opts.next) {
    const p = people.get(a.personId)!;
    if (!personCovered(scope, p) && before.get(a.personId) !== a.value) {
      throw validation([
        { path: `${opts.list}.${indexOf.get(a.personId)}.${opts.valueKey}`, field: opts.valueField, message: `Không thể thay đổi ${opts.valueField.toLowerCase()} của ${p.fullName} (ngoài phạm vi bạn quản lý)` },
      ]);
    }
  }
  const outside = [...removedPeople.values()].filter((p) => !personCovered(scope, p));
  if (outside.length) {
    throw validation([
      { path: opts.list, field: opts.field, message: `Không thể bỏ ${opts.field.toLowerCase()} ngoài phạm vi bạn quản lý: ${outside.map((p) => p.fullName).join(', ')}` },
    ]);
  }
}
