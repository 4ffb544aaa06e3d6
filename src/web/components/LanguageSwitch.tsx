import { Segmented } from 'antd';
import { useI18n, type Lang } from '../i18n/i18n';

/** Tiếng Việt / English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { value: 'vi', label: <span data-testid="lang-vi" title={t('lang.vi')}>{t('lang.viShort')}</span> },
        { value: 'en', label: <span data-testid="lang-en" title={t('lang.en')}>{t('lang.enShort')}</span> },
      ]}
      aria-label={t('lang.switch')}
    />
  );
}
