import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useAddCalendarDay, useCalendarYear, useRemoveCalendarDay, type CalendarDayView } from '../../api/calendar';
import { useCan } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { PageHeader } from '../../components/PageHeader';

const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

interface AddValues {
  date: string;
  kind: 'off' | 'working';
  name: string;
  basis?: string;
}

function AddDayForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const add = useAddCalendarDay();
  const [form] = Form.useForm<AddValues>();
  return (
    <Form<AddValues>
      form={form}
      layout="inline"
      initialValues={{ kind: 'off' }}
      onFinish={(v) => add.mutate({ ...v, basis: v.basis ?? '' }, { onSuccess: () => { message.success(t('calendar.added')); form.resetFields(); } })}
      data-testid="calendar-add"
    >
      <Form.Item name="date" rules={[{ required: true, message: t('calendar.required') }]}>
        <Input placeholder={t('calendar.datePlaceholder')} style={{ width: 130 }} aria-label={t('calendar.date')} data-testid="calendar-add-date" />
      </Form.Item>
      <Form.Item name="kind">
        <Select
          style={{ width: 160 }}
          aria-label={t('calendar.kind')}
          options={[{ value: 'off', label: t('calendar.kind.off') }, { value: 'working', label: t('calendar.kind.working') }]}
        />
      </Form.Item>
      <Form.Item name="name" rules={[{ required: true, message: t('calendar.required') }]}>
        <Input placeholder={t('calendar.namePlaceholder')} style={{ width: 280 }} aria-label={t('calendar.name')} data-testid="calendar-add-name" />
      </Form.Item>
      <Form.Item name="basis">
        <Input placeholder={t('calendar.basisPlaceholder')} style={{ width: 240 }} aria-label={t('calendar.basis')} />
      </Form.Item>
      <Button htmlType="submit" type="primary" icon={<PlusOutlined />} loading={add.isPending} data-testid="calendar-add-submit">
        {t('calendar.add')}
      </Button>
      {add.isError && <Typography.Text type="danger" style={{ marginInlineStart: 8 }} data-testid="calendar-add-error">{add.error.message}</Typography.Text>}
    </Form>
  );
}

/** Quản trị › Lịch làm việc: the year's days off and swapped working days, national and the agency's own. */
export default function CalendarPage() {
  const { t } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const calendar = useCalendarYear(year);
  const remove = useRemoveCalendarDay();
  const data = calendar.data;

  return (
    <div data-testid="calendar-page">
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.subtitle')}
        extra={
          <Space>
            <Typography.Text>{t('calendar.year')}</Typography.Text>
            <Select<number>
              value={year}
              onChange={setYear}
              style={{ width: 100 }}
              aria-label={t('calendar.year')}
              options={Array.from({ length: 7 }, (_, i) => thisYear - 3 + i).map((y) => ({ value: y, label: String(y) }))}
              data-testid="calendar-year"
            />
          </Space>
        }
      />
      {calendar.isError && <Alert type="error" showIcon title={calendar.error.message} style={{ marginBottom: 16 }} />}
      {data && !data.dated && <Alert type="warning" showIcon title={t('calendar.undated', { year: data.year })} style={{ marginBottom: 16 }} data-testid="calendar-undated" />}
      {can('calendar.write') && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <AddDayForm />
        </Card>
      )}
      <Card size="small" title={data ? t('calendar.workingDays', { count: data.workingDays }) : undefined}>
        <Table<CalendarDayView>
          size="small"
          rowKey="date"
          loading={calendar.isLoading}
          dataSource={data?.days ?? []}
          pagination={false}
          locale={{ emptyText: t('calendar.empty') }}
          onRow={(d) => ({ 'data-testid': `calendar-day-${d.date}` }) as object}
          columns={[
            {
              title: t('calendar.date'), dataIndex: 'date', width: 170,
              render: (d: string) => <span>{viDate(d)} <Typography.Text type="secondary">{t(`calendar.weekday.${weekday(d)}` as MessageKey)}</Typography.Text></span>,
            },
            {
              title: t('calendar.kind'), dataIndex: 'kind', width: 130,
              render: (k: 'off' | 'working') => <Tag color={k === 'off' ? 'red' : 'green'}>{t(`calendar.kind.${k}`)}</Tag>,
            },
            { title: t('calendar.name'), dataIndex: 'name' },
            { title: t('calendar.basis'), dataIndex: 'basis', render: (b: string) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{b}</Typography.Text> },
            {
              title: t('calendar.source'), key: 'source', width: 210,
              render: (_, d) => (
                <Space size={4} wrap>
                  <Tag>{t(`calendar.source.${d.source}`)}</Tag>
                  {!d.confirmed && <Tag color="orange">{t('calendar.unconfirmed')}</Tag>}
                </Space>
              ),
            },
            ...(can('calendar.write') ? [{
              key: 'actions', width: 90,
              render: (_: unknown, d: CalendarDayView) => d.source === 'agency' && d.id && (
                <Popconfirm title={t('calendar.removeConfirm')} onConfirm={() => remove.mutate(d.id!, { onSuccess: () => message.success(t('calendar.removed')) })}>
                  <Button size="small" danger icon={<DeleteOutlined />} data-testid="calendar-remove">{t('calendar.remove')}</Button>
                </Popconfirm>
              ),
            }] : []),
          ]}
        />
      </Card>
    </div>
  );
}
