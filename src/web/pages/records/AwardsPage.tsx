import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Select, Tag } from 'antd';
import { PlusOutlined, UploadOutlined, DownloadOutlined } from '@ant-design/icons';
import { AWARD_CODES } from '../../../domain/catalogue/awards';
import { awardsApi, type AwardRow } from '../../api/records';
import { useCan } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { recordExportUrl } from '../../api/record-exports';
import { formatDate } from '../../lib/dates';
import { useUrlState } from '../../lib/url-state';
import { PageHeader } from '../../components/PageHeader';
import { RecordFilterBar, yearFilter } from './RecordFilterBar';
import { RecordTable } from './RecordTable';
import { RowActions } from './RowActions';
import { AwardFormDialog } from './AwardFormDialog';

/** Khen thưởng đã nhận: titles and forms people and collectives hold, with decisions and basis. */
export default function AwardsPage() {
  const { t, codeLabel } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const state = useUrlState();
  const filters = {
    year: yearFilter(state),
    unitId: state.get('unitId'),
    personId: state.get('personId'),
    awardCode: state.get('awardCode'),
    subject: state.get('subject'),
    page: state.page,
    pageSize: state.pageSize,
  };
  const list = awardsApi.useList(filters);
  const remove = awardsApi.useRemove();
  const [editing, setEditing] = useState<{ award?: AwardRow } | null>(null);
  const canWrite = can('records.write');

  return (
    <div data-testid="awards-page">
      <PageHeader
        title={t('awards.title')}
        subtitle={t('awards.subtitle')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={recordExportUrl('awards', filters)} download data-testid="awards-export">
              {t('records.export')}
            </Button>
            {can('records.import') && (
              <Button icon={<UploadOutlined />} onClick={() => navigate('/records/import/awards')} data-testid="awards-import">
                {t('records.import')}
              </Button>
            )}
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="award-create">
                {t('awards.create')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small">
        <RecordFilterBar state={state} prefix="awards">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={filters.awardCode}
            onChange={(v) => state.set({ awardCode: v })}
            placeholder={t('awards.award')}
            options={AWARD_CODES.map((c) => ({ value: c, label: codeLabel('award', c) }))}
            style={{ width: 260 }}
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
        </RecordFilterBar>
        <RecordTable<AwardRow>
          state={state}
          query={list}
          testId="award-row"
          columns={[
            {
              title: t('records.subject'),
              key: 'subject',
              width: 200,
              render: (_: unknown, a) =>
                a.subject === 'person' ? (
                  <>
                    <Link to={`/people/${a.personId}/record`}>{a.personName}</Link>
                    <div className="vd-subtle">{a.personUnitName}</div>
                  </>
                ) : (
                  <Link to={`/units/${a.unitId}/record`}>{a.unitName}</Link>
                ),
            },
            {
              title: t('awards.award'),
              dataIndex: 'awardCode',
              width: 190,
              render: (c: string, a) => (
                <>
                  <Tag color="volcano" style={{ whiteSpace: 'normal' }}>
                    {codeLabel('award', c)}
                  </Tag>
                  {a.source !== 'manual' && <div className="vd-subtle">{codeLabel('awardSource', a.source)}</div>}
                </>
              ),
            },
            { title: t('records.year'), dataIndex: 'year', width: 60 },
            { title: t('awards.basisType'), dataIndex: 'basisType', width: 150, ellipsis: true, render: (b: string) => codeLabel('basisType', b) },
            {
              title: t('records.decision'),
              key: 'decision',
              width: 130,
              render: (_: unknown, a) => (
                <>
                  {a.decisionNo}
                  {a.decidedOn && <div className="vd-subtle">{formatDate(a.decidedOn)}</div>}
                </>
              ),
            },
            { title: t('awards.conferredBy'), dataIndex: 'conferredBy', width: 130, ellipsis: true, render: (c: string) => codeLabel('conferrer', c) },
            {
              title: t('awards.basis'),
              dataIndex: 'basis',
              render: (basis: AwardRow['basis']) => basis.map((b) => <div key={b.id} className="vd-subtle">{b.title}</div>),
            },
            ...(canWrite
              ? [
                  {
                    title: '',
                    key: 'actions',
                    width: 80,
                    render: (_: unknown, a: AwardRow) => (
                      <RowActions
                        onEdit={() => setEditing({ award: a })}
                        onDelete={() => remove.mutateAsync(a.id)}
                        canDelete={a.source !== 'decision'}
                        deleteBlockedReason={t('awards.decisionOwned')}
                        deleteTitle={t('awards.deleteTitle', { award: codeLabel('award', a.awardCode), name: (a.personName ?? a.unitName) || '', year: a.year })}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <AwardFormDialog open={!!editing} award={editing?.award} onClose={() => setEditing(null)} />
    </div>
  );
}
