import { useEffect, useState } from 'react';
import { App, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { UNIT_KINDS } from '../../../domain/org/codes';
import { unitInput } from '../../../shared/schemas/units';
import { useSaveUnit, useUnits, type Unit } from '../../api/units';
import { useI18n } from '../../i18n/i18n';
import { messageForFormError, unmatchedMessage, validateWith } from '../../lib/forms';
import { subtreeOf } from '../../../domain/policies/scope';
import { FormAlert } from '../../components/FormAlert';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { buttonTestId } from '../../lib/test-id';

interface Values {
  code: string;
  name: string;
  kind: string;
  parentId?: string | null;
  sortOrder: number;
  active: boolean;
}
const FIELDS = ['code', 'name', 'kind', 'parentId', 'sortOrder', 'active'] as const;

/** Create a unit (optionally under a parent) or edit one. */
export function UnitFormDialog({ open, unit, parentId, onClose }: { open: boolean; unit?: Unit; parentId?: string; onClose: () => void }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useSaveUnit();
  const units = useUnits();

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      unit
        ? { code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId, sortOrder: unit.sortOrder, active: unit.active }
        : { code: '', name: '', kind: 'division', parentId: parentId ?? null, sortOrder: 0, active: true },
    );
  }, [open, unit, parentId, form]);

  const submit = async (values: Values) => {
    setError(null);
    const checked = validateWith(unitInput, { ...values, parentId: values.parentId ?? null, sortOrder: values.sortOrder ?? 0 }, form, FIELDS);
    if (!checked.ok) return setError(unmatchedMessage(checked.unmatched));
    try {
      await save.mutateAsync({ id: unit?.id, input: unit ? { ...checked.data, active: values.active } : checked.data });
      message.success(unit ? t('units.updated') : t('units.created'));
      onClose();
    } catch (e) {
      setError(messageForFormError(form, e, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={unit ? t('units.editTitle', { name: unit.name }) : t('units.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={buttonTestId('unit-save')}
      destroyOnHidden
      width={560}
    >
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={submit} name="unit">
        <Form.Item name="name" label={t('units.name')} required>
          <Input data-testid="unit-name" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="code" label={t('units.code')} required style={{ flex: 1 }}>
            <Input data-testid="unit-code" />
          </Form.Item>
          <Form.Item name="kind" label={t('units.kind')} required style={{ flex: 1 }}>
            <Select options={UNIT_KINDS.map((k) => ({ value: k, label: codeLabel('unitKind', k) }))} />
          </Form.Item>
          <Form.Item name="sortOrder" label={t('units.sortOrder')} style={{ width: 100 }}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="parentId" label={t('units.parent')}>
          <UnitTreeSelect allowClear placeholder={t('units.noParent')} disabledIds={unit ? subtreeOf(units.data ?? [], [unit.id]) : undefined} />
        </Form.Item>
        {unit && (
          <Form.Item name="active" label={t('units.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
