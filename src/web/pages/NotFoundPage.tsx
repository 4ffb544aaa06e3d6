import { useT } from '../i18n/i18n';
import { NotFoundResult } from '../components/NotFoundResult';

export default function NotFoundPage() {
  const t = useT();
  return <NotFoundResult title={t('common.pageNotFound')} backTo="/" backLabel={t('common.backHome')} />;
}
