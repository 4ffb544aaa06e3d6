import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { scienceTasksApi, type ScienceTaskRow } from '../../api/records';
import { useCan } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { useUrlState } from '../../lib/url-state';
import { PageHeader } from '../../components/PageHeader';
import { RecordFilterBar, yearFilter } from './RecordFilterBar';
import { RecordTable } from './RecordTable';
import { RowActions } from './RowActions';
import { ScienceTaskFormDialog } from './ScienceTaskFormDialog';

/** Nhiệm vụ KH&CN: tasks, their acceptance, members, and the awards they have served. */
export default function ScienceTasksPage() {
  const { t, codeLabel } = useI18n();
  const can = useCan();
  const state = useUrlState();
  const filters = { year: yearFilter(state), unitId: state.get('unitId'), personId: state.get('personId'), page: state.page, pageSize: state.pageSize };
  const list = scienceTasksApi.useList(filters);
  const remove = scienceTasksApi.useRemove();
  const [editing, setEditing] = useState<{ task?: ScienceTaskRow } | null>(null);
  const canWrite = can('records.write');

  return (
    <div data-testid="tasks-page">
      <PageHeader
        title={t('tasks.title')}
        subtitle={t('tasks.subtitle')}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="task-create">
              {t('tasks.create')}
            </Button>
          )
        }
      />
      <Card size="small">
        <RecordFilterBar state={state} prefix="tasks" />
        <RecordTable<ScienceTaskRow>
          state={state}
          query={list}
          testId="task-row"
          columns={[
            {
              title: t('tasks.titleField'),
              dataIndex: 'title',
              render: (title: string, s) => (
                <span style={{ whiteSpace: 'normal' }}>
                  {s.code && <span className="vd-mono">{s.code} </span>}
                  {title}
                </span>
              ),
            },
            { title: t('tasks.kind'), dataIndex: 'kind', width: 150, render: (k: string) => codeLabel('scienceTaskKind', k) },
            { title: t('tasks.level'), dataIndex: 'taskLevel', width: 110, render: (k: string) => codeLabel('scienceTaskLevel', k) },
            {
              title: t('tasks.acceptance'),
              key: 'acceptance',
              width: 150,
              render: (_: unknown, s) =>
                s.acceptedOn ? (
                  <>
                    {s.acceptanceResult && <Tag color={s.acceptanceResult === 'KHONG_DAT' ? 'red' : 'blue'}>{codeLabel('acceptanceResult', s.acceptanceResult)}</Tag>}
                    <div className="vd-subtle">{formatDate(s.acceptedOn)}</div>
                  </>
                ) : (
                  <Tag>{t('tasks.inProgress')}</Tag>
                ),
            },
            {
              title: t('tasks.members'),
              dataIndex: 'members',
              width: 220,
              render: (members: ScienceTaskRow['members']) =>
                members.map((m) => (
                  <div key={m.personId}>
                    <Link to={`/people/${m.personId}/record`}>{m.personName}</Link> <span className="vd-subtle">{codeLabel('scienceTaskRole', m.role.toUpperCase())}</span>
                  </div>
                )),
            },
            {
              title: t('records.usedFor'),
              dataIndex: 'usedBy',
              width: 150,
              render: (used: ScienceTaskRow['usedBy']) =>
                used.length ? used.map((u) => <Tag key={u.awardId}>{`${codeLabel('awardShort', u.awardCode)} ${u.year}`}</Tag>) : <Tag color="green">{t('record.notUsed')}</Tag>,
            },
            ...(canWrite
              ? [
                  {
                    title: '',
                    key: 'actions',
                    width: 80,
                    render: (_: unknown, s: ScienceTaskRow) => (
                      <RowActions
                        onEdit={() => setEditing({ task: s })}
                        onDelete={() => remove.mutateAsync(s.id)}
                        canDelete={s.usedBy.length === 0}
                        deleteBlockedReason={t('records.usedCannotDelete')}
                        deleteTitle={t('tasks.deleteTitle', { title: s.title })}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <ScienceTaskFormDialog open={!!editing} task={editing?.task} onClose={() => setEditing(null)} />
    </div>
  );
}
