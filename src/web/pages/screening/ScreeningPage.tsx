import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Card, Input, Select, Tabs, Typography } from 'antd';
import { ClearOutlined, DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { VERDICT_STATUSES } from '../../../domain/eligibility/verdict-schema';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { screeningXlsxUrl, useScreening } from '../../api/eligibility';
import { useCan, useOwnUnitRoots } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { recentYears } from '../../lib/years';
import { useDebounced } from '../../lib/use-debounced';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { VerdictDrawer, type VerdictSubject } from '../../components/eligibility/VerdictDrawer';
import { VerdictStatusTag } from '../../components/eligibility/VerdictStatusTag';
import type { MessageKey } from '../../i18n/vi';
import { filtersFromParams, matchesStatus, withFilters } from './screening-filters';
import { SummaryCards } from './SummaryCards';
import { PeopleScreeningTable, UnitsScreeningTable } from './ScreeningTables';

/**
 * Rà soát: the office's year-end working screen. Everyone in scope against every title, with the
 * reasons; a cell opens the full explanation with the articles of law it rests on.
 */
export default function ScreeningPage() {
  const { t, codeLabel } = useI18n();
  const can = useCan();
  const unitRoots = useOwnUnitRoots();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const screening = useScreening({ year: filters.year, unitId: filters.unitId });
  const [subject, setSubject] = useState<VerdictSubject | null>(null);
  const set = (changes: Parameters<typeof withFilters>[1]) => setParams((p) => withFilters(p, changes), { replace: true });

  const urlQuery = params.get('q') ?? '';
  const [text, setText] = useState(urlQuery);
  const typed = useDebounced(text, 250);
  useEffect(() => setText(urlQuery), [urlQuery]);
  useEffect(() => {
    if (typed.trim() !== urlQuery) set({ q: typed.trim() || undefined });
  }, [typed]);

  const data = screening.data;
  const isPeople = filters.tab === 'people';
  const allAwards = isPeople ? (data?.awardNames.individual ?? []) : (data?.awardNames.collective ?? []);
  const shownAwards = filters.award && allAwards.some((a) => a.code === filters.award) ? allAwards.filter((a) => a.code === filters.award) : allAwards;
  const shownCodes = shownAwards.map((a) => a.code);

  const people = useMemo(() => {
    const q = foldVietnamese(filters.q ?? '');
    return (data?.people ?? []).filter(
      (p) => (!q || foldVietnamese(`${p.fullName} ${p.code} ${p.unitName}`).includes(q)) && matchesStatus(p, shownCodes, filters.status),
    );
  }, [data, filters.q, filters.status, shownCodes.join()]);
  const units = useMemo(() => {
    const q = foldVietnamese(filters.q ?? '');
    return (data?.units ?? []).filter((u) => (!q || foldVietnamese(`${u.name} ${u.code}`).includes(q)) && matchesStatus(u, shownCodes, filters.status));
  }, [data, filters.q, filters.status, shownCodes.join()]);

  const filtered = !!(filters.unitId || filters.award || filters.status || filters.q);

  return (
    <div data-testid="screening-page">
      <PageHeader
        title={t('screening.title')}
        subtitle={
          data ? (
            <span data-testid="screening-subtitle">
              {t('screening.subtitle', { year: data.year, asOf: formatDate(data.asOf) })}
              {data.regime && ` · ${t('screening.regime', { name: data.regime.name })}`}
            </span>
          ) : (
            ' '
          )
        }
        extra={
          <Button icon={<DownloadOutlined />} href={screeningXlsxUrl({ year: filters.year, unitId: filters.unitId })} download data-testid="screening-export">
            {t('screening.export')}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <div className="vd-filter-bar">
          <Select
            value={filters.year}
            onChange={(y) => set({ year: y })}
            options={recentYears().map((y) => ({ value: y, label: t('screening.yearOption', { year: y }) }))}
            style={{ width: 130 }}
            data-testid="screening-year"
            aria-label={t('screening.year')}
          />
          <UnitTreeSelect
            value={filters.unitId}
            onChange={(v) => set({ unitId: v })}
            allowClear
            placeholder={t('screening.allUnits')}
            rootIds={unitRoots}
            style={{ width: 260 }}
            data-testid="screening-unit"
          />
          <Select
            allowClear
            value={filters.award}
            onChange={(v) => set({ award: v })}
            placeholder={t('screening.allAwards')}
            options={allAwards.map((a) => ({ value: a.code, label: a.name }))}
            style={{ width: 260 }}
            popupMatchSelectWidth={false}
            data-testid="screening-award"
          />
          <Select
            allowClear
            value={filters.status}
            onChange={(v) => set({ status: v })}
            placeholder={t('screening.allStatuses')}
            options={VERDICT_STATUSES.map((s) => ({ value: s, label: codeLabel('verdictStatus', s) }))}
            style={{ width: 250 }}
            data-testid="screening-status"
          />
          <Input
            value={text}
            onChange={(e) => setText(e.target.value)}
            prefix={<SearchOutlined style={{ color: '#999' }} />}
            allowClear
            placeholder={t('screening.search')}
            style={{ width: 260 }}
            data-testid="screening-search"
          />
          {filtered && (
            <Button type="link" icon={<ClearOutlined />} onClick={() => setParams(withFilters(new URLSearchParams(), { year: filters.year, tab: filters.tab }))}>
              {t('people.clearFilters')}
            </Button>
          )}
        </div>
      </Card>
      {screening.isError && <Alert type="error" showIcon title={screening.error.message} style={{ marginBottom: 12 }} data-testid="screening-error" />}
      {data && (
        <SummaryCards
          awards={allAwards}
          summary={data.summary}
          selected={{ award: filters.award, status: filters.status }}
          onPick={(award, status) =>
            filters.award === award && filters.status === status ? set({ award: undefined, status: undefined }) : set({ award, status })
          }
        />
      )}
      <Card size="small">
        <Tabs
          activeKey={filters.tab}
          onChange={(tab) => set({ tab: tab === 'people' ? undefined : tab, award: undefined, status: undefined })}
          items={[
            { key: 'people', label: <span data-testid="screening-tab-people">{t('screening.tabPeople', { count: data?.people.length ?? 0 })}</span> },
            { key: 'units', label: <span data-testid="screening-tab-units">{t('screening.tabUnits', { count: data?.units.length ?? 0 })}</span> },
          ]}
        />
        {isPeople ? (
          <PeopleScreeningTable
            rows={people}
            awards={shownAwards}
            loading={screening.isFetching}
            canOpenRecord={can('records.read')}
            onOpen={(p, award) => setSubject({ kind: 'person', id: p.id, name: p.fullName, award })}
          />
        ) : (
          <UnitsScreeningTable
            rows={units}
            awards={shownAwards}
            loading={screening.isFetching}
            onOpen={(u, award) => setSubject({ kind: 'unit', id: u.id, name: u.name, award })}
          />
        )}
        <div className="vd-screening-legend" data-testid="screening-legend">
          <Typography.Text type="secondary">{t('screening.legend')}</Typography.Text>
          {VERDICT_STATUSES.map((s) => (
            <span key={s} data-testid={`screening-legend-${s}`}>
              <VerdictStatusTag status={s} short /> <Typography.Text type="secondary">{t(`screening.legend.${s}` as MessageKey)}</Typography.Text>
            </span>
          ))}
        </div>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
          {t('screening.note')}
        </Typography.Paragraph>
      </Card>
      <VerdictDrawer subject={subject} year={filters.year} onClose={() => setSubject(null)} />
    </div>
  );
}
