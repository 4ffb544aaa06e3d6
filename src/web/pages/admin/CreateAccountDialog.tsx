import { useEffect, useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLES, UNIT_SCOPED_ROLES, type Role } from '../../../domain/auth/roles';
import { useCreateAccount } from '../../api/admin';
import { usePeople } from '../../api/people';
import { useI18n } from '../../i18n/i18n';
import { messageForFormError } from '../../lib/forms';
import { useDebounced } from '../../lib/use-debounced';
import { FormAlert } from '../../components/FormAlert';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { buttonTestId } from '../../lib/test-id';

interface Values {
  username: string;
  displayName: string;
  password: string;
  personId?: string | null;
  roles: { role?: Role; unitId?: string | null }[];
}
const FIELDS = ['username', 'displayName', 'password', 'personId', 'roles'] as const;

/** Find the person an account belongs to, by name (server-side, accent-insensitive). */
function PersonPicker({ value, onChange }: { value?: string | null; onChange?: (v: string | null) => void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 300);
  const people = usePeople({ q: q || undefined, pageSize: 20, status: 'active' });
  return (
    <Select
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={t('users.personPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={people.isFetching}
      options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName} — ${p.unitName}` }))}
    />
  );
}

/** New account with one or more roles; unit-scoped roles need their unit. */
export function CreateAccountDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const create = useCreateAccount();
  const roles = Form.useWatch('roles', form) ?? [];

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ roles: [{ role: 'staff' }] });
  }, [open, form]);

  const submit = async (v: Values) => {
    setError(null);
    try {
      await create.mutateAsync({
        username: v.username?.trim() ?? '',
        displayName: v.displayName?.trim() ?? '',
        password: v.password ?? '',
        personId: v.personId ?? null,
        roles: (v.roles ?? []).filter((r) => r.role).map((r) => ({ role: r.role!, unitId: r.unitId ?? null })),
      });
      message.success(t('users.created'));
      onClose();
    } catch (e) {
      setError(messageForFormError(form, e, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={t('users.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={buttonTestId('account-save')}
      destroyOnHidden
      width={620}
    >
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={submit} name="account">
        <Form.Item name="username" label={t('users.username')} required extra={t('users.usernameHint')}>
          <Input autoComplete="off" data-testid="account-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} required>
          <Input data-testid="account-displayName" />
        </Form.Item>
        <Form.Item name="password" label={t('users.initialPassword')} required extra={t('users.initialPasswordHint')}>
          <Input.Password autoComplete="new-password" data-testid="account-password" />
        </Form.Item>
        <Form.Item name="personId" label={t('users.person')}>
          <PersonPicker />
        </Form.Item>
        <Form.Item label={t('users.roles')} required>
          <Form.List name="roles">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => {
                  const role = roles[index]?.role;
                  const scoped = !!role && UNIT_SCOPED_ROLES.includes(role);
                  return (
                    <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 4 }}>
                      <Form.Item name={[field.name, 'role']} style={{ marginBottom: 8, width: 250 }}>
                        <Select options={ROLES.map((r) => ({ value: r, label: codeLabel('role', r) }))} placeholder={t('users.chooseRole')} />
                      </Form.Item>
                      {scoped && (
                        <Form.Item name={[field.name, 'unitId']} style={{ marginBottom: 8, width: 240 }}>
                          <UnitTreeSelect placeholder={t('users.chooseUnit')} />
                        </Form.Item>
                      )}
                      {fields.length > 1 && (
                        <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
                      )}
                    </Space>
                  );
                })}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: undefined })}>
                  {t('users.addRole')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
