import { vietnameseCollator } from '../../domain/text/vietnamese';

export interface UnitLike {
  id: string;
  parentId: string | null;
  sortOrder: number;
  name: string;
}

export type UnitNode<U extends UnitLike> = U & { children: UnitNode<U>[] };

/** Flat units → tree ordered by sortOrder then name; units whose parent is missing become roots. */
export function buildUnitTree<U extends UnitLike>(units: readonly U[]): UnitNode<U>[] {
  const nodes = new Map<string, UnitNode<U>>(units.map((u) => [u.id, { ...u, children: [] }]));
  const roots: UnitNode<U>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: UnitNode<U>[]) => {
    list.sort((a, b) => a.sortOrder - b.sortOrder || vietnameseCollator.compare(a.name, b.name));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}
