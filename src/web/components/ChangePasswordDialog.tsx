import { useState } from 'react';
import { App, Alert, Button, Form, Input, Modal } from 'antd';
import { useChangePassword, useSignOut } from '../api/session';
import { useT } from '../i18n/i18n';
import { messageForFormError } from '../lib/forms';
import { FormAlert } from './FormAlert';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}
const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

/** Change one's own password; `forced` after sign-in when the account must change it first. */
export function ChangePasswordDialog({ open, forced, onClose }: { open: boolean; forced: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const change = useChangePassword();
  const signOut = useSignOut();

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };
  const submit = async (values: Values) => {
    setError(null);
    try {
      await change.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      message.success(t('password.changed'));
      close();
    } catch (e) {
      setError(messageForFormError(form, e, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={forced ? t('password.forcedTitle') : t('password.title')}
      closable={!forced}
      mask={{ closable: !forced }}
      keyboard={!forced}
      onCancel={close}
      destroyOnHidden
      footer={[
        forced ? (
          <Button key="signout" onClick={() => signOut.mutate()}>
            {t('header.signOut')}
          </Button>
        ) : (
          <Button key="cancel" onClick={close}>
            {t('common.cancel')}
          </Button>
        ),
        <Button key="ok" type="primary" loading={change.isPending} onClick={() => form.submit()} data-testid="change-password-submit">
          {t('password.submit')}
        </Button>,
      ]}
    >
      <div data-testid="change-password-dialog">
        {forced && <Alert type="warning" showIcon title={t('password.forcedHint')} style={{ marginBottom: 16 }} />}
        <FormAlert message={error} />
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="change-password">
          <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.currentRequired') }]}>
            <Input.Password autoComplete="current-password" data-testid="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('password.new')} extra={t('password.rules')} rules={[{ required: true, message: t('password.newRequired') }]}>
            <Input.Password autoComplete="new-password" data-testid="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="confirm-password" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
