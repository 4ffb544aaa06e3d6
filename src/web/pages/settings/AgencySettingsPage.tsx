import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Empty, Input, Table, Tag, Tooltip, Typography } from 'antd';
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

function History({ settingKey, entries }: { settingKey: string; entries: SettingEntryRow[] }) {
  const { t } = useI18n();
  return (
    <Table<SettingEntryRow>
      size="small"
      rowKey="id"
      pagination={false}
      style={{ marginTop: 8 }}
      dataSource={[...entries].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))}
      onRow={() => ({ 'data-testid': 'setting-history-row' }) as object}
      columns={[
        { title: t('settings.effectiveFrom'), dataIndex: 'effectiveFrom', width: 110, render: (d: string) => formatDate(d) },
        { title: t('settings.effectiveTo'), dataIndex: 'effectiveTo', width: 110, render: (d: string | null) => (d ? formatDate(d) : '—') },
        { title: t('settings.value'), dataIndex: 'value', render: (v: unknown) => <span className="vd-value">{formatSettingValue(settingKey, v)}</span> },
        { title: t('settings.note'), dataIndex: 'note' },
      ]}
    />
  );
}

/** One setting: its name, what it means, the value in force in words, the default, the basis; the key small. */
function SettingItem({
  m,
  current,
  entries,
  canWrite,
  onChange,
}: {
  m: SettingMetadata;
  current: unknown;
  entries: SettingEntryRow[];
  canWrite: boolean;
  onChange: () => void;
}) {
  const { t } = useI18n();
  const [showHistory, setShowHistory] = useState(false);
  const changed = !sameValue(current, m.defaultValue);
  return (
    <div className="vd-setting" data-testid="setting-row" data-key={m.key}>
      <div className="vd-setting-head">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong data-testid="setting-label">
            {m.labelVi}
          </Typography.Text>{' '}
          {m.unconfirmed && (
            <Tag color="orange" data-testid="setting-unconfirmed">
              {m.unconfirmedLabelVi || t('verdict.unconfirmed')}
            </Tag>
          )}
          <div className="vd-subtle" style={{ fontSize: 13 }} data-testid="setting-description">
            {m.descriptionVi}
          </div>
        </div>
        <div className="vd-setting-actions">
          {entries.length > 0 && (
            <Tooltip title={t('settings.history')}>
              <Button
                type={showHistory ? 'primary' : 'text'}
                size="small"
                icon={<HistoryOutlined />}
                onClick={() => setShowHistory((s) => !s)}
                aria-label={t('settings.history')}
                aria-expanded={showHistory}
                data-testid="setting-history"
              />
            </Tooltip>
          )}
          {canWrite && (
            <Button size="small" onClick={onChange} data-testid="setting-change">
              {t('settings.change')}
            </Button>
          )}
        </div>
      </div>
      <dl className="vd-setting-facts">
        <dt>{t('settings.current')}</dt>
        <dd data-testid="setting-current">
          <span className="vd-value">{formatSettingValue(m.key, current)}</span>{' '}
          <Tag color={changed ? 'blue' : 'default'}>{changed ? t('settings.agencyValue') : t('settings.defaultValue')}</Tag>
        </dd>
        {changed && (
          <>
            <dt>{t('settings.default')}</dt>
            <dd className="vd-value" data-testid="setting-default">
              {m.defaultValueVi}
            </dd>
          </>
        )}
        <dt>{t('settings.basis')}</dt>
        <dd>
          <Tooltip title={m.legalBasis.text}>
            <span data-testid="setting-citation">{m.citationWhere}</span>
          </Tooltip>
        </dd>
      </dl>
      <div className="vd-setting-key" title={t('settings.keyHint')} data-testid="setting-key-code">
        {m.key}
      </div>
      {showHistory && <History settingKey={m.key} entries={entries} />}
    </div>
  );
}

/**
 * Quy chế TĐKT của cơ quan: what the law leaves to the agency, and the points the law does not
 * settle ("chưa được xác nhận"), each with its value in force in words, its default, its basis
 * and its history. The setting's code is shown small, for those who read the check CLI's files.
 */
export default function AgencySettingsPage() {
  const { t, lang } = useI18n();
  const can = useCan();
  const settings = useAgencySettings();
  const [text, setText] = useState('');
  const [onlyUnconfirmed, setOnlyUnconfirmed] = useState(false);
  const [adding, setAdding] = useState<{ key?: string } | null>(null);

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
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('settings.intro')}
        description={
          <>
            {t('settings.introUnconfirmed', { count: unconfirmedCount })}
            {lang !== 'vi' && <div>{t('settings.textInVietnamese')}</div>}
          </>
        }
      />
      <Card size="small">
        <div className="vd-filter-bar" style={{ marginBottom: 12 }}>
          <Input
            allowClear
            prefix={<SearchOutlined style={{ color: '#999' }} />}
            placeholder={t('settings.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ width: 320, maxWidth: '100%' }}
          />
          <Checkbox checked={onlyUnconfirmed} onChange={(e) => setOnlyUnconfirmed(e.target.checked)} data-testid="settings-only-unconfirmed">
            {t('settings.onlyUnconfirmed')}
          </Checkbox>
        </div>
        <div data-testid="settings-table">
          {rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          {rows.map((m) => (
            <SettingItem
              key={m.key}
              m={m}
              current={view.current[m.key]}
              entries={entriesOf(m.key)}
              canWrite={canWrite}
              onChange={() => setAdding({ key: m.key })}
            />
          ))}
        </div>
      </Card>
      <SettingEntryDialog open={!!adding} settingKey={adding?.key} view={view} onClose={() => setAdding(null)} />
    </div>
  );
}
