import { useEffect, useState } from 'react';
import { App, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { transferInput } from '../../../shared/schemas/people';
import { useTransferPerson, type Person } from '../../api/people';
import { useT } from '../../i18n/i18n';
import { DATE_FORMAT, toIsoDate } from '../../lib/dates';
import { messageForFormError, unmatchedMessage, validateWith } from '../../lib/forms';
import { FormAlert } from '../../components/FormAlert';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { buttonTestId } from '../../lib/test-id';

interface Values {
  unitId?: string;
  date?: Dayjs | null;
  position?: string;
  isLeader: boolean;
  reason?: string;
}
const FIELDS = ['unitId', 'date', 'position', 'isLeader', 'reason'] as const;

/** Move a person to another unit of the agency from a date (closes the current history line). */
export function TransferDialog({ open, person, onClose }: { open: boolean; person: Person; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const transfer = useTransferPerson(person.id);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ date: dayjs(), position: person.position, isLeader: person.isLeader, reason: '' });
  }, [open, person, form]);

  const submit = async (v: Values) => {
    setError(null);
    const checked = validateWith(
      transferInput,
      { unitId: v.unitId, date: toIsoDate(v.date) ?? '', position: v.position ?? '', isLeader: !!v.isLeader, reason: v.reason ?? '' },
      form,
      FIELDS,
    );
    if (!checked.ok) return setError(unmatchedMessage(checked.unmatched));
    try {
      await transfer.mutateAsync(checked.data);
      message.success(t('person.transferred'));
      onClose();
    } catch (e) {
      setError(messageForFormError(form, e, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={t('person.transferTitle', { name: person.fullName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('person.transfer')}
      cancelText={t('common.cancel')}
      confirmLoading={transfer.isPending}
      okButtonProps={buttonTestId('transfer-save')}
      destroyOnHidden
    >
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={submit} name="transfer">
        <Form.Item label={t('person.currentUnit')}>
          <Input value={person.unitName} disabled />
        </Form.Item>
        <Form.Item name="unitId" label={t('person.newUnit')} required>
          <UnitTreeSelect placeholder={t('person.chooseUnit')} disabledIds={[person.unitId]} data-testid="transfer-unit" />
        </Form.Item>
        <Form.Item name="date" label={t('person.transferDate')} required>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
        </Form.Item>
        <Form.Item name="position" label={t('person.newPosition')}>
          <Input />
        </Form.Item>
        <Form.Item name="isLeader" valuePropName="checked">
          <Checkbox>{t('field.isLeader')}</Checkbox>
        </Form.Item>
        <Form.Item name="reason" label={t('field.reason')}>
          <Input.TextArea rows={2} placeholder={t('person.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
