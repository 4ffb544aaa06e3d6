import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Select, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { disciplinesApi, inspectionsApi, type DisciplineRow, type InspectionRow } from '../../api/records';
import { useCan } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { useUrlState } from '../../lib/url-state';
import { PageHeader } from '../../components/PageHeader';
import { RecordFilterBar, yearFilter } from './RecordFilterBar';
import { RecordTable } from './RecordTable';
import { RowActions } from './RowActions';
import { DisciplineFormDialog } from './DisciplineFormDialog';
import { InspectionFormDialog } from './InspectionFormDialog';

function DisciplineList({ state, canWrite }: { state: ReturnType<typeof useUrlState>; canWrite: boolean }) {
  const { t, codeLabel } = useI18n();
  const list = disciplinesApi.useList({ year: yearFilter(state), unitId: state.get('unitId'), personId: state.get('personId'), page: state.page, pageSize: state.pageSize });
  const remove = disciplinesApi.useRemove();
  const [editing, setEditing] = useState<{ discipline?: DisciplineRow } | null>(null);
  return (
    <>
      <RecordFilterBar
        state={state}
        prefix="discipline"
        actions={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="discipline-create">
              {t('discipline.create')}
            </Button>
          )
        }
      />
      <RecordTable<DisciplineRow>
        state={state}
        query={list}
        testId="discipline-row"
        columns={[
          {
            title: t('records.person'),
            key: 'person',
            width: 220,
            render: (_: unknown, d) => (
              <>
                <Link to={`/people/${d.personId}/record`}>{d.personName}</Link>
                <div className="vd-subtle">{d.personUnitName}</div>
              </>
            ),
          },
          { title: t('discipline.form'), dataIndex: 'form', width: 140, render: (f: string) => <Tag color="red">{codeLabel('disciplineForm', f)}</Tag> },
          {
            title: t('records.decision'),
            key: 'decision',
            width: 160,
            render: (_: unknown, d) => (
              <>
                {d.decisionNo}
                <div className="vd-subtle">{formatDate(d.decidedOn)}</div>
              </>
            ),
          },
          { title: t('discipline.inForce'), key: 'period', width: 210, render: (_: unknown, d) => `${formatDate(d.effectiveFrom)} – ${formatDate(d.effectiveTo)}` },
          { title: t('discipline.dutyRelatedShort'), dataIndex: 'dutyRelated', width: 110, render: (b: boolean) => (b ? t('common.yes') : t('common.no')) },
          { title: t('field.reason'), dataIndex: 'reason', ellipsis: true },
          ...(canWrite
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 80,
                  render: (_: unknown, d: DisciplineRow) => (
                    <RowActions onEdit={() => setEditing({ discipline: d })} onDelete={() => remove.mutateAsync(d.id)} deleteTitle={t('discipline.deleteTitle', { name: d.personName ?? '' })} />
                  ),
                },
              ]
            : []),
        ]}
      />
      <DisciplineFormDialog open={!!editing} discipline={editing?.discipline} onClose={() => setEditing(null)} />
    </>
  );
}

function InspectionList({ state, canWrite }: { state: ReturnType<typeof useUrlState>; canWrite: boolean }) {
  const { t, codeLabel } = useI18n();
  const status = state.get('status');
  const list = inspectionsApi.useList({
    year: yearFilter(state),
    unitId: state.get('unitId'),
    personId: state.get('personId'),
    status,
    page: state.page,
    pageSize: state.pageSize,
  });
  const remove = inspectionsApi.useRemove();
  const [editing, setEditing] = useState<{ inspection?: InspectionRow } | null>(null);
  return (
    <>
      <RecordFilterBar
        state={state}
        prefix="inspections"
        actions={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="inspection-create">
              {t('inspections.create')}
            </Button>
          )
        }
      >
        <Select
          allowClear
          value={status}
          onChange={(v) => state.set({ status: v })}
          placeholder={t('field.status')}
          options={[
            { value: 'open', label: t('inspections.open') },
            { value: 'concluded', label: t('inspections.concluded') },
          ]}
          style={{ width: 170 }}
        />
      </RecordFilterBar>
      <RecordTable<InspectionRow>
        state={state}
        query={list}
        testId="inspection-row"
        columns={[
          { title: t('inspections.kind'), dataIndex: 'kind', width: 150, render: (k: string) => codeLabel('inspectionKind', k) },
          { title: t('inspections.titleField'), dataIndex: 'title', width: 300, render: (title: string) => <span style={{ whiteSpace: 'normal' }}>{title}</span> },
          {
            title: t('field.status'),
            key: 'status',
            width: 190,
            render: (_: unknown, i) =>
              i.status === 'open' ? (
                <Tag color="purple" data-testid="inspection-open">
                  {t('inspections.openSince', { from: formatDate(i.openedOn) })}
                </Tag>
              ) : (
                <Tag>{t('inspections.concludedOnShort', { on: formatDate(i.concludedOn) })}</Tag>
              ),
          },
          {
            title: t('inspections.findings'),
            key: 'findings',
            width: 170,
            render: (_: unknown, i) => (
              <>
                {i.hasViolation ? <Tag color="red">{t('inspections.hasViolation')}</Tag> : <Tag color="green">{t('inspections.noViolation')}</Tag>}
                {i.remedied && <Tag color="blue">{t('inspections.remedied')}</Tag>}
              </>
            ),
          },
          {
            title: t('inspections.subjects'),
            dataIndex: 'subjects',
            render: (subjects: InspectionRow['subjects']) => (
              <Typography.Text style={{ whiteSpace: 'normal' }}>{subjects.map((s) => s.name).join(', ')}</Typography.Text>
            ),
          },
          ...(canWrite
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 80,
                  render: (_: unknown, i: InspectionRow) => (
                    <RowActions onEdit={() => setEditing({ inspection: i })} onDelete={() => remove.mutateAsync(i.id)} deleteTitle={t('inspections.deleteTitle', { title: i.title })} />
                  ),
                },
              ]
            : []),
        ]}
      />
      <InspectionFormDialog open={!!editing} inspection={editing?.inspection} onClose={() => setEditing(null)} />
    </>
  );
}

/** Kỷ luật & Thanh tra: what bars or defers commendation. Changes need the sensitive-records ability. */
export default function DisciplinePage() {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const state = useUrlState();
  const tab = state.get('tab') === 'inspections' ? 'inspections' : 'discipline';
  const canWrite = can('records.writeSensitive');
  return (
    <div data-testid="discipline-page">
      <PageHeader
        title={t('discipline.title')}
        subtitle={t('discipline.subtitle')}
        extra={
          can('records.import') && tab === 'discipline' ? (
            <Button icon={<UploadOutlined />} onClick={() => navigate('/records/import/disciplines')} data-testid="discipline-import">
              {t('records.import')}
            </Button>
          ) : null
        }
      />
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(k) => state.set({ tab: k === 'discipline' ? undefined : k, status: undefined })}
          items={[
            { key: 'discipline', label: <span data-testid="tab-discipline">{t('discipline.tab')}</span> },
            { key: 'inspections', label: <span data-testid="tab-inspections">{t('inspections.tab')}</span> },
          ]}
        />
        {tab === 'discipline' ? <DisciplineList state={state} canWrite={canWrite} /> : <InspectionList state={state} canWrite={canWrite} />}
      </Card>
    </div>
  );
}
