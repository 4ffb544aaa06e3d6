import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { bulkAttestationInput } from '../../../shared/schemas/attestations';
import { useAttestationCatalogue, useAttestations, useBulkAttest, attestationPath, type AttestationRow, type AttestationValue } from '../../api/attestations';
import { usePeople } from '../../api/people';
import { useCan, useOwnUnitRoots } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../lib/dates';
import { orUndefined, useRecordSubmit } from '../../lib/record-form';
import { lastYear, recentYears } from '../../lib/years';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { AnswerValueInput } from './AnswerValueInput';
import { useMaySensitive } from './AttestationsPanel';

interface BulkValues {
  unitId?: string;
  key?: string;
  value?: AttestationValue | null;
  exceptPersonIds?: string[];
  includeSubunits: boolean;
  attestedBy?: string;
  attestedOn?: Dayjs | null;
  basis?: string;
}
const BULK_FIELDS = ['unitId', 'key', 'value', 'exceptPersonIds', 'includeSubunits', 'attestedBy', 'attestedOn', 'basis'] as const;

/** "All staff of this unit meet it, except…": one answer for the members of a unit in a year. */
function BulkForm({ year }: { year: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<BulkValues>();
  const roots = useOwnUnitRoots();
  const maySensitive = useMaySensitive();
  const catalogue = useAttestationCatalogue(year);
  const bulk = useBulkAttest();
  const { error, submit } = useRecordSubmit(form, BULK_FIELDS);
  const [done, setDone] = useState<string | null>(null);
  const unitId = Form.useWatch('unitId', form);
  const key = Form.useWatch('key', form);
  const includeSubunits = Form.useWatch('includeSubunits', form);
  const specs = (catalogue.data?.items ?? []).filter((s) => s.subjects.includes('individual') && (!s.sensitive || maySensitive));
  const spec = specs.find((s) => s.key === key);
  const people = usePeople({ unitId, includeSubunits: includeSubunits === false ? 'false' : 'true', status: 'active', pageSize: 500 }, !!unitId);

  const onFinish = async (v: BulkValues) => {
    setDone(null);
    let result: { members: number; recorded: number; exceptions: number; unchanged: number } | undefined;
    const ok = await submit(bulkAttestationInput, {
      unitId: v.unitId, year, key: v.key, value: v.value ?? undefined, includeSubunits: v.includeSubunits, exceptPersonIds: v.exceptPersonIds ?? [],
      attestedBy: orUndefined(v.attestedBy), attestedOn: toIsoDate(v.attestedOn) ?? undefined, basis: v.basis ?? '',
    }, async (input) => { result = await bulk.mutateAsync(input); });
    if (ok && result) {
      const text = t('attest.bulkDone', { recorded: result.recorded, exceptions: result.exceptions, unchanged: result.unchanged });
      setDone(text);
      message.success(text);
    }
  };

  return (
    <Card size="small" title={t('attest.bulkTitle')} data-testid="attest-bulk">
      <Typography.Paragraph type="secondary">{t('attest.bulkHint')}</Typography.Paragraph>
      <FormAlert message={error} />
      {done && <Alert type="success" showIcon title={done} style={{ marginBottom: 12 }} data-testid="attest-bulk-done" />}
      <Form form={form} layout="vertical" onFinish={onFinish} name="attest-bulk" initialValues={{ includeSubunits: true, value: true }}>
        <Form.Item name="unitId" label={t('attest.unit')} required>
          <UnitTreeSelect rootIds={roots} data-testid="attest-bulk-unit" />
        </Form.Item>
        <Form.Item name="includeSubunits" valuePropName="checked">
          <Checkbox>{t('attest.includeSubunits')}</Checkbox>
        </Form.Item>
        <Form.Item name="key" label={t('attest.answer')} required>
          <Select
            options={specs.map((s) => ({ value: s.key, label: s.label }))}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="attest-bulk-answer"
            onChange={(k) => form.setFieldValue('value', specs.find((s) => s.key === k)?.valueType === 'boolean' ? true : null)}
          />
        </Form.Item>
        {spec && (
          <Form.Item name="value" label={t('attest.value')} required extra={spec.help}>
            <AnswerValueInput spec={spec} testId="attest-bulk-value" />
          </Form.Item>
        )}
        <Form.Item name="exceptPersonIds" label={t('attest.exceptions')}>
          <Select
            mode="multiple"
            allowClear
            disabled={!unitId}
            loading={people.isFetching}
            options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName} — ${p.unitName}` }))}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="attest-bulk-exceptions"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="attestedBy" label={t('attest.attestedBy')}>
              <Input placeholder={t('attest.attestedByPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="attestedOn" label={t('attest.attestedOn')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="basis" label={t('attest.basis')}>
          <Input placeholder={t('attest.basisPlaceholder')} data-testid="attest-bulk-basis" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={bulk.isPending} data-testid="attest-bulk-submit">
          {t('attest.submitBulk')}
        </Button>
      </Form>
    </Card>
  );
}

/** Xác nhận tiêu chí: record answers for a whole unit at once, import them from Excel, see what is recorded. */
export default function AttestationsPage() {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const roots = useOwnUnitRoots();
  const [year, setYear] = useState(lastYear());
  const [unitId, setUnitId] = useState<string | undefined>();
  const [key, setKey] = useState<string | undefined>();
  const catalogue = useAttestationCatalogue(year);
  const list = useAttestations({ year, unitId, key });
  const columns = useMemo(() => [
    {
      title: t('attest.colSubject'), key: 'subject',
      render: (_: unknown, a: AttestationRow) => (
        <Link to={attestationPath({ kind: a.subject, id: (a.personId ?? a.unitId)! }, a.year)}>{a.personName ?? a.unitName}</Link>
      ),
    },
    { title: t('attest.colAnswer'), dataIndex: 'label', key: 'label', render: (v: string) => <span lang="vi">{v}</span> },
    { title: t('attest.colValue'), dataIndex: 'valueText', key: 'value', render: (v: string, a: AttestationRow) => <Tag color={a.value === false ? 'red' : 'green'}>{v}</Tag> },
    { title: t('attest.colBy'), key: 'by', render: (_: unknown, a: AttestationRow) => `${a.attestedBy} · ${formatDate(a.attestedOn)}` },
    { title: t('attest.colBasis'), dataIndex: 'basis', key: 'basis', ellipsis: true },
    { title: t('attest.colRecordedBy'), dataIndex: 'recordedByName', key: 'recordedBy' },
  ], [t]);

  return (
    <div data-testid="attestations-page">
      <PageHeader
        title={t('attest.title')}
        subtitle={t('attest.subtitle')}
        extra={can('attestations.import') && (
          <Button icon={<FileExcelOutlined />} onClick={() => navigate('/records/attestations/import')} data-testid="attest-import">
            {t('attest.import')}
          </Button>
        )}
      />
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <Select value={year} onChange={setYear} options={recentYears(8).map((y) => ({ value: y, label: t('record.year', { year: y }) }))} style={{ width: 130 }} data-testid="attest-year" />
        <UnitTreeSelect value={unitId} onChange={(v) => setUnitId(v as string | undefined)} allowClear placeholder={t('attest.unit')} rootIds={roots} style={{ width: 280 }} />
        <Select
          value={key}
          onChange={setKey}
          allowClear
          placeholder={t('attest.answer')}
          options={(catalogue.data?.items ?? []).map((s) => ({ value: s.key, label: s.label }))}
          style={{ minWidth: 280, maxWidth: '100%' }}
          popupMatchSelectWidth={false}
        />
      </div>
      <Row gutter={16} align="top">
        {can('attestations.write') && (
          <Col xs={24} xl={10} style={{ marginBottom: 16 }}>
            <BulkForm year={year} />
          </Col>
        )}
        <Col xs={24} xl={can('attestations.write') ? 14 : 24}>
          <Card size="small" title={t('attest.listTitle')}>
            <Table<AttestationRow>
              size="small"
              rowKey="id"
              dataSource={list.data?.items ?? []}
              loading={list.isFetching}
              columns={columns}
              pagination={{ pageSize: 50, showSizeChanger: false }}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('attest.empty') }}
              data-testid="attest-list"
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
