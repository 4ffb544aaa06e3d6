import { useEffect } from 'react';
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { attestationInput } from '../../../shared/schemas/attestations';
import { useRecordAttestation, type AttestationRow, type AttestationSpecView, type AttestationValue } from '../../api/attestations';
import { useI18n } from '../../i18n/i18n';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates';
import { orUndefined, useRecordSubmit } from '../../lib/record-form';
import { buttonTestId } from '../../lib/test-id';
import { FormAlert } from '../../components/FormAlert';
import { AnswerValueInput } from './AnswerValueInput';

export interface AttestationSubject {
  kind: 'person' | 'unit';
  id: string;
  name: string;
}

interface Values {
  value?: AttestationValue | null;
  attestedBy?: string;
  attestedOn?: Dayjs | null;
  basis?: string;
  note?: string;
}
const FIELDS = ['value', 'attestedBy', 'attestedOn', 'basis', 'note'] as const;

/** Record (or change) one answer of a person or a collective for a year, with who attested it and on what document. */
export function AttestationDialog({ subject, year, spec, existing, onClose }: {
  subject: AttestationSubject;
  year: number;
  spec: AttestationSpecView | null;
  existing?: AttestationRow;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useRecordAttestation();
  const { error, setError, submit } = useRecordSubmit(form, FIELDS);

  useEffect(() => {
    if (!spec) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(existing
      ? { value: existing.value as AttestationValue, attestedBy: existing.attestedBy, attestedOn: fromIsoDate(existing.attestedOn), basis: existing.basis, note: existing.note }
      : { value: spec.valueType === 'boolean' ? true : null });
  }, [spec, existing, form]);

  const onFinish = async (v: Values) => {
    const ok = await submit(attestationInput, {
      personId: subject.kind === 'person' ? subject.id : undefined,
      unitId: subject.kind === 'unit' ? subject.id : undefined,
      year,
      key: spec!.key,
      value: v.value ?? undefined,
      attestedBy: orUndefined(v.attestedBy),
      attestedOn: toIsoDate(v.attestedOn) ?? undefined,
      basis: v.basis ?? '',
      note: v.note ?? '',
    }, (input) => save.mutateAsync(input));
    if (ok) {
      message.success(t('attest.saved'));
      onClose();
    }
  };

  return (
    <Modal
      open={!!spec}
      title={t('attest.dialogTitle', { year })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={buttonTestId('attest-save')}
      destroyOnHidden
      width={600}
    >
      {spec && (
        <div data-testid="attest-dialog" data-answer={spec.key}>
          <Typography.Paragraph strong lang="vi" style={{ marginBottom: 4 }}>{spec.label}</Typography.Paragraph>
          <Typography.Paragraph type="secondary" lang="vi">{subject.name} · {spec.help}</Typography.Paragraph>
          <FormAlert message={error} />
          <Form form={form} layout="vertical" onFinish={onFinish} name="attestation">
            <Form.Item name="value" label={t('attest.value')} required>
              <AnswerValueInput spec={spec} />
            </Form.Item>
            <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
              <Form.Item name="attestedBy" label={t('attest.attestedBy')}>
                <Input placeholder={t('attest.attestedByPlaceholder')} />
              </Form.Item>
              <Form.Item name="attestedOn" label={t('attest.attestedOn')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
              </Form.Item>
            </div>
            <Form.Item name="basis" label={t('attest.basis')}>
              <Input placeholder={t('attest.basisPlaceholder')} data-testid="attest-basis" />
            </Form.Item>
            <Form.Item name="note" label={t('attest.note')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Form>
        </div>
      )}
    </Modal>
  );
}
