import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { App, Button, Card, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { EditOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useAttestationCatalogue, useAttestations, useDeleteAttestation, type AttestationRow, type AttestationSpecView } from '../../api/attestations';
import { useCan, useUser } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { lastYear, recentYears, yearFromParam } from '../../lib/years';
import { AttestationDialog, type AttestationSubject } from './AttestationDialog';

/** Whether this user may record an answer that only the office records. */
export function useMaySensitive(): boolean {
  const user = useUser();
  return user.roles.some((r) => r.role === 'admin' || r.role === 'office');
}

/**
 * "Xác nhận" on a person's or a collective's record page: for the chosen year, every answer the
 * engine may ask for, with the value recorded (who, when, on what document) or "Chưa có", and the
 * button to record it. Opened from the screening at `?attestYear=2025&answer=exemplaryCompliance#xac-nhan`.
 */
export function AttestationsPanel({ subject }: { subject: AttestationSubject }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const maySensitive = useMaySensitive();
  const [params, setParams] = useSearchParams();
  const [year, setYear] = useState(() => yearFromParam(params.get('attestYear'), lastYear()));
  const catalogue = useAttestationCatalogue(year);
  const list = useAttestations(subject.kind === 'person' ? { year, personId: subject.id } : { year, unitId: subject.id });
  const remove = useDeleteAttestation();
  const [editing, setEditing] = useState<{ spec: AttestationSpecView; existing?: AttestationRow } | null>(null);
  const kind = subject.kind === 'person' ? 'individual' : 'collective';
  const specs = useMemo(() => (catalogue.data?.items ?? []).filter((s) => s.subjects.includes(kind)), [catalogue.data, kind]);
  const recorded = useMemo(() => {
    const m = new Map<string, AttestationRow>();
    for (const a of list.data?.items ?? []) if ((subject.kind === 'person' ? a.personId : a.subject === 'unit' && a.unitId) === subject.id) m.set(a.key, a);
    return m;
  }, [list.data, subject]);
  const mayWrite = (s: AttestationSpecView) => can('attestations.write') && (!s.sensitive || maySensitive);

  // Arriving from the screening: open the answer asked for.
  const asked = params.get('answer');
  useEffect(() => {
    if (!asked || !specs.length || !list.data) return;
    const spec = specs.find((s) => s.key === asked);
    if (spec && mayWrite(spec)) setEditing({ spec, existing: recorded.get(spec.key) });
    const next = new URLSearchParams(params);
    next.delete('answer');
    setParams(next, { replace: true });
    document.getElementById('xac-nhan')?.scrollIntoView({ block: 'start' });
  }, [asked, specs, list.data]);

  return (
    <Card
      size="small"
      id="xac-nhan"
      title={t('attest.panelTitle')}
      style={{ marginTop: 12 }}
      data-testid="attest-panel"
      extra={
        <Select
          size="small"
          value={year}
          onChange={setYear}
          options={recentYears(8).map((y) => ({ value: y, label: t('record.year', { year: y }) }))}
          style={{ width: 120 }}
          data-testid="attest-panel-year"
        />
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('attest.panelHint')}</Typography.Paragraph>
      {specs.map((s) => {
        const a = recorded.get(s.key);
        return (
          <div key={s.key} className="vd-record-row" data-testid="attest-item" data-answer={s.key} data-recorded={a ? 'yes' : 'no'}>
            <div style={{ flex: 1, minWidth: 0 }}>
              <Typography.Text lang="vi">{s.label}</Typography.Text>
              {s.sensitive && <Tag style={{ marginInlineStart: 6 }}>{t('attest.officeOnly')}</Tag>}
              <div>
                {a ? (
                  <>
                    <Tag color={a.value === false ? 'red' : 'green'} data-testid="attest-item-value">{a.valueText}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[a.attestedBy, formatDate(a.attestedOn), a.basis].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </>
                ) : (
                  <Tag color="orange" data-testid="attest-item-value">{t('attest.notRecorded')}</Tag>
                )}
              </div>
            </div>
            {mayWrite(s) && (
              <Space size={4}>
                <Button size="small" icon={a ? <EditOutlined /> : <PlusOutlined />} onClick={() => setEditing({ spec: s, existing: a })} data-testid="attest-item-edit">
                  {a ? t('attest.edit') : t('attest.record')}
                </Button>
                {a && (
                  <Popconfirm title={t('attest.deleteConfirm')} onConfirm={async () => { await remove.mutateAsync(a.id); message.success(t('attest.deleted')); }}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('attest.delete')} />
                  </Popconfirm>
                )}
              </Space>
            )}
          </div>
        );
      })}
      <AttestationDialog subject={subject} year={year} spec={editing?.spec ?? null} existing={editing?.existing} onClose={() => setEditing(null)} />
    </Card>
  );
}
