import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, Card, Checkbox, Input, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { ClearOutlined, DownloadOutlined, PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { GENDERS, PERSON_STATUSES, STAFF_CATEGORIES } from '../../../domain/org/codes';
import { exportUrl, usePeople, type Person } from '../../api/people';
import { EMPTY_BY_REACH, useReach } from '../../api/scope';
import { peoplePolicies } from '../../../domain/policies/people';
import { useCan } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { useDebounced } from '../../lib/use-debounced';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { PersonStatusTag } from '../../components/CodeTags';
import { PersonFormDialog } from './PersonFormDialog';
import { filtersFromParams, hasActiveFilters, withFilters } from './people-filters';

/** Server-side search (with or without diacritics), filters and paging; the state is in the URL. */
export default function PeopleListPage() {
  const reach = useReach(peoplePolicies.read);
  const { t, codeLabel } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const people = usePeople(filters);
  const [creating, setCreating] = useState(false);

  const urlQuery = params.get('q') ?? '';
  const [text, setText] = useState(urlQuery);
  const typed = useDebounced(text, 300);
  useEffect(() => setText(urlQuery), [urlQuery]);
  useEffect(() => {
    if (typed.trim() !== urlQuery) setParams((p) => withFilters(p, { q: typed.trim() || undefined }), { replace: true });
  }, [typed]);

  const set = (changes: Parameters<typeof withFilters>[1]) => setParams((p) => withFilters(p, changes));
  const yesNo = [
    { value: 'true', label: t('common.yes') },
    { value: 'false', label: t('common.no') },
  ];
  const selectStyle = { width: 170 };

  return (
    <div data-testid="people-page">
      <PageHeader
        title={t('people.title')}
        subtitle={people.data ? t('people.total', { count: people.data.total }) : ' '}
        extra={
          <>
            {can('people.import') && (
              <Button icon={<UploadOutlined />} onClick={() => navigate('/people/import')} data-testid="people-import">
                {t('people.import')}
              </Button>
            )}
            {can('people.export') && (
              <Button icon={<DownloadOutlined />} href={exportUrl(filters)} download data-testid="people-export">
                {t('people.export')}
              </Button>
            )}
            {can('people.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="people-create">
                {t('people.create')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12, alignItems: 'center' }}>
          <Input
            value={text}
            onChange={(e) => setText(e.target.value)}
            prefix={<SearchOutlined style={{ color: '#999' }} />}
            allowClear
            placeholder={t('people.searchPlaceholder')}
            style={{ width: 380 }}
            data-testid="people-search"
          />
          <UnitTreeSelect
            value={filters.unitId}
            onChange={(v) => set({ unitId: v })}
            allowClear
            placeholder={t('people.filterUnit')}
            style={{ width: 260 }}
            data-testid="people-unit-filter"
          />
          {filters.unitId && (
            <Checkbox checked={filters.includeSubunits !== 'false'} onChange={(e) => set({ includeSubunits: e.target.checked ? undefined : 'false' })}>
              {t('people.includeSubunits')}
            </Checkbox>
          )}
          <Select
            allowClear
            placeholder={t('field.staffCategory')}
            value={filters.staffCategory}
            onChange={(v) => set({ staffCategory: v })}
            options={STAFF_CATEGORIES.map((c) => ({ value: c, label: codeLabel('staffCategory', c) }))}
            style={selectStyle}
          />
          <Select
            allowClear
            placeholder={t('field.status')}
            value={filters.status}
            onChange={(v) => set({ status: v })}
            options={PERSON_STATUSES.map((c) => ({ value: c, label: codeLabel('personStatus', c) }))}
            style={selectStyle}
          />
          <Select
            allowClear
            placeholder={t('field.gender')}
            value={filters.gender}
            onChange={(v) => set({ gender: v })}
            options={GENDERS.map((c) => ({ value: c, label: codeLabel('gender', c) }))}
            style={{ width: 120 }}
          />
          <Select allowClear placeholder={t('people.filterLeader')} value={filters.isLeader} onChange={(v) => set({ isLeader: v })} options={yesNo} style={selectStyle} />
          <Select
            allowClear
            placeholder={t('people.filterDirectWorker')}
            value={filters.isDirectWorker}
            onChange={(v) => set({ isDirectWorker: v })}
            options={yesNo}
            style={{ width: 220 }}
          />
          {hasActiveFilters(params) && (
            <Button type="link" icon={<ClearOutlined />} onClick={() => setParams(new URLSearchParams())}>
              {t('people.clearFilters')}
            </Button>
          )}
        </div>
        <Table<Person>
          size="small"
          rowKey="id"
          loading={people.isFetching}
          dataSource={people.data?.items ?? []}
          onRow={(p) => ({ 'data-testid': 'person-row', onDoubleClick: () => navigate(`/people/${p.id}`) }) as object}
          locale={{
            emptyText: people.isError ? people.error.message : <span data-testid="people-empty">{reach === 'agency' ? t('people.empty') : `${t('people.empty')}. ${t(EMPTY_BY_REACH[reach])}`}</span>,
          }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: people.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total, [from, to]) => t('common.rangeOfTotal', { from, to, total }),
            onChange: (page, pageSize) => set({ page, pageSize }),
          }}
          columns={[
            {
              title: t('field.fullName'),
              dataIndex: 'fullName',
              width: 185,
              ellipsis: true,
              render: (name: string, p) => (
                <Link to={`/people/${p.id}`} data-testid="person-link">
                  {name}
                </Link>
              ),
            },
            { title: t('field.code'), dataIndex: 'code', width: 90, render: (c: string) => <span className="vd-mono">{c}</span> },
            { title: t('field.unit'), dataIndex: 'unitName', ellipsis: true },
            {
              title: t('field.position'),
              dataIndex: 'position',
              width: 200,
              ellipsis: true,
              // The leadership mark goes first so a long position cannot push it out of sight.
              render: (position: string, p) => (
                <>
                  {p.isLeader && (
                    <Tooltip title={t('field.isLeader')}>
                      <Tag color="red" style={{ marginInlineEnd: 6, paddingInline: 4, fontSize: 11 }}>
                        {t('people.leaderTag')}
                      </Tag>
                    </Tooltip>
                  )}
                  {position}
                </>
              ),
            },
            { title: t('field.staffCategory'), dataIndex: 'staffCategory', width: 120, render: (c: string) => codeLabel('staffCategory', c) },
            { title: t('field.birthDate'), dataIndex: 'birthDate', width: 100, render: (d: string | null) => formatDate(d) },
            { title: t('field.status'), dataIndex: 'status', width: 130, render: (s: string) => <PersonStatusTag status={s} /> },
          ]}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('people.sortNote')}
        </Typography.Text>
      </Card>
      <PersonFormDialog
        open={creating}
        defaultUnitId={filters.unitId}
        onClose={() => setCreating(false)}
        onSaved={(p) => navigate(`/people/${p.id}`)}
      />
    </div>
  );
}
