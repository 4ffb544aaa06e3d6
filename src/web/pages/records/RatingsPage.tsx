import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { App, Button, Card, Dropdown, Select, Tabs } from 'antd';
import { PlusOutlined, UploadOutlined, DownloadOutlined } from '@ant-design/icons';
import { RATING_LEVELS, type RatingLevel } from '../../../domain/catalogue/codes';
import { ratingsApi, type RatingRow } from '../../api/records';
import { useCan } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { recordExportUrl } from '../../api/record-exports';
import { formatDate } from '../../lib/dates';
import { useUrlState } from '../../lib/url-state';
import { lastYear } from '../../lib/years';
import { PageHeader } from '../../components/PageHeader';
import { RecordFilterBar, yearFilter } from './RecordFilterBar';
import { RecordTable } from './RecordTable';
import { RatingFormDialog } from './RatingFormDialog';
import { CapReportTable } from './CapReportTable';
import { RatingTag } from './RecordTags';
import { RowActions } from './RowActions';

/** The level of a rating, changed in place by those who may write ratings. */
function LevelCell({ row, editable }: { row: RatingRow; editable: boolean }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const save = ratingsApi.useSave();
  if (!editable) return <RatingTag level={row.level} />;
  return (
    <Select
      size="small"
      value={row.level}
      loading={save.isPending}
      onClick={(e) => e.stopPropagation()}
      onChange={(level) =>
        save.mutate({ id: row.id, input: { level: level as RatingLevel } }, { onSuccess: () => message.success(t('records.saved')), onError: (e) => message.error(e.message) })
      }
      options={RATING_LEVELS.map((l) => ({ value: l, label: codeLabel('ratingLevel', l) }))}
      style={{ width: 220 }}
      data-testid="rating-level-inline"
      popupMatchSelectWidth={false}
    />
  );
}

/** Xếp loại: every rating by year and unit (levels editable in place), and the cap on excellent ratings. */
export default function RatingsPage() {
  const { t, codeLabel } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const state = useUrlState();
  const year = yearFilter(state, lastYear());
  const tab = state.get('tab') === 'cap' ? 'cap' : 'list';
  const filters = {
    year,
    unitId: state.get('unitId'),
    personId: state.get('personId'),
    level: state.get('level'),
    subject: state.get('subject'),
    page: state.page,
    pageSize: state.pageSize,
  };
  const list = ratingsApi.useList(filters, tab === 'list');
  const remove = ratingsApi.useRemove();
  const [editing, setEditing] = useState<{ rating?: RatingRow } | null>(null);
  const canWrite = can('records.write');

  return (
    <div data-testid="ratings-page">
      <PageHeader
        title={t('ratings.title')}
        subtitle={t('ratings.subtitle')}
        extra={
          <>
            {tab === 'list' && (
              <Button icon={<DownloadOutlined />} href={recordExportUrl('ratings', filters)} download data-testid="ratings-export">
                {t('records.export')}
              </Button>
            )}
            {can('records.import') && (
              <Dropdown
                menu={{
                  items: [
                    { key: 'ratings', label: t('importKind.ratings') },
                    { key: 'unit-ratings', label: t('importKind.unit-ratings') },
                  ],
                  onClick: ({ key }) => navigate(`/records/import/${key}`),
                }}
              >
                <Button icon={<UploadOutlined />} data-testid="ratings-import">
                  {t('records.import')}
                </Button>
              </Dropdown>
            )}
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="rating-create">
                {t('ratings.create')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(k) => state.set({ tab: k === 'list' ? undefined : k })}
          items={[
            { key: 'list', label: t('ratings.tabList') },
            { key: 'cap', label: <span data-testid="ratings-tab-cap">{t('ratings.tabCap')}</span> },
          ]}
        />
        <RecordFilterBar state={state} prefix="ratings" defaultYear={lastYear()} person={tab === 'list'} unit={tab === 'list'}>
          {tab === 'list' && (
            <>
              <Select
                allowClear
                value={filters.level}
                onChange={(v) => state.set({ level: v })}
                placeholder={t('ratings.level')}
                options={RATING_LEVELS.map((l) => ({ value: l, label: codeLabel('ratingLevel', l) }))}
                style={{ width: 230 }}
                popupMatchSelectWidth={false}
              />
              <Select
                allowClear
                value={filters.subject}
                onChange={(v) => state.set({ subject: v })}
                placeholder={t('records.subject')}
                options={[
                  { value: 'person', label: t('records.subjectPerson') },
                  { value: 'unit', label: t('records.subjectUnit') },
                ]}
                style={{ width: 150 }}
              />
            </>
          )}
        </RecordFilterBar>
        {tab === 'cap' ? (
          <CapReportTable year={year ?? lastYear()} />
        ) : (
          <RecordTable<RatingRow>
            state={state}
            query={list}
            testId="rating-row"
            columns={[
              {
                title: t('records.subject'),
                key: 'subject',
                width: 200,
                render: (_: unknown, r) =>
                  r.subject === 'person' ? (
                    <Link to={`/people/${r.personId}/record`}>{r.personName}</Link>
                  ) : (
                    <Link to={`/units/${r.unitId}/record`}>{r.unitName}</Link>
                  ),
              },
              { title: t('ratings.ratedIn'), key: 'unit', render: (_: unknown, r) => (r.subject === 'person' ? (r.ratedInUnitName ?? r.personUnitName) : t('records.subjectUnit')) },
              { title: t('records.year'), dataIndex: 'year', width: 70 },
              { title: t('ratings.level'), dataIndex: 'level', width: 236, render: (_: string, r) => <LevelCell row={r} editable={canWrite} /> },
              {
                title: t('ratings.regime'),
                dataIndex: 'regime',
                width: 160,
                render: (r: string) => (
                  <span title={codeLabel('ratingRegime', r)} data-testid="rating-regime">
                    {codeLabel('ratingRegimeShort', r)}
                  </span>
                ),
              },
              { title: t('records.decisionNoLabel'), dataIndex: 'decisionNo', width: 130, ellipsis: true },
              { title: t('records.decidedOn'), dataIndex: 'decidedOn', width: 110, render: (d: string | null) => formatDate(d) },
              ...(canWrite
                ? [
                    {
                      title: '',
                      key: 'actions',
                      width: 80,
                      render: (_: unknown, r: RatingRow) => (
                        <RowActions
                          onEdit={() => setEditing({ rating: r })}
                          onDelete={() => remove.mutateAsync(r.id)}
                          deleteTitle={t('ratings.deleteTitle', { name: (r.personName ?? r.unitName) || '', year: r.year })}
                        />
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <RatingFormDialog open={!!editing} rating={editing?.rating} onClose={() => setEditing(null)} />
    </div>
  );
}
