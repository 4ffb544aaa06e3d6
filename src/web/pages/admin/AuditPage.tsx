import { useState } from 'react';
import { Alert, Button, Card, List, Select, Space, Table, Tag, Typography } from 'antd';
import { LeftOutlined, RightOutlined, SafetyOutlined } from '@ant-design/icons';
import { useAuditPage, useVerifyAudit, type AuditEntry } from '../../api/admin';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return <pre className="vd-json">{JSON.stringify(value, null, 2)}</pre>;
}

/** The append-only audit log, newest first, with a check that the hash chain is intact. */
export default function AuditPage() {
  const { t, codeLabel } = useI18n();
  const [limit, setLimit] = useState(50);
  // Cursor paging: each page starts below the last seq of the page before it.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const before = cursors[cursors.length - 1];
  const page = useAuditPage(before, limit);
  const verify = useVerifyAudit();
  const items = page.data ?? [];
  const last = items[items.length - 1];

  return (
    <div data-testid="audit-page">
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          <Button icon={<SafetyOutlined />} onClick={() => verify.mutate()} loading={verify.isPending} data-testid="audit-verify">
            {t('audit.verify')}
          </Button>
        }
      />
      {verify.data && (
        <div data-testid="audit-verify-result" style={{ marginBottom: 16 }}>
          {verify.data.ok ? (
            <Alert type="success" showIcon title={t('audit.verifyOk', { count: verify.data.checked })} />
          ) : (
            <Alert
              type="error"
              showIcon
              title={t('audit.verifyProblems', { count: verify.data.problems.length, checked: verify.data.checked })}
              description={
                <List
                  size="small"
                  dataSource={verify.data.problems}
                  renderItem={(p) => (
                    <List.Item>
                      <Tag color="error">#{p.seq}</Tag> {p.message}
                    </List.Item>
                  )}
                />
              }
            />
          )}
        </div>
      )}
      {verify.isError && <Alert type="error" showIcon title={verify.error.message} style={{ marginBottom: 16 }} />}
      <Card size="small">
        <Table<AuditEntry>
          size="small"
          rowKey="seq"
          loading={page.isFetching}
          dataSource={items}
          pagination={false}
          onRow={() => ({ 'data-testid': 'audit-row' }) as object}
          expandable={{
            expandedRowRender: (e) => (
              <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
                <div>
                  <Typography.Text strong>{t('audit.before')}</Typography.Text>
                  <Json value={e.before} />
                </div>
                <div>
                  <Typography.Text strong>{t('audit.after')}</Typography.Text>
                  <Json value={e.after} />
                </div>
                <Typography.Text type="secondary" className="vd-mono" style={{ gridColumn: '1 / 3' }}>
                  {t('audit.hash')}: {e.hash}
                </Typography.Text>
              </div>
            ),
          }}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', width: 80, align: 'right' },
            { title: t('audit.at'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at) },
            { title: t('audit.actor'), dataIndex: 'actorName', width: 260 },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              // The Vietnamese action only; the stored code stays available on hover for support staff.
              render: (a: string) => <span title={a}>{codeLabel('auditAction', a)}</span>,
            },
            {
              title: t('audit.entity'),
              key: 'entity',
              width: 300,
              // The subject by name ("Nguyễn Văn An"); an id only for entries that name nothing.
              render: (_, e) => (
                <span data-testid="audit-subject">
                  <Tag>{codeLabel('auditEntity', e.entity)}</Tag>
                  {e.label ? (
                    <Typography.Text>{e.label}</Typography.Text>
                  ) : (
                    e.entityId && <span className="vd-mono" style={{ color: '#999' }} title={e.entityId}>{e.entityId.slice(0, 8)}</span>
                  )}
                </span>
              ),
            },
          ]}
        />
        <div style={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 8, marginTop: 12 }}>
          <Space>
            <Button icon={<LeftOutlined />} disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))} data-testid="audit-newer">
              {t('audit.newer')}
            </Button>
            <Typography.Text type="secondary">{t('audit.page', { page: cursors.length })}</Typography.Text>
            <Button disabled={!last || items.length < limit} onClick={() => last && setCursors((c) => [...c, last.seq])} data-testid="audit-older">
              {t('audit.older')} <RightOutlined />
            </Button>
            <Select
              value={limit}
              onChange={(v) => {
                setLimit(v);
                setCursors([undefined]);
              }}
              options={[20, 50, 100, 200].map((n) => ({ value: n, label: t('common.perPage', { count: n }) }))}
              style={{ width: 130 }}
            />
          </Space>
        </div>
      </Card>
    </div>
  );
}
