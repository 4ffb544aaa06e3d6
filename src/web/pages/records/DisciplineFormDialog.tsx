import { useEffect } from 'react';
import { App, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DISCIPLINE_FORMS } from '../../../domain/catalogue/codes';
import { disciplineInput, disciplineUpdate } from '../../../shared/schemas/records';
import { disciplinesApi, type DisciplineRow } from '../../api/records';
import { useI18n } from '../../i18n/i18n';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates';
import { orUndefined, useRecordSubmit } from '../../lib/record-form';
import { buttonTestId } from '../../lib/test-id';
import { FormAlert } from '../../components/FormAlert';
import { PersonSelect } from '../../components/PersonSelect';

interface Values {
  personId?: string;
  form?: string;
  decisionNo?: string;
  decidedOn?: Dayjs | null;
  effectiveFrom?: Dayjs | null;
  effectiveTo?: Dayjs | null;
  dutyRelated: boolean;
  reason?: string;
}
const FIELDS = ['personId', 'form', 'decisionNo', 'decidedOn', 'effectiveFrom', 'effectiveTo', 'dutyRelated', 'reason'] as const;

/** Record or correct a disciplinary decision and the period it is in force. */
export function DisciplineFormDialog({ open, discipline, onClose }: { open: boolean; discipline?: DisciplineRow; onClose: () => void }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = disciplinesApi.useSave();
  const { error, setError, submit } = useRecordSubmit(form, FIELDS);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      discipline
        ? {
            ...discipline,
            personId: discipline.personId ?? undefined,
            decidedOn: fromIsoDate(discipline.decidedOn),
            effectiveFrom: fromIsoDate(discipline.effectiveFrom),
            effectiveTo: fromIsoDate(discipline.effectiveTo),
          }
        : { dutyRelated: true },
    );
  }, [open, discipline, form]);

  const onFinish = async (v: Values) => {
    const common = {
      form: v.form,
      decisionNo: v.decisionNo ?? '',
      decidedOn: toIsoDate(v.decidedOn) ?? undefined,
      effectiveFrom: toIsoDate(v.effectiveFrom) ?? undefined,
      effectiveTo: toIsoDate(v.effectiveTo) ?? undefined,
      dutyRelated: !!v.dutyRelated,
      reason: v.reason ?? '',
    };
    const ok = discipline
      ? await submit(disciplineUpdate, common, (data) => save.mutateAsync({ id: discipline.id, input: data }))
      : await submit(disciplineInput, { ...common, personId: orUndefined(v.personId) }, (data) => save.mutateAsync({ input: data }));
    if (ok) {
      message.success(discipline ? t('records.saved') : t('discipline.created'));
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={discipline ? t('discipline.editTitle', { name: discipline.personName ?? '' }) : t('discipline.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={buttonTestId('discipline-save')}
      destroyOnHidden
      width={600}
    >
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={onFinish} name="discipline">
        {!discipline && (
          <Form.Item name="personId" label={t('records.person')} required>
            <PersonSelect placeholder={t('records.personPlaceholder')} data-testid="discipline-person" />
          </Form.Item>
        )}
        <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          <Form.Item name="form" label={t('discipline.form')} required>
            <Select options={DISCIPLINE_FORMS.map((f) => ({ value: f, label: codeLabel('disciplineForm', f) }))} data-testid="discipline-form" />
          </Form.Item>
          <Form.Item name="decisionNo" label={t('records.decisionNoLabel')}>
            <Input placeholder={t('records.decisionNoPlaceholder')} />
          </Form.Item>
          <Form.Item name="decidedOn" label={t('records.decidedOn')} required>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
          <div />
          <Form.Item name="effectiveFrom" label={t('discipline.effectiveFrom')} required>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
          <Form.Item name="effectiveTo" label={t('discipline.effectiveTo')} required>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
        </div>
        <Form.Item name="dutyRelated" valuePropName="checked">
          <Checkbox>{t('discipline.dutyRelated')}</Checkbox>
        </Form.Item>
        <Form.Item name="reason" label={t('field.reason')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
