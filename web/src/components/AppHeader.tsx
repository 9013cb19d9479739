import { useTranslation } from 'react-i18next';
import type { Route } from '../app/useRoute';
import { LanguageSwitch } from './LanguageSwitch';
import { SignOut } from './SignOut';

type Props = { route: Route; onNavigate: (route: Route) => void };

export function AppHeader({ route, onNavigate }: Props) {
  const { t } = useTranslation();
  const links: Route[] = ['measures', 'about'];
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        {links.map((link) => (
          <a
            key={link}
            href={link === 'measures' ? '/' : `/${link}`}
            aria-current={route === link ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              onNavigate(link);
            }}
          >
            {t(`nav.${link}`)}
          </a>
        ))}
      </nav>
      <LanguageSwitch />
      <SignOut />
    </header>
  );
}
