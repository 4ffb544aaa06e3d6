import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Input, Space, Table, Tag, Tooltip } from 'antd';
import { EditOutlined, FileSearchOutlined, PlusOutlined, SearchOutlined, SubnodeOutlined } from '@ant-design/icons';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { useCan } from '../../api/session';
import { useUnits, type Unit } from '../../api/units';
import { useI18n } from '../../i18n/i18n';
import { buildUnitTree, type UnitNode } from '../../lib/unit-tree';
import { PageHeader } from '../../components/PageHeader';
import { UnitFormDialog } from './UnitFormDialog';

type Row = Omit<UnitNode<Unit>, 'children'> & { children?: Row[] };

/** antd shows an expander only for rows whose `children` is a non-empty array. */
function toRows(nodes: UnitNode<Unit>[], keep: (u: Unit) => boolean): Row[] {
  return nodes.flatMap((n) => {
    const children = toRows(n.children, keep);
    if (!keep(n) && !children.length) return [];
    return [{ ...n, children: children.length ? children : undefined }];
  });
}

const KIND_COLORS: Record<string, string> = { leadership: 'red', office: 'volcano', inspectorate: 'purple', division: 'blue', affiliated: 'green', other: 'default' };

/** The agency's organisation tree with kinds and member counts; units.write may add and edit. */
export default function UnitsPage() {
  const { t, codeLabel } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const units = useUnits();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<{ unit?: Unit; parentId?: string } | null>(null);
  const rows = useMemo(() => {
    const q = foldVietnamese(filter.trim());
    return toRows(buildUnitTree(units.data ?? []), (u) => !q || foldVietnamese(`${u.name} ${u.code}`).includes(q));
  }, [units.data, filter]);
  const canWrite = can('units.write');
  const canPeople = can('people.read');
  const canRecords = can('records.read');

  return (
    <div data-testid="units-page">
      <PageHeader
        title={t('units.title')}
        subtitle={t('units.subtitle', { count: units.data?.length ?? 0 })}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="unit-create">
              {t('units.create')}
            </Button>
          )
        }
      />
      <Card size="small">
        <Input allowClear prefix={<SearchOutlined style={{ color: '#999' }} />} placeholder={t('units.filter')} onChange={(e) => setFilter(e.target.value)} style={{ maxWidth: 360, marginBottom: 12 }} />
        {!units.isPending && (
          <Table<Row>
            size="small"
            rowKey="id"
            dataSource={rows}
            pagination={false}
            expandable={{ defaultExpandAllRows: true }}
            onRow={() => ({ 'data-testid': 'unit-row' }) as object}
            columns={[
              {
                title: t('units.name'),
                dataIndex: 'name',
                render: (name: string, u) => (
                  <span style={{ fontWeight: u.parentId ? 400 : 600, color: u.active ? undefined : '#999' }}>{name}</span>
                ),
              },
              { title: t('units.code'), dataIndex: 'code', width: 110, render: (c: string) => <span className="vd-mono">{c}</span> },
              { title: t('units.kind'), dataIndex: 'kind', width: 170, render: (k: string) => <Tag color={KIND_COLORS[k]}>{codeLabel('unitKind', k)}</Tag> },
              {
                title: t('units.memberCount'),
                dataIndex: 'memberCount',
                width: 110,
                align: 'right',
                render: (n: number, u) => (canPeople ? <Link to={`/people?unitId=${u.id}`}>{n}</Link> : n),
              },
              {
                title: t('units.status'),
                dataIndex: 'active',
                width: 120,
                render: (active: boolean) => (active ? <Tag color="success">{t('units.activeTag')}</Tag> : <Tag>{t('units.inactiveTag')}</Tag>),
              },
              ...(canWrite || canRecords
                ? [
                    {
                      title: '',
                      key: 'actions',
                      width: 120,
                      render: (_: unknown, u: Row) => (
                        <Space size={0}>
                          {canRecords && (
                            <Tooltip title={t('record.open')}>
                              <Button
                                type="text"
                                size="small"
                                icon={<FileSearchOutlined />}
                                onClick={() => navigate(`/units/${u.id}/record`)}
                                aria-label={t('record.open')}
                                data-testid="unit-record-link"
                              />
                            </Tooltip>
                          )}
                          {canWrite && (
                            <>
                              <Tooltip title={t('common.edit')}>
                                <Button type="text" size="small" icon={<EditOutlined />} onClick={() => setEditing({ unit: u as Unit })} aria-label={t('common.edit')} />
                              </Tooltip>
                              <Tooltip title={t('units.addChild')}>
                                <Button type="text" size="small" icon={<SubnodeOutlined />} onClick={() => setEditing({ parentId: u.id })} aria-label={t('units.addChild')} />
                              </Tooltip>
                            </>
                          )}
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <UnitFormDialog open={!!editing} unit={editing?.unit} parentId={editing?.parentId} onClose={() => setEditing(null)} />
    </div>
  );
}
