import type { ReactNode } from 'react';
import { Button, Select } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { useOwnUnitRoots } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import type { useUrlState } from '../../lib/url-state';
import { recentYears } from '../../lib/years';
import { PersonSelect } from '../../components/PersonSelect';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';

type UrlState = ReturnType<typeof useUrlState>;

/** The year filter: a year, or every year ("all"); without one in the address, the default (if any). */
export function yearFilter(state: UrlState, defaultYear?: number): number | undefined {
  const value = state.get('year');
  if (value === 'all') return undefined;
  return value ? Number(value) : defaultYear;
}

/** Year, unit and person filters shared by the records lists (state in the address). */
export function RecordFilterBar({
  state,
  person = true,
  unit = true,
  defaultYear,
  children,
  actions,
  prefix,
}: {
  state: UrlState;
  person?: boolean;
  unit?: boolean;
  defaultYear?: number;
  children?: ReactNode;
  /** Buttons at the right end of the bar (e.g. "add"). */
  actions?: ReactNode;
  prefix: string;
}) {
  const { t } = useI18n();
  const year = yearFilter(state, defaultYear);
  const unitRoots = useOwnUnitRoots();
  const hasFilters = [...state.params.keys()].some((k) => k !== 'page' && k !== 'pageSize' && k !== 'tab');
  return (
    <div className="vd-filter-bar" style={{ marginBottom: 12 }}>
      <Select
        allowClear
        value={year}
        onChange={(y) => state.set({ year: y ?? (defaultYear ? 'all' : undefined) })}
        placeholder={t('records.allYears')}
        options={recentYears(12).map((y) => ({ value: y, label: t('screening.yearOption', { year: y }) }))}
        style={{ width: 130 }}
        data-testid={`${prefix}-year`}
      />
      {unit && (
        <UnitTreeSelect
          value={state.get('unitId')}
          onChange={(v) => state.set({ unitId: v })}
          allowClear
          placeholder={t('people.filterUnit')}
          rootIds={unitRoots}
          style={{ width: 260 }}
          data-testid={`${prefix}-unit`}
        />
      )}
      {person && (
        <PersonSelect
          value={state.get('personId')}
          onChange={(v) => state.set({ personId: typeof v === 'string' ? v : undefined })}
          allowClear
          placeholder={t('records.filterPerson')}
          style={{ width: 260 }}
          data-testid={`${prefix}-person`}
        />
      )}
      {children}
      {hasFilters && (
        <Button type="link" icon={<ClearOutlined />} onClick={state.clear}>
          {t('people.clearFilters')}
        </Button>
      )}
      {actions && <div style={{ marginInlineStart: 'auto' }}>{actions}</div>}
    </div>
  );
}
