import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'ar' ? 'en' : 'ar';
  return (
    <button type="button" className="language-switch" lang={next} aria-label={t('language.switchLabel')}
            onClick={() => void changeLanguage(next)}>
      {t('language.switchTo')}
    </button>
  );
}
