import { useState } from 'react';
import { Badge, Button, Empty, List, Popover, Space, Typography } from 'antd';
import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount, type Notification } from '../api/notifications';
import { useI18n } from '../i18n/i18n';
import { formatDateTime } from '../lib/dates';

const LATEST = 8;

/** The bell in the header: unread count (polled), the latest notifications, mark read. */
export function NotificationBell() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const latest = useNotifications(1, LATEST, false, open);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const navigate = useNavigate();
  const count = unread.data ?? 0;

  const openItem = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) {
      setOpen(false);
      navigate(n.link);
    }
  };

  const content = (
    <div style={{ width: 380, maxWidth: '80vw' }} data-testid="bell-panel">
      {latest.data && latest.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bell.empty')} />
      ) : (
        <List<Notification>
          size="small"
          loading={latest.isLoading}
          dataSource={latest.data?.items ?? []}
          style={{ maxHeight: 420, overflowY: 'auto' }}
          renderItem={(n) => (
            <List.Item
              data-testid="bell-item"
              data-unread={n.readAt ? 'false' : 'true'}
              style={{ cursor: n.link || !n.readAt ? 'pointer' : 'default', background: n.readAt ? undefined : '#fff7e6', paddingInline: 8 }}
              onClick={() => openItem(n)}
              actions={
                n.readAt
                  ? []
                  : [
                      <Button
                        key="read"
                        size="small"
                        type="text"
                        icon={<CheckOutlined />}
                        title={t('notifications.markRead')}
                        aria-label={t('notifications.markRead')}
                        data-testid="bell-mark-read"
                        onClick={(e) => {
                          e.stopPropagation();
                          markRead.mutate(n.id);
                        }}
                      />,
                    ]
              }
            >
              <List.Item.Meta
                title={<Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>}
                description={
                  <>
                    {n.body && <div style={{ whiteSpace: 'pre-line' }}>{n.body}</div>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Space style={{ display: 'flex', justifyContent: 'space-between', marginTop: 8 }}>
        <Link to="/notifications" onClick={() => setOpen(false)} data-testid="bell-see-all">
          {t('bell.seeAll')}
        </Link>
        <Button size="small" disabled={!count} loading={markAll.isPending} onClick={() => markAll.mutate()} data-testid="bell-mark-all">
          {t('bell.markAll')}
        </Button>
      </Space>
    </div>
  );

  return (
    <Popover trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} content={content} title={t('bell.label')}>
      <Button
        type="text"
        data-testid="notification-bell"
        aria-label={count ? t('bell.unread', { count }) : t('bell.label')}
        title={count ? t('bell.unread', { count }) : t('bell.label')}
        icon={
          <Badge count={count} size="small" overflowCount={99} data-testid="bell-count">
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
