import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Button, Result } from 'antd';
import { SignedInUser, useMe } from '../api/session';
import { useT } from '../i18n/i18n';
import { PageSpinner } from './Lazy';

/** Pages behind sign-in: unknown visitors go to /login and come back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <PageSpinner />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('common.serverUnreachable')}
        subTitle={me.error.message}
        extra={<Button onClick={() => me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me.data.user) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' || me.data.signedOut ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <SignedInUser.Provider value={me.data.user}>{children}</SignedInUser.Provider>;
}
