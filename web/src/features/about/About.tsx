import { useTranslation } from 'react-i18next';

export function About() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="about-title" className="about">
      <h1 id="about-title">{t('about.title')}</h1>
      <p>{t('about.purpose')}</p>
      <p>{t('about.doNoHarm')}</p>
      <h2>{t('about.attributionTitle')}</h2>
      <p>
        {t('about.attribution')}{' '}
        <a href="https://github.com/open-admin-data/iraq-administrative-divisions" dir="ltr">{t('about.attributionLink')}</a>
      </p>
      <p>{t('about.mapAttribution')}</p>
    </section>
  );
}
