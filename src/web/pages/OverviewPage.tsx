import type { ReactNode } from 'react';
import { Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { ApartmentOutlined, CrownOutlined, TeamOutlined, WomanOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { peoplePolicies } from '../../domain/policies/people';
import { formatNumberVi } from '../../domain/text/numbers';
import { useCan, useOwnUnitRoots, useUser } from '../api/session';
import { useReach } from '../api/scope';
import { usePeople } from '../api/people';
import { useUnits, type Unit } from '../api/units';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { PageHeader } from '../components/PageHeader';
import { buildUnitTree, type UnitNode } from '../lib/unit-tree';

function flatten(nodes: UnitNode<Unit>[], depth = 0): (Unit & { depth: number })[] {
  return nodes.flatMap(({ children, ...unit }) => [{ ...unit, depth }, ...flatten(children, depth + 1)]);
}

/** The unit subtrees of `roots` in a flattened tree (unit-scoped users see only their own). */
function within<U extends { id: string; depth: number }>(rows: U[], roots: string[] | undefined): U[] {
  if (!roots) return rows;
  const out: U[] = [];
  let inside = -1;
  for (const r of rows) {
    if (inside >= 0 && r.depth <= inside) inside = -1;
    if (inside < 0 && roots.includes(r.id)) inside = r.depth;
    if (inside >= 0) out.push({ ...r, depth: r.depth - inside });
  }
  return out;
}

/**
 * A few counters from the existing endpoints, within what this user may see: the whole agency, the
 * user's unit (counters and table both of that subtree), or, for a staff member, their own record.
 */
export default function OverviewPage() {
  const { t, codeLabel } = useI18n();
  const user = useUser();
  const can = useCan();
  const reach = useReach(peoplePolicies.read);
  const roots = useOwnUnitRoots();
  // A staff member reaches only their own record: people counters of one would mislead.
  const readPeople = can('people.read') && reach !== 'self';
  const units = useUnits(can('units.read'));
  const active = usePeople({ status: 'active', pageSize: 1 }, readPeople);
  const leaders = usePeople({ status: 'active', isLeader: 'true', pageSize: 1 }, readPeople);
  const women = usePeople({ status: 'active', gender: 'female', pageSize: 1 }, readPeople);
  const health = useQuery({ queryKey: ['health'], queryFn: () => api.get<{ database: string; mode: string; version?: string }>('/api/health') });
  const activeUnits = units.data?.filter((u) => u.active) ?? [];
  const rows = within(flatten(buildUnitTree(activeUnits)), reach === 'units' ? roots : undefined);

  const stat = (key: string, title: string, value: number | undefined, icon: ReactNode, loading: boolean) => (
    <Col xs={24} sm={12} xl={6}>
      <Card size="small">
        <Statistic
          title={title}
          value={value ?? 0}
          formatter={(v) => formatNumberVi(Number(v))}
          prefix={icon}
          loading={loading}
          styles={{ content: { fontWeight: 600 } }}
          data-testid={`stat-${key}`}
        />
      </Card>
    </Col>
  );

  return (
    <div data-testid="overview-page">
      <PageHeader title={t('overview.title')} subtitle={t('overview.greeting', { name: user.displayName })} />
      <Row gutter={[16, 16]}>
        {stat('units', t('overview.units'), reach === 'units' ? rows.length : activeUnits.length, <ApartmentOutlined />, units.isPending)}
        {readPeople && stat('people', t('overview.activePeople'), active.data?.total, <TeamOutlined />, active.isPending)}
        {readPeople && stat('leaders', t('overview.leaders'), leaders.data?.total, <CrownOutlined />, leaders.isPending)}
        {readPeople && stat('women', t('overview.women'), women.data?.total, <WomanOutlined />, women.isPending)}
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {reach === 'self' ? (
          <Col xs={24} xl={16}>
            <Card size="small" title={t('overview.ownRecord')} data-testid="overview-own">
              <Typography.Paragraph>{t('overview.ownRecordHint')}</Typography.Paragraph>
              {user.personId && (
                <Space wrap>
                  <Link to={`/people/${user.personId}`}>{t('overview.ownProfile')}</Link>
                  {can('records.read') && <Link to={`/people/${user.personId}/record`}>{t('overview.ownRecordLink')}</Link>}
                </Space>
              )}
            </Card>
          </Col>
        ) : (
        <Col xs={24} xl={16}>
          <Card size="small" title={reach === 'units' ? t('overview.byUnitOwn') : t('overview.byUnit')} extra={<Link to="/units">{t('overview.seeUnits')}</Link>} data-testid="overview-by-unit">
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              loading={units.isPending}
              dataSource={rows}
              columns={[
                {
                  title: t('units.name'),
                  dataIndex: 'name',
                  render: (name: string, u) => (
                    <span style={{ paddingInlineStart: u.depth * 20 }}>
                      {readPeople ? <Link to={`/people?unitId=${u.id}`}>{name}</Link> : name}
                    </span>
                  ),
                },
                { title: t('units.kind'), dataIndex: 'kind', width: 170, render: (k: string) => <Tag>{codeLabel('unitKind', k)}</Tag> },
                { title: t('units.memberCount'), dataIndex: 'memberCount', width: 110, align: 'right', render: (n: number) => formatNumberVi(n) },
              ]}
            />
          </Card>
        </Col>
        )}
        <Col xs={24} xl={8}>
          <Card size="small" title={t('overview.yourAccount')}>
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              <Typography.Text strong>{user.displayName}</Typography.Text> <Typography.Text type="secondary">({user.username})</Typography.Text>
            </Typography.Paragraph>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
              {user.roles.map((r, i) => (
                <Tag key={i} color="red">
                  {codeLabel('role', r.role)}
                </Tag>
              ))}
            </div>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 13 }} data-testid="overview-scope-note">
              {t(reach === 'self' ? 'overview.scopeSelf' : reach === 'units' ? 'overview.scopeUnits' : 'overview.scopeAgency')}
            </Typography.Paragraph>
          </Card>
          <Card size="small" title={t('overview.system')} style={{ marginTop: 16 }}>
            {health.data && (
              <Typography.Text type="secondary" data-testid="system-info">
                {t('overview.systemInfo', {
                  database: health.data.database === 'postgresql' ? 'PostgreSQL' : t('overview.embeddedDb'),
                  mode: health.data.mode === 'demo' ? t('app.demoMode') : t('overview.productionMode'),
                })}
              </Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
