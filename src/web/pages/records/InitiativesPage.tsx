import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Select, Space, Tag, Tooltip } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { initiativesApi, type InitiativeRow } from '../../api/records';
import { useCan } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { useUrlState } from '../../lib/url-state';
import { PageHeader } from '../../components/PageHeader';
import { RecordFilterBar, yearFilter } from './RecordFilterBar';
import { RecordTable } from './RecordTable';
import { RowActions } from './RowActions';
import { InitiativeFormDialog } from './InitiativeFormDialog';

/** Sáng kiến: recognised initiatives, their authors, and which award each has already served. */
export default function InitiativesPage() {
  const { t, codeLabel } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const state = useUrlState();
  const filters = {
    year: yearFilter(state),
    unitId: state.get('unitId'),
    personId: state.get('personId'),
    used: state.get('used'),
    page: state.page,
    pageSize: state.pageSize,
  };
  const list = initiativesApi.useList(filters);
  const remove = initiativesApi.useRemove();
  const [editing, setEditing] = useState<{ initiative?: InitiativeRow } | null>(null);
  const canWrite = can('records.write');

  return (
    <div data-testid="initiatives-page">
      <PageHeader
        title={t('initiatives.title')}
        subtitle={t('initiatives.subtitle')}
        extra={
          <>
            {can('records.import') && (
              <Button icon={<UploadOutlined />} onClick={() => navigate('/records/import/initiatives')} data-testid="initiatives-import">
                {t('records.import')}
              </Button>
            )}
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="initiative-create">
                {t('initiatives.create')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small">
        <RecordFilterBar state={state} prefix="initiatives">
          <Select
            allowClear
            value={filters.used}
            onChange={(v) => state.set({ used: v })}
            placeholder={t('records.usedFilter')}
            options={[
              { value: 'false', label: t('record.notUsed') },
              { value: 'true', label: t('records.used') },
            ]}
            style={{ width: 170 }}
          />
        </RecordFilterBar>
        <RecordTable<InitiativeRow>
          state={state}
          query={list}
          testId="initiative-row"
          columns={[
            { title: t('initiatives.titleField'), dataIndex: 'title', render: (title: string) => <span style={{ whiteSpace: 'normal' }}>{title}</span> },
            {
              title: t('initiatives.authors'),
              dataIndex: 'authors',
              width: 230,
              render: (authors: InitiativeRow['authors']) =>
                authors.map((a) => (
                  <div key={a.personId}>
                    <Link to={`/people/${a.personId}/record`}>{a.personName}</Link> <span className="vd-subtle">{a.sharePct}%</span>
                  </div>
                )),
            },
            { title: t('initiatives.recognizedBy'), dataIndex: 'recognizedBy', width: 120, render: (s: string) => codeLabel('initiativeScope', s) },
            {
              title: t('initiatives.recognizedOn'),
              key: 'decision',
              width: 160,
              render: (_: unknown, i) => (
                <>
                  {formatDate(i.recognizedOn)}
                  {i.decisionNo && <div className="vd-subtle">{i.decisionNo}</div>}
                </>
              ),
            },
            {
              title: t('records.impactScope'),
              dataIndex: 'impactScope',
              width: 150,
              render: (s: string, i) => (
                <Space size={2} wrap>
                  <span>{codeLabel('initiativeScope', s)}</span>
                  {i.impactRecognizedByProvinceHead && (
                    <Tooltip title={t('records.impactByProvinceHead')}>
                      <Tag color="blue">UBND</Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
            },
            {
              title: t('records.usedFor'),
              dataIndex: 'usedBy',
              width: 170,
              render: (used: InitiativeRow['usedBy']) =>
                used.length ? (
                  used.map((u) => <Tag key={u.awardId}>{`${codeLabel('awardShort', u.awardCode)} ${u.year}`}</Tag>)
                ) : (
                  <Tag color="green">{t('record.notUsed')}</Tag>
                ),
            },
            ...(canWrite
              ? [
                  {
                    title: '',
                    key: 'actions',
                    width: 80,
                    render: (_: unknown, i: InitiativeRow) => (
                      <RowActions
                        onEdit={() => setEditing({ initiative: i })}
                        onDelete={() => remove.mutateAsync(i.id)}
                        canDelete={i.usedBy.length === 0}
                        deleteBlockedReason={t('records.usedCannotDelete')}
                        deleteTitle={t('initiatives.deleteTitle', { title: i.title })}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <InitiativeFormDialog open={!!editing} initiative={editing?.initiative} onClose={() => setEditing(null)} />
    </div>
  );
}
