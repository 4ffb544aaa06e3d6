import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Breadcrumb, Button, Card, Descriptions, Table, Tag } from 'antd';
import { EditOutlined, FileSearchOutlined, LogoutOutlined, SwapOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/errors';
import { usePerson, type Assignment } from '../../api/people';
import { useCan } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/Lazy';
import { NotFoundResult } from '../../components/NotFoundResult';
import { PersonStatusTag } from '../../components/CodeTags';
import { PersonFormDialog } from './PersonFormDialog';
import { TransferDialog } from './TransferDialog';
import { StatusDialog } from './StatusDialog';

type Dialog = 'edit' | 'transfer' | 'status' | null;

/** One person: details, history of units and positions, and the changes an officer may make. */
export default function PersonPage() {
  const { t, codeLabel } = useI18n();
  const { id } = useParams();
  const can = useCan();
  const navigate = useNavigate();
  const person = usePerson(id);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (person.isPending) return <PageSpinner />;
  if (person.isError) {
    // 404 (missing or outside the user's scope) and 400 (not an id) both mean "no such person here".
    if (person.error instanceof ApiError && [400, 404].includes(person.error.status)) {
      return <NotFoundResult title={t('person.notFound')} backTo="/people" backLabel={t('person.backToList')} />;
    }
    return <Alert type="error" showIcon title={person.error.message} />;
  }
  const p = person.data;
  // Per person, from the server: in the writer's scope and still in service.
  const canWrite = p.abilities['person.edit'];
  const yesNo = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  const history = [...p.assignments].sort((a, b) => b.fromDate.localeCompare(a.fromDate));

  return (
    <div data-testid="person-page">
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/people">{t('people.title')}</Link> }, { title: p.fullName }]} />
      <PageHeader
        title={
          <>
            <span data-testid="person-name">{p.fullName}</span> <PersonStatusTag status={p.status} />
          </>
        }
        subtitle={[p.position, p.unitName].filter(Boolean).join(' — ')}
        extra={
          <>
            {can('records.read') && (
              <Button icon={<FileSearchOutlined />} onClick={() => navigate(`/people/${p.id}/record`)} data-testid="person-record-link">
                {t('record.open')}
              </Button>
            )}
            {canWrite && (
              <>
                <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="person-edit">
                  {t('common.edit')}
                </Button>
                <Button icon={<SwapOutlined />} onClick={() => setDialog('transfer')} data-testid="person-transfer">
                  {t('person.transfer')}
                </Button>
                <Button danger icon={<LogoutOutlined />} onClick={() => setDialog('status')} data-testid="person-leave">
                  {t('person.leave')}
                </Button>
              </>
            )}
          </>
        }
      />
      <Card size="small" title={t('person.details')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 1, lg: 2, xl: 3 }}
          bordered
          styles={{ label: { width: 160 } }}
          items={[
            { key: 'fullName', label: t('field.fullName'), children: p.fullName },
            { key: 'code', label: t('field.code'), children: <span className="vd-mono">{p.code}</span> },
            { key: 'gender', label: t('field.gender'), children: codeLabel('gender', p.gender) },
            { key: 'birthDate', label: t('field.birthDate'), children: formatDate(p.birthDate) },
            { key: 'unit', label: t('field.unit'), children: p.unitName },
            { key: 'position', label: t('field.position'), children: p.position },
            { key: 'isLeader', label: t('field.isLeader'), children: yesNo(p.isLeader) },
            { key: 'staffCategory', label: t('field.staffCategory'), children: codeLabel('staffCategory', p.staffCategory) },
            { key: 'isDirectWorker', label: t('field.isDirectWorker'), children: yesNo(p.isDirectWorker) },
            { key: 'email', label: t('field.email'), children: p.email },
            { key: 'phone', label: t('field.phone'), children: p.phone },
            { key: 'status', label: t('field.status'), children: <PersonStatusTag status={p.status} /> },
          ]}
        />
      </Card>
      <Card size="small" title={t('person.history')} style={{ marginTop: 16 }}>
        <Table<Assignment>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={history}
          onRow={() => ({ 'data-testid': 'assignment-row' }) as object}
          columns={[
            { title: t('person.fromDate'), dataIndex: 'fromDate', width: 110, render: (d: string) => formatDate(d) },
            {
              title: t('person.toDate'),
              dataIndex: 'toDate',
              width: 110,
              render: (d: string | null) => (d ? formatDate(d) : <Tag color="blue">{t('person.now')}</Tag>),
            },
            { title: t('field.unit'), dataIndex: 'unitName' },
            {
              title: t('field.position'),
              dataIndex: 'position',
              render: (pos: string, a) => (
                <>
                  {a.isLeader && (
                    <Tag color="red" style={{ marginInlineEnd: 6, paddingInline: 4, fontSize: 11 }}>
                      {t('people.leaderTag')}
                    </Tag>
                  )}
                  {pos}
                </>
              ),
            },
            { title: t('field.staffCategory'), dataIndex: 'staffCategory', width: 140, render: (c: string) => codeLabel('staffCategory', c) },
            { title: t('field.reason'), dataIndex: 'reason' },
          ]}
        />
      </Card>
      <PersonFormDialog open={dialog === 'edit'} person={p} onClose={() => setDialog(null)} />
      <TransferDialog open={dialog === 'transfer'} person={p} onClose={() => setDialog(null)} />
      <StatusDialog open={dialog === 'status'} person={p} onClose={() => setDialog(null)} />
    </div>
  );
}
