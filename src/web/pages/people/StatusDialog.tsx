import { useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { statusChangeInput } from '../../../shared/schemas/people';
import { useChangePersonStatus, type Person } from '../../api/people';
import { useI18n } from '../../i18n/i18n';
import { DATE_FORMAT, toIsoDate } from '../../lib/dates';
import { messageForFormError, unmatchedMessage, validateWith } from '../../lib/forms';
import { FormAlert } from '../../components/FormAlert';
import { buttonTestId } from '../../lib/test-id';

interface Values {
  status: 'transferred' | 'retired';
  date?: Dayjs | null;
  reason?: string;
}
const FIELDS = ['status', 'date', 'reason'] as const;

/** A person leaves the agency: transferred elsewhere, or retired. Their history is kept. */
export function StatusDialog({ open, person, onClose }: { open: boolean; person: Person; onClose: () => void }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const change = useChangePersonStatus(person.id);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ status: 'retired', date: dayjs(), reason: '' });
  }, [open, form]);

  const submit = async (v: Values) => {
    setError(null);
    const checked = validateWith(statusChangeInput, { status: v.status, date: toIsoDate(v.date) ?? '', reason: v.reason ?? '' }, form, FIELDS);
    if (!checked.ok) return setError(unmatchedMessage(checked.unmatched));
    try {
      await change.mutateAsync(checked.data);
      message.success(t('person.statusChanged'));
      onClose();
    } catch (e) {
      setError(messageForFormError(form, e, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={t('person.leaveTitle', { name: person.fullName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      okButtonProps={{ danger: true, ...buttonTestId('status-save') }}
      cancelText={t('common.cancel')}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('person.leaveWarning')} style={{ marginBottom: 16 }} />
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={submit} name="status">
        <Form.Item name="status" label={t('person.leaveKind')} required>
          <Radio.Group
            options={(['retired', 'transferred'] as const).map((s) => ({ value: s, label: codeLabel('personStatus', s) }))}
            optionType="button"
          />
        </Form.Item>
        <Form.Item name="date" label={t('person.leaveDate')} required>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
        </Form.Item>
        <Form.Item name="reason" label={t('field.reason')}>
          <Input.TextArea rows={2} placeholder={t('person.leaveReasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
