import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useResetPassword, type Account } from '../../api/admin';
import { useT } from '../../i18n/i18n';
import { messageForFormError } from '../../lib/forms';
import { FormAlert } from '../../components/FormAlert';
import { buttonTestId } from '../../lib/test-id';

const FIELDS = ['newPassword'] as const;

/** Give a user a new password they must change at their next sign-in (their sessions end). */
export function ResetPasswordDialog({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const [error, setError] = useState<string | null>(null);
  const reset = useResetPassword();

  useEffect(() => {
    if (!account) return;
    setError(null);
    form.resetFields();
  }, [account, form]);

  const submit = async (v: { newPassword: string }) => {
    if (!account) return;
    setError(null);
    try {
      await reset.mutateAsync({ id: account.id, newPassword: v.newPassword ?? '' });
      message.success(t('users.passwordReset', { username: account.username }));
      onClose();
    } catch (e) {
      setError(messageForFormError(form, e, FIELDS));
    }
  };

  return (
    <Modal
      open={!!account}
      title={t('users.resetTitle', { username: account?.username ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('users.reset')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      okButtonProps={buttonTestId('reset-save')}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('users.resetHint')} style={{ marginBottom: 16 }} />
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={submit} name="reset-password">
        <Form.Item name="newPassword" label={t('password.new')} extra={t('password.rules')} rules={[{ required: true, message: t('password.newRequired') }]}>
          <Input.Password autoComplete="new-password" data-testid="reset-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
