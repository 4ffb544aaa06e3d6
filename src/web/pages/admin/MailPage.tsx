import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Drawer, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { MailOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useOutbox, useOutboxMessage, useResendMail, useSendTestMail, type OutboxItem, type OutboxStatusCode } from '../../api/mail';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';

const STATUS_COLORS: Record<OutboxStatusCode, string> = {
  pending: 'processing',
  retrying: 'warning',
  sent: 'success',
  failed: 'error',
  unconfigured: 'default',
};
const STATUSES = Object.keys(STATUS_COLORS) as OutboxStatusCode[];
const RESENDABLE: OutboxStatusCode[] = ['failed', 'unconfigured', 'retrying', 'pending'];

function StatusTag({ status }: { status: OutboxStatusCode }) {
  const { codeLabel } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="mail-status">
      {codeLabel('outboxStatus', status)}
    </Tag>
  );
}

function MessageDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const detail = useOutboxMessage(id);
  const resend = useResendMail();
  const m = detail.data;
  return (
    <Drawer open={!!id} onClose={onClose} size={760} title={t('mail.details')} destroyOnHidden>
      {detail.isError && <Alert type="error" showIcon title={detail.error.message} />}
      {m && (
        <div data-testid="mail-detail">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('mail.to')}>{m.toName ? `${m.toName} <${m.toAddress}>` : m.toAddress}</Descriptions.Item>
            <Descriptions.Item label={t('mail.subject')}>{m.subject}</Descriptions.Item>
            <Descriptions.Item label={t('mail.status')}>
              <StatusTag status={m.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('mail.createdAt')}>{formatDateTime(m.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('mail.sentAt')}>{formatDateTime(m.sentAt) || '—'}</Descriptions.Item>
          </Descriptions>
          {RESENDABLE.includes(m.status) && (
            <Button
              style={{ marginTop: 12 }}
              icon={<SendOutlined />}
              loading={resend.isPending}
              onClick={() => resend.mutate(m.id, { onSuccess: () => message.success(t('mail.resent')) })}
              data-testid="mail-resend"
            >
              {t('mail.resend')}
            </Button>
          )}
          {resend.isError && <Alert type="error" showIcon title={resend.error.message} style={{ marginTop: 12 }} />}
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('mail.log')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="attempt"
            pagination={false}
            dataSource={m.attemptLog}
            locale={{ emptyText: t('mail.noAttempts') }}
            onRow={() => ({ 'data-testid': 'mail-attempt' }) as object}
            columns={[
              { title: t('mail.attempt'), dataIndex: 'attempt', width: 60, align: 'right' },
              { title: t('mail.at'), dataIndex: 'at', width: 160, render: (v: string) => formatDateTime(v) },
              {
                title: t('mail.outcome'),
                dataIndex: 'outcome',
                width: 140,
                render: (o: string) => <Tag color={o === 'sent' ? 'success' : o === 'failed' ? 'error' : 'default'}>{t(`mail.outcome.${o}` as 'mail.outcome.sent')}</Tag>,
              },
              {
                title: `${t('mail.smtpResponse')} / ${t('mail.error')}`,
                key: 'answer',
                render: (_, a) => <span className="vd-mono" style={{ fontSize: 12, wordBreak: 'break-word' }}>{a.error ?? a.smtpResponse ?? '—'}</span>,
              },
              { title: t('mail.duration'), dataIndex: 'durationMs', width: 90, align: 'right' },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('mail.body')}
          </Typography.Title>
          <pre className="vd-json" style={{ whiteSpace: 'pre-wrap' }}>{m.textBody}</pre>
          <Typography.Text type="secondary" className="vd-mono" style={{ fontSize: 12 }}>
            {codeLabel('outboxStatus', m.status)} · {m.messageId ?? ''}
          </Typography.Text>
        </div>
      )}
    </Drawer>
  );
}

function TestMailForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const send = useSendTestMail();
  const [form] = Form.useForm<{ email: string }>();
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) => send.mutate(v.email, { onSuccess: () => { message.success(t('mail.testQueued')); form.resetFields(); } })}
    >
      <Form.Item name="email" rules={[{ required: true, type: 'email', message: t('mail.testAddress') }]}>
        <Input prefix={<MailOutlined />} placeholder={t('mail.testAddress')} style={{ width: 280 }} data-testid="mail-test-address" />
      </Form.Item>
      <Button htmlType="submit" icon={<SendOutlined />} loading={send.isPending} data-testid="mail-test-send">
        {t('mail.test')}
      </Button>
      {send.isError && <Typography.Text type="danger" style={{ marginInlineStart: 8 }}>{send.error.message}</Typography.Text>}
    </Form>
  );
}

/** Quản trị › Thư điện tử: the agency's outbox, each message's delivery log, resend, test mail. */
export default function MailPage() {
  const { t, codeLabel } = useI18n();
  const [status, setStatus] = useState<OutboxStatusCode | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [openId, setOpenId] = useState<string | null>(null);
  const outbox = useOutbox(page, pageSize, status);
  const data = outbox.data;

  return (
    <div data-testid="mail-page">
      <PageHeader
        title={t('mail.title')}
        subtitle={t('mail.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => outbox.refetch()} loading={outbox.isFetching} data-testid="mail-refresh">
            {t('mail.refresh')}
          </Button>
        }
      />
      {data && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={data.smtp.configured ? 'success' : 'warning'}
          title={data.smtp.configured ? t('mail.smtpOk', { server: data.smtp.server ?? '', from: data.smtp.from }) : t('mail.smtpMissing')}
          data-testid="mail-smtp-status"
        />
      )}
      {outbox.isError && <Alert type="error" showIcon title={outbox.error.message} style={{ marginBottom: 16 }} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <TestMailForm />
      </Card>
      <Card
        size="small"
        extra={
          <Select<OutboxStatusCode | 'all'>
            value={status ?? 'all'}
            style={{ width: 260 }}
            onChange={(v) => {
              setStatus(v === 'all' ? undefined : v);
              setPage(1);
            }}
            options={[
              { value: 'all', label: t('mail.allStatuses') },
              ...STATUSES.map((s) => ({ value: s, label: `${codeLabel('outboxStatus', s)} (${data?.byStatus[s] ?? 0})` })),
            ]}
            data-testid="mail-status-filter"
          />
        }
      >
        <Table<OutboxItem>
          size="small"
          rowKey="id"
          loading={outbox.isFetching}
          dataSource={data?.items ?? []}
          onRow={(r) => ({ 'data-testid': 'mail-row', onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } }) as object}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          columns={[
            { title: t('mail.createdAt'), dataIndex: 'createdAt', width: 160, render: (v: string) => formatDateTime(v) },
            { title: t('mail.to'), key: 'to', width: 260, render: (_, r) => (r.toName ? <>{r.toName}<br /><Typography.Text type="secondary">{r.toAddress}</Typography.Text></> : r.toAddress) },
            { title: t('mail.subject'), dataIndex: 'subject' },
            { title: t('mail.status'), dataIndex: 'status', width: 220, render: (s: OutboxStatusCode) => <StatusTag status={s} /> },
            { title: t('mail.attempts'), key: 'attempts', width: 90, align: 'right', render: (_, r) => r.attempts },
            { title: t('mail.lastError'), dataIndex: 'lastError', width: 260, render: (e: string | null) => (e ? <Typography.Text type="secondary" ellipsis={{ tooltip: e }} style={{ maxWidth: 240 }}>{e}</Typography.Text> : '—') },
          ]}
        />
      </Card>
      <MessageDrawer id={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}
