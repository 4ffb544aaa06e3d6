import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, Table, Tag, Tooltip, Typography } from 'antd';
import { HistoryOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { SettingMetadata } from '../../../domain/eligibility/settings';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { useAgencySettings, type SettingEntryRow } from '../../api/eligibility';
import { useCan } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/Lazy';
import { SettingEntryDialog } from './SettingEntryDialog';
import { formatSettingValue, sameValue } from './setting-values';

function History({ entries }: { entries: SettingEntryRow[] }) {
  const { t } = useI18n();
  const words = { yes: t('common.yes'), no: t('common.no'), none: t('settings.none') };
  return (
    <Table<SettingEntryRow>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...entries].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))}
      onRow={() => ({ 'data-testid': 'setting-history-row' }) as object}
      columns={[
        { title: t('settings.effectiveFrom'), dataIndex: 'effectiveFrom', width: 120, render: (d: string) => formatDate(d) },
        { title: t('settings.effectiveTo'), dataIndex: 'effectiveTo', width: 120, render: (d: string | null) => (d ? formatDate(d) : '—') },
        { title: t('settings.value'), dataIndex: 'value', render: (v: unknown) => <span className="vd-mono vd-value">{formatSettingValue(v, words)}</span> },
        { title: t('settings.note'), dataIndex: 'note' },
      ]}
    />
  );
}

/**
 * Quy chế TĐKT của cơ quan: what the law leaves to the agency, and the points the law does not
 * settle ("chưa được xác nhận"), each with its default, its basis, the value in force and its history.
 */
export default function AgencySettingsPage() {
  const { t } = useI18n();
  const can = useCan();
  const settings = useAgencySettings();
  const [text, setText] = useState('');
  const [onlyUnconfirmed, setOnlyUnconfirmed] = useState(false);
  const [adding, setAdding] = useState<{ key?: string } | null>(null);
  const words = { yes: t('common.yes'), no: t('common.no'), none: t('settings.none') };

  const rows = useMemo(() => {
    const q = foldVietnamese(text.trim());
    return (settings.data?.metadata ?? []).filter(
      (m) => (!onlyUnconfirmed || m.unconfirmed) && (!q || foldVietnamese(`${m.labelVi} ${m.key} ${m.descriptionVi}`).includes(q)),
    );
  }, [settings.data, text, onlyUnconfirmed]);

  if (settings.isPending) return <PageSpinner />;
  if (settings.isError) return <Alert type="error" showIcon title={settings.error.message} />;
  const view = settings.data;
  const entriesOf = (key: string) => view.entries.filter((e) => e.key === key);
  const canWrite = can('settings.write');
  const unconfirmedCount = view.metadata.filter((m) => m.unconfirmed).length;

  return (
    <div data-testid="settings-page">
      <PageHeader
        title={t('settings.title')}
        subtitle={t('settings.subtitle', { date: formatDate(view.onDate) })}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding({})} data-testid="setting-add">
              {t('settings.add')}
            </Button>
          )
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('settings.intro')} description={t('settings.introUnconfirmed', { count: unconfirmedCount })} />
      <Card size="small">
        <div className="vd-filter-bar" style={{ marginBottom: 12 }}>
          <Input
            allowClear
            prefix={<SearchOutlined style={{ color: '#999' }} />}
            placeholder={t('settings.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ width: 320 }}
          />
          <Checkbox checked={onlyUnconfirmed} onChange={(e) => setOnlyUnconfirmed(e.target.checked)} data-testid="settings-only-unconfirmed">
            {t('settings.onlyUnconfirmed')}
          </Checkbox>
        </div>
        <Table<SettingMetadata>
          size="small"
          rowKey="key"
          dataSource={rows}
          pagination={false}
          tableLayout="fixed"
          data-testid="settings-table"
          onRow={(m) => ({ 'data-testid': 'setting-row', 'data-key': m.key }) as object}
          expandable={{
            expandedRowRender: (m) => <History entries={entriesOf(m.key)} />,
            rowExpandable: (m) => entriesOf(m.key).length > 0,
            expandIcon: ({ expanded, onExpand, record, expandable }) =>
              expandable ? (
                <Tooltip title={t('settings.history')}>
                  <Button
                    type={expanded ? 'primary' : 'text'}
                    size="small"
                    icon={<HistoryOutlined />}
                    onClick={(e) => onExpand(record, e)}
                    aria-label={t('settings.history')}
                    data-testid="setting-history"
                  />
                </Tooltip>
              ) : null,
          }}
          columns={[
            {
              title: t('settings.setting'),
              key: 'label',
              render: (_: unknown, m) => (
                <div>
                  <Typography.Text strong>{m.labelVi}</Typography.Text>{' '}
                  {m.unconfirmed && (
                    <Tag color="orange" data-testid="setting-unconfirmed">
                      {m.unconfirmedLabelVi || t('verdict.unconfirmed')}
                    </Tag>
                  )}
                  <div className="vd-subtle">{m.descriptionVi}</div>
                  <div className="vd-mono" style={{ color: '#8c8c8c' }}>
                    {m.key}
                  </div>
                </div>
              ),
            },
            {
              title: t('settings.current'),
              key: 'current',
              width: 190,
              render: (_: unknown, m) => {
                const current = view.current[m.key];
                const changed = !sameValue(current, m.defaultValue);
                return (
                  <div data-testid="setting-current">
                    <span className="vd-mono vd-value">{formatSettingValue(current, words)}</span>
                    <div>
                      <Tag color={changed ? 'blue' : 'default'} style={{ marginTop: 4 }}>
                        {changed ? t('settings.agencyValue') : t('settings.defaultValue')}
                      </Tag>
                    </div>
                  </div>
                );
              },
            },
            { title: t('settings.default'), key: 'default', width: 150, render: (_: unknown, m) => <span className="vd-mono vd-value">{formatSettingValue(m.defaultValue, words)}</span> },
            {
              title: t('settings.basis'),
              key: 'citation',
              width: 230,
              render: (_: unknown, m) => (
                <Tooltip title={m.legalBasis.text}>
                  <span data-testid="setting-citation">{m.citation.replace(/\s*\(chưa được xác nhận\)\s*$/, '')}</span>
                </Tooltip>
              ),
            },
            ...(canWrite
              ? [
                  {
                    title: '',
                    key: 'actions',
                    width: 100,
                    render: (_: unknown, m: SettingMetadata) => (
                      <Button size="small" onClick={() => setAdding({ key: m.key })} data-testid="setting-change">
                        {t('settings.change')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <SettingEntryDialog open={!!adding} settingKey={adding?.key} view={view} onClose={() => setAdding(null)} />
    </div>
  );
}
