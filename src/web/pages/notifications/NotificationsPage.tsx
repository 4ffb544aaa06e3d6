import { useState } from 'react';
import { Alert, App, Button, Card, Empty, List, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import {
  useMarkAllRead,
  useMarkRead,
  useNotificationPreferences,
  useNotifications,
  useSetNotificationPreference,
  type Notification,
} from '../../api/notifications';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';

function NotificationList() {
  const { t, codeLabel } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(page, pageSize, unreadOnly);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const navigate = useNavigate();
  const data = list.data;

  return (
    <Card
      size="small"
      title={data ? t('notifications.total', { count: data.total }) : undefined}
      extra={
        <Space wrap>
          <Space size={6}>
            <Switch
              size="small"
              checked={unreadOnly}
              onChange={(v) => {
                setUnreadOnly(v);
                setPage(1);
              }}
              data-testid="notifications-unread-only"
            />
            <span>{t('notifications.unreadOnly')}</span>
          </Space>
          <Button disabled={!data?.unread} loading={markAll.isPending} onClick={() => markAll.mutate()} data-testid="notifications-mark-all">
            {t('notifications.markAll')}
          </Button>
        </Space>
      }
    >
      <List<Notification>
        loading={list.isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }}
        pagination={
          data && data.total > pageSize
            ? {
                current: page,
                pageSize,
                total: data.total,
                onChange: (p, s) => {
                  setPage(p);
                  setPageSize(s);
                },
              }
            : false
        }
        renderItem={(n) => (
          <List.Item
            data-testid="notification-row"
            data-unread={n.readAt ? 'false' : 'true'}
            style={{ background: n.readAt ? undefined : '#fff7e6', paddingInline: 12 }}
            actions={[
              n.link ? (
                <Button key="open" size="small" onClick={() => { if (!n.readAt) markRead.mutate(n.id); navigate(n.link!); }}>
                  {t('notifications.open')}
                </Button>
              ) : null,
              n.readAt ? (
                <Typography.Text key="read" type="secondary">{t('notifications.read')}</Typography.Text>
              ) : (
                <Button key="mark" size="small" icon={<CheckOutlined />} onClick={() => markRead.mutate(n.id)} data-testid="notification-mark-read">
                  {t('notifications.markRead')}
                </Button>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Space wrap size={6}>
                  {!n.readAt && <Tag color="gold">{t('notifications.unreadTag')}</Tag>}
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                </Space>
              }
              description={
                <>
                  {n.body && <div style={{ whiteSpace: 'pre-line', color: 'rgba(0,0,0,0.75)' }}>{n.body}</div>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(n.createdAt)} · {codeLabel('notificationKind', n.kind)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

function NotificationSettings() {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const prefs = useNotificationPreferences();
  const setPref = useSetNotificationPreference();
  const address = prefs.data?.emailAddress;
  return (
    <Card size="small">
      {prefs.data && (
        <Alert
          style={{ marginBottom: 12 }}
          type={address ? 'info' : 'warning'}
          showIcon
          title={address ? t('notifications.emailTo', { address }) : t('notifications.noAddress')}
          data-testid="notifications-email-address"
        />
      )}
      {setPref.isError && <Alert type="error" showIcon title={setPref.error.message} style={{ marginBottom: 12 }} />}
      <Table
        size="small"
        rowKey="kind"
        loading={prefs.isLoading}
        dataSource={prefs.data?.items ?? []}
        pagination={false}
        onRow={(r) => ({ 'data-testid': `pref-${r.kind}` }) as object}
        columns={[
          { title: t('notifications.kind'), dataIndex: 'kind', render: (k: string) => codeLabel('notificationKind', k) },
          {
            title: t('notifications.email'),
            key: 'email',
            width: 220,
            render: (_, r) => (
              <Space>
                <Switch
                  checked={r.email}
                  loading={setPref.isPending && setPref.variables?.kind === r.kind}
                  onChange={(email) => setPref.mutate({ kind: r.kind, email }, { onSuccess: () => message.success(t('notifications.saved')) })}
                  data-testid={`pref-email-${r.kind}`}
                  aria-label={`${t('notifications.email')}: ${codeLabel('notificationKind', r.kind)}`}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('notifications.emailDefault', { value: r.emailByDefault ? t('notifications.on') : t('notifications.off') })}
                </Typography.Text>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** "Thông báo": the user's own notifications, and per kind whether they also come by email. */
export default function NotificationsPage() {
  const { t } = useI18n();
  return (
    <div data-testid="notifications-page">
      <PageHeader title={t('notifications.title')} subtitle={t('notifications.subtitle')} />
      <Tabs
        items={[
          { key: 'list', label: <span data-testid="notifications-tab-list">{t('notifications.tabList')}</span>, children: <NotificationList /> },
          { key: 'settings', label: <span data-testid="notifications-tab-settings">{t('notifications.tabSettings')}</span>, children: <NotificationSettings /> },
        ]}
      />
    </div>
  );
}
