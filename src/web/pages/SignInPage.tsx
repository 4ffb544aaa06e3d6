import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMe, useSignIn } from '../api/session';
import { ApiError } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../lib/demo-accounts';
import { BRAND_GOLD, BRAND_RED } from '../theme';

interface Values {
  username: string;
  password: string;
}

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function DemoAccounts({ onPick }: { onPick: (username: string) => void }) {
  const { t, codeLabel } = useI18n();
  return (
    <Card size="small" title={t('signin.demoTitle')} style={{ marginTop: 16 }} data-testid="demo-accounts">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>
        {t('signin.demoHint')}{' '}
        <Typography.Text code copyable style={{ whiteSpace: 'nowrap' }} data-testid="demo-password">
          {DEMO_PASSWORD}
        </Typography.Text>
      </Typography.Paragraph>
      {/* Plain markup, not antd's Table: the sign-in page stays a small download. */}
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
        <tbody>
          {DEMO_ACCOUNTS.map((a) => (
            <tr key={a.username} style={{ borderTop: '1px solid #f0f0f0' }}>
              <td style={{ padding: '6px 8px 6px 0', whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                <a onClick={() => onPick(a.username)} className="vd-mono" data-testid={`demo-${a.username}`}>
                  {a.username}
                </a>
              </td>
              <td style={{ padding: '6px 0' }}>{a.unit ? `${codeLabel('role', a.role)} (${a.unit})` : codeLabel('role', a.role)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** Sign in; lock-out and rate-limit messages from the server are shown as they are. */
export default function SignInPage() {
  const { t } = useI18n();
  const me = useMe();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const next = safeNext(params.get('next'));

  if (me.data?.user) return <Navigate to={next} replace />;

  const submit = async (values: Values) => {
    setError(null);
    try {
      await signIn.mutateAsync(values);
      navigate(next, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('signin.failed'));
    }
  };

  return (
    <div className="vd-signin">
      <div className="vd-signin-hero" style={{ background: `linear-gradient(160deg, ${BRAND_RED} 0%, #5c0011 100%)` }}>
        <div className="vd-signin-star" style={{ color: BRAND_GOLD }} aria-hidden>
          ★
        </div>
        <Typography.Title level={1} className="vd-signin-name">
          {t('app.name')}
        </Typography.Title>
        <Typography.Title level={4} className="vd-signin-tagline" data-testid="app-subtitle">
          {t('app.tagline')}
        </Typography.Title>
        <Typography.Paragraph className="vd-signin-pitch" data-testid="signin-pitch">
          {t('signin.pitch')}
        </Typography.Paragraph>
      </div>
      <div className="vd-signin-main">
        <div className="vd-signin-lang">
          <LanguageSwitch />
        </div>
        <div className="vd-signin-form">
          <Card>
            <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="signin-title">
              {t('signin.title')}
            </Typography.Title>
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="signin-error" />}
            <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="signin" size="large">
              <Form.Item name="username" label={t('signin.username')} rules={[{ required: true, message: t('signin.usernameRequired') }]}>
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="signin-username" />
              </Form.Item>
              <Form.Item name="password" label={t('signin.password')} rules={[{ required: true, message: t('signin.passwordRequired') }]}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="signin-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={signIn.isPending} data-testid="signin-submit">
                {t('signin.submit')}
              </Button>
            </Form>
          </Card>
          {me.data?.mode === 'demo' && (
            <DemoAccounts
              onPick={(username) => {
                form.setFieldsValue({ username, password: DEMO_PASSWORD });
                setError(null);
              }}
            />
          )}
        </div>
      </div>
    </div>
  );
}
