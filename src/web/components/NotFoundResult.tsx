import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/i18n';

/** Missing or out-of-scope records look the same: the server never says "exists, but not yours". */
export function NotFoundResult({ title, backTo, backLabel }: { title: string; backTo: string; backLabel: string }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <div data-testid="not-found">
      <Result
        status="404"
        title={title}
        subTitle={t('common.notFoundHint')}
        extra={
          <Button type="primary" onClick={() => navigate(backTo)}>
            {backLabel}
          </Button>
        }
      />
    </div>
  );
}
