import { useMemo, useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { usePeople } from '../api/people';
import { useDebounced } from '../lib/use-debounced';

export interface PersonOption {
  value: string;
  label: string;
}

interface Props {
  id?: string;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | undefined) => void;
  multiple?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  /** Labels of the people already chosen (when editing), so the field shows names, not ids. */
  known?: PersonOption[];
  style?: CSSProperties;
  'data-testid'?: string;
}

/** Find a person by name or code as you type (server search, with or without diacritics). */
export function PersonSelect({ id, value, onChange, multiple, placeholder, allowClear, known, style, ...rest }: Props) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const people = usePeople({ q: q || undefined, pageSize: 20 });
  const options = useMemo(() => {
    const seen = new Map<string, PersonOption>();
    for (const o of known ?? []) seen.set(o.value, o);
    for (const p of people.data?.items ?? []) seen.set(p.id, { value: p.id, label: `${p.fullName} — ${p.unitName}` });
    return [...seen.values()];
  }, [people.data, known]);
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      showSearch={{ filterOption: false, onSearch: setText }}
      onBlur={() => setText('')}
      options={options}
      loading={people.isFetching}
      placeholder={placeholder}
      allowClear={allowClear}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
      data-testid={rest['data-testid']}
    />
  );
}
