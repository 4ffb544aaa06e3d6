import type { ReactNode } from 'react';
import { Result } from 'antd';
import type { Ability } from '../api/abilities';
import { useCan } from '../api/session';
import { useT } from '../i18n/i18n';

/** A screen the user's roles do not reach says so, instead of failing request by request. */
export function RequireAbility({ ability, children }: { ability: Ability; children: ReactNode }) {
  const t = useT();
  const can = useCan();
  if (!can(ability)) return (
      <div data-testid="forbidden">
        <Result status="403" title={t('common.forbiddenTitle')} subTitle={t('common.forbidden')} />
      </div>
    );
  return <>{children}</>;
}
