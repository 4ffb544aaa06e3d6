import { useEffect } from 'react';
import { App, Checkbox, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { PENDING_CHECK_KINDS } from '../../../domain/catalogue/codes';
import { inspectionInput, inspectionUpdate } from '../../../shared/schemas/records';
import { inspectionsApi, type InspectionRow } from '../../api/records';
import { useI18n } from '../../i18n/i18n';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates';
import { useRecordSubmit } from '../../lib/record-form';
import { buttonTestId } from '../../lib/test-id';
import { FormAlert } from '../../components/FormAlert';
import { PersonSelect } from '../../components/PersonSelect';
import { UnitTreeMultiSelect } from '../../components/UnitTreeSelect';

interface Values {
  kind?: string;
  title?: string;
  openedOn?: Dayjs | null;
  concludedOn?: Dayjs | null;
  conclusionNo?: string;
  hasViolation: boolean;
  remedied: boolean;
  remediedOn?: Dayjs | null;
  summary?: string;
  personIds?: string[];
  unitIds?: string[];
}
const FIELDS = ['kind', 'title', 'openedOn', 'concludedOn', 'conclusionNo', 'hasViolation', 'remedied', 'remediedOn', 'summary', 'personIds', 'unitIds'] as const;

/**
 * Record an inspection, examination, audit, complaint or review, with the people and units it names.
 * While it is open with signs of violation, their commendation is deferred.
 */
export function InspectionFormDialog({ open, inspection, onClose }: { open: boolean; inspection?: InspectionRow; onClose: () => void }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = inspectionsApi.useSave();
  const { error, setError, submit } = useRecordSubmit(form, FIELDS);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      inspection
        ? {
            ...inspection,
            openedOn: fromIsoDate(inspection.openedOn),
            concludedOn: fromIsoDate(inspection.concludedOn),
            remediedOn: fromIsoDate(inspection.remediedOn),
            personIds: inspection.subjects.filter((s) => s.personId).map((s) => s.personId!),
            unitIds: inspection.subjects.filter((s) => s.unitId && !s.personId).map((s) => s.unitId!),
          }
        : { kind: 'INSPECTION', hasViolation: false, remedied: false, personIds: [], unitIds: [] },
    );
  }, [open, inspection, form]);

  const onFinish = async (v: Values) => {
    const input = {
      kind: v.kind,
      title: v.title ?? '',
      openedOn: toIsoDate(v.openedOn) ?? undefined,
      concludedOn: toIsoDate(v.concludedOn),
      conclusionNo: v.conclusionNo ?? '',
      hasViolation: !!v.hasViolation,
      remedied: !!v.remedied,
      remediedOn: toIsoDate(v.remediedOn),
      summary: v.summary ?? '',
      personIds: v.personIds ?? [],
      unitIds: v.unitIds ?? [],
    };
    const ok = inspection
      ? await submit(inspectionUpdate, input, (data) => save.mutateAsync({ id: inspection.id, input: data }))
      : await submit(inspectionInput, input, (data) => save.mutateAsync({ input: data }));
    if (ok) {
      message.success(inspection ? t('records.saved') : t('inspections.created'));
      onClose();
    }
  };

  const known = inspection?.subjects.filter((s) => s.personId).map((s) => ({ value: s.personId!, label: s.name }));
  return (
    <Modal
      open={open}
      title={inspection ? t('inspections.editTitle') : t('inspections.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={buttonTestId('inspection-save')}
      destroyOnHidden
      width={680}
    >
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={onFinish} name="inspection">
        <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '220px 1fr', gap: 12 }}>
          <Form.Item name="kind" label={t('inspections.kind')} required>
            <Select options={PENDING_CHECK_KINDS.map((k) => ({ value: k, label: codeLabel('inspectionKind', k) }))} popupMatchSelectWidth={false} />
          </Form.Item>
          <Form.Item name="title" label={t('inspections.titleField')} required>
            <Input data-testid="inspection-title" />
          </Form.Item>
        </div>
        <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 12 }}>
          <Form.Item name="openedOn" label={t('inspections.openedOn')} required>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
          <Form.Item name="concludedOn" label={t('inspections.concludedOn')} extra={t('inspections.concludedOnHint')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
          <Form.Item name="conclusionNo" label={t('inspections.conclusionNo')}>
            <Input />
          </Form.Item>
        </div>
        <Space size={24} wrap style={{ marginBottom: 12 }}>
          <Form.Item name="hasViolation" valuePropName="checked" noStyle>
            <Checkbox>{t('inspections.hasViolation')}</Checkbox>
          </Form.Item>
          <Form.Item name="remedied" valuePropName="checked" noStyle>
            <Checkbox>{t('inspections.remedied')}</Checkbox>
          </Form.Item>
          <Form.Item name="remediedOn" noStyle>
            <DatePicker format={DATE_FORMAT} placeholder={t('inspections.remediedOn')} />
          </Form.Item>
        </Space>
        <Form.Item name="personIds" label={t('inspections.people')}>
          <PersonSelect multiple placeholder={t('records.personPlaceholder')} known={known} data-testid="inspection-people" />
        </Form.Item>
        <Form.Item name="unitIds" label={t('inspections.units')}>
          <UnitTreeMultiSelect placeholder={t('person.chooseUnit')} />
        </Form.Item>
        <Form.Item name="summary" label={t('inspections.summary')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
