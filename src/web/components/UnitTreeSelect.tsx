import { useMemo, type CSSProperties } from 'react';
import { TreeSelect } from 'antd';
import { foldVietnamese } from '../../domain/text/vietnamese';
import { useUnits, type Unit } from '../api/units';
import { buildUnitTree, type UnitNode } from '../lib/unit-tree';

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: TreeOption[];
}

function toOptions(nodes: UnitNode<Unit>[], disabledIds: Set<string>): TreeOption[] {
  return nodes.map((n) => ({ value: n.id, title: n.name, disabled: disabledIds.has(n.id), children: toOptions(n.children, disabledIds) }));
}

interface Props {
  /** Set by Form.Item, so the label points at the control. */
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Units that cannot be chosen (e.g. the current unit, or a unit's own subtree). */
  disabledIds?: Iterable<string>;
  includeInactive?: boolean;
  /** Offer only these units and their sub-units (e.g. the subtree a unit head may screen). */
  rootIds?: readonly string[];
  style?: CSSProperties;
  'data-testid'?: string;
}

/** The units at or below the given roots (a unit-scoped role sees its own subtree only). */
function withinRoots(units: Unit[], rootIds: readonly string[] | undefined): Unit[] {
  if (!rootIds) return units;
  const inside = new Set(rootIds);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (!inside.has(u.id) && u.parentId && inside.has(u.parentId)) {
        inside.add(u.id);
        grew = true;
      }
    }
  }
  return units.filter((u) => inside.has(u.id));
}

function useUnitOptions(disabledIds: Iterable<string> | undefined, includeInactive: boolean | undefined, rootIds?: readonly string[]) {
  const units = useUnits();
  const rootKey = rootIds?.join();
  const options = useMemo(() => {
    const list = withinRoots(units.data ?? [], rootIds).filter((u) => includeInactive || u.active);
    return toOptions(buildUnitTree(list), new Set(disabledIds ?? []));
  }, [units.data, disabledIds, includeInactive, rootKey]);
  return { options, loading: units.isPending };
}

const filterTreeNode = (input: string, node: { title?: unknown }) => foldVietnamese(String(node.title ?? '')).includes(foldVietnamese(input));

/** Pick a unit from the agency's tree; typing filters without diacritics ("phong quan ly"). */
export function UnitTreeSelect({ id, value, onChange, placeholder, allowClear, disabledIds, includeInactive, rootIds, style, ...rest }: Props) {
  const { options, loading } = useUnitOptions(disabledIds, includeInactive, rootIds);
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={options}
      treeDefaultExpandAll
      placeholder={placeholder}
      allowClear={allowClear}
      loading={loading}
      showSearch={{ filterTreeNode }}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
      data-testid={rest['data-testid']}
    />
  );
}

/** Several units from the tree (e.g. the units an inspection names). */
export function UnitTreeMultiSelect({
  id,
  value,
  onChange,
  placeholder,
  style,
  ...rest
}: Omit<Props, 'value' | 'onChange' | 'allowClear' | 'disabledIds'> & { value?: string[]; onChange?: (value: string[]) => void }) {
  const { options, loading } = useUnitOptions(undefined, rest.includeInactive);
  return (
    <TreeSelect
      id={id}
      multiple
      value={value ?? []}
      onChange={(v) => onChange?.((v as string[] | undefined) ?? [])}
      treeData={options}
      treeDefaultExpandAll
      placeholder={placeholder}
      allowClear
      loading={loading}
      showSearch={{ filterTreeNode }}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
      data-testid={rest['data-testid']}
    />
  );
}
