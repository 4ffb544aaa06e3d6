import { useState } from 'react';
import { Button, Card, Table, Tag, Tooltip } from 'antd';
import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useAccounts, type Account } from '../../api/admin';
import { useCan } from '../../api/session';
import { useUnits } from '../../api/units';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';
import { CreateAccountDialog } from './CreateAccountDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';

/** The agency's accounts: roles, state; create one, reset a password. */
export default function AccountsPage() {
  const { t, codeLabel } = useI18n();
  const can = useCan();
  const accounts = useAccounts();
  const units = useUnits();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<Account | null>(null);
  const unitName = (id: string | null) => (id ? (units.data?.find((u) => u.id === id)?.name ?? '') : '');
  const canWrite = can('users.write');

  return (
    <div data-testid="accounts-page">
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle', { count: accounts.data?.length ?? 0 })}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="account-create">
              {t('users.create')}
            </Button>
          )
        }
      />
      <Card size="small">
        <Table<Account>
          size="small"
          rowKey="id"
          loading={accounts.isPending}
          dataSource={accounts.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          onRow={() => ({ 'data-testid': 'account-row' }) as object}
          columns={[
            { title: t('users.username'), dataIndex: 'username', width: 180, render: (u: string) => <span className="vd-mono">{u}</span> },
            { title: t('users.displayName'), dataIndex: 'displayName', width: '30%' },
            {
              title: t('users.roles'),
              dataIndex: 'roles',
              render: (roles: Account['roles']) => (
                <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
                  {roles.map((r, i) => (
                    <Tag key={i}>
                      {codeLabel('role', r.role)}
                      {r.unitId ? ` — ${unitName(r.unitId)}` : ''}
                    </Tag>
                  ))}
                </div>
              ),
            },
            {
              title: t('users.state'),
              key: 'state',
              width: 260,
              render: (_, a) => {
                const locked = a.lockedUntil && dayjs(a.lockedUntil).isAfter(dayjs());
                return (
                  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
                    {!a.active ? <Tag>{t('users.inactive')}</Tag> : locked ? <Tag color="error">{t('users.lockedUntil', { time: formatDateTime(a.lockedUntil) })}</Tag> : <Tag color="success">{t('users.active')}</Tag>}
                    {a.isDemo && <Tag color="gold">{t('users.demo')}</Tag>}
                    {a.mustChangePassword && <Tag color="blue">{t('users.mustChange')}</Tag>}
                  </div>
                );
              },
            },
            ...(canWrite
              ? [
                  {
                    title: '',
                    key: 'actions',
                    width: 60,
                    render: (_: unknown, a: Account) => (
                      <Tooltip title={t('users.reset')}>
                        <Button type="text" size="small" icon={<KeyOutlined />} onClick={() => setResetting(a)} aria-label={t('users.reset')} data-testid="account-reset" />
                      </Tooltip>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <CreateAccountDialog open={creating} onClose={() => setCreating(false)} />
      <ResetPasswordDialog account={resetting} onClose={() => setResetting(null)} />
    </div>
  );
}
