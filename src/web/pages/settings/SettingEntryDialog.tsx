import { useEffect, useState } from 'react';
import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { validateSettingValue } from '../../../domain/eligibility/settings';
import { useAddSettingEntry, type AgencySettingsView } from '../../api/eligibility';
import { useI18n } from '../../i18n/i18n';
import { DATE_FORMAT, toIsoDate } from '../../lib/dates';
import { messageForFormError } from '../../lib/forms';
import { buttonTestId } from '../../lib/test-id';
import { FormAlert } from '../../components/FormAlert';
import { SettingValueInput } from './SettingValueInput';

interface Values {
  key?: string;
  value?: unknown;
  effectiveFrom?: Dayjs | null;
  effectiveTo?: Dayjs | null;
  note?: string;
}
const FIELDS = ['key', 'value', 'effectiveFrom', 'effectiveTo', 'note'] as const;

/** A new dated entry of the agency's regulation; history is never edited, a later entry takes over. */
export function SettingEntryDialog({ open, settingKey, view, onClose }: { open: boolean; settingKey?: string; view: AgencySettingsView; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddSettingEntry();
  const [error, setError] = useState<string | null>(null);
  const key = Form.useWatch('key', form);
  const meta = view.metadata.find((m) => m.key === key);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ key: settingKey, value: settingKey ? view.current[settingKey] : undefined, effectiveFrom: dayjs(), note: '' });
  }, [open, settingKey, form]);

  const onFinish = async (v: Values) => {
    setError(null);
    if (!v.key) return form.setFields([{ name: 'key', errors: [t('settings.chooseKey')] }]);
    if (!v.effectiveFrom) return form.setFields([{ name: 'effectiveFrom', errors: [t('settings.effectiveFromRequired')] }]);
    const checked = validateSettingValue(v.key, v.value);
    if (!checked.ok) return form.setFields([{ name: 'value', errors: [checked.detail || checked.error] }]);
    try {
      await add.mutateAsync({ key: v.key, value: checked.value, effectiveFrom: toIsoDate(v.effectiveFrom)!, effectiveTo: toIsoDate(v.effectiveTo), note: v.note ?? '' });
      message.success(t('settings.added'));
      onClose();
    } catch (e) {
      setError(messageForFormError(form, e, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={t('settings.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      okButtonProps={buttonTestId('setting-save')}
      destroyOnHidden
      width={640}
    >
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={onFinish} name="setting">
        <Form.Item name="key" label={t('settings.setting')} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={view.metadata.map((m) => ({ value: m.key, label: m.labelVi }))}
            onChange={(k: string) => form.setFieldValue('value', view.current[k])}
            popupMatchSelectWidth={false}
            data-testid="setting-key"
          />
        </Form.Item>
        {meta && (
          <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
            {meta.descriptionVi} ({meta.citationWhere}) — {t('settings.defaultIs', { value: meta.defaultValueVi })}
          </Typography.Paragraph>
        )}
        {meta && (
          <Form.Item name="value" label={t('settings.value')} required>
            <SettingValueInput editor={meta.editor} />
          </Form.Item>
        )}
        <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          <Form.Item name="effectiveFrom" label={t('settings.effectiveFrom')} required>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
          <Form.Item name="effectiveTo" label={t('settings.effectiveTo')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
        </div>
        <Form.Item name="note" label={t('settings.note')} extra={t('settings.noteHint')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
