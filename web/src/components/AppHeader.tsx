import { useTranslation } from 'react-i18next';
import type { Route } from '../app/routes';
import type { Schemas } from '../lib/api/client';
import { useMe } from '../lib/auth/me';
import { useFormat } from '../lib/format/preferences';
import { localized } from '../lib/i18nText';
import { Link } from '../lib/router/router';
import { DigitsSwitch } from './DigitsSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { SignOut } from './SignOut';

type Props = { route: Route; roadmaps: Schemas['Roadmap'][]; current?: Schemas['Roadmap']; onRoadmap: (id: number) => void };

type NavKey = 'myActions' | 'board' | 'dashboard' | 'workingGroups' | 'risks' | 'support' | 'stakeholders' | 'lessons' | 'about';

// the focal points' own screen, first in their menu; the other roles follow actions through working groups
const MY_ACTIONS: [string, NavKey, Route['name'][]] = ['/my-actions', 'myActions', ['myActions']];

const LINKS: [string, NavKey, Route['name'][]][] = [
  ['/board', 'board', ['home', 'board', 'measure']],
  ['/dashboard', 'dashboard', ['dashboard']],
  ['/working-groups', 'workingGroups', ['workingGroups', 'workingGroup']],
  ['/risks', 'risks', ['risks', 'risk']],
  ['/support', 'support', ['support', 'supportNeed']],
  ['/stakeholders', 'stakeholders', ['stakeholders', 'stakeholder']],
  ['/lessons', 'lessons', ['lessons', 'lesson']],
  ['/about', 'about', ['about']],
];

export function AppHeader({ route, roadmaps, current, onRoadmap }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const me = useMe();
  const links = me.data?.roles.includes('focal-point') ? [MY_ACTIONS, ...LINKS] : LINKS;
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      {roadmaps.length > 1 ? (
        <label className="filter roadmap-picker">
          <span>{t('app.roadmap')}</span>
          <select value={current?.id} onChange={(event) => onRoadmap(Number(event.target.value))}>
            {roadmaps.map((r) => <option key={r.id} value={r.id}>{localized(r.title, language)}</option>)}
          </select>
        </label>
      ) : null}
      <div className="header-tools">
        <LanguageSwitch />
        <DigitsSwitch />
        <SignOut />
      </div>
      <nav aria-label={t('nav.label')}>
        {links.map(([to, key, names]) => (
          <Link key={key} to={to} aria-current={names.includes(route.name) ? 'page' : undefined}>{t(`nav.${key}`)}</Link>
        ))}
      </nav>
    </header>
  );
}
