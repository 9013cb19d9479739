import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../components/AppHeader';
import { QueryState } from '../components/QueryState';
import { readsOnly, useMe } from '../lib/auth/me';
import { navigate, useLocation } from '../lib/router/router';
import { LiveUpdates } from './LiveUpdates';
import { routeOf } from './routes';
import { Screen } from './Screen';
import { useRoadmap } from './useRoadmap';

export function App() {
  const { t } = useTranslation();
  const { path } = useLocation();
  const route = routeOf(path);
  const me = useMe();
  const roadmap = useRoadmap();

  // a donor's home is the dashboard; everyone else starts on the board
  useEffect(() => {
    if (route.name === 'home' && me.data && readsOnly(me.data) && me.data.roles.includes('donor')) {
      navigate('/dashboard', true);
    }
  }, [route.name, me.data]);

  const workshop = route.name === 'workshop';
  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <LiveUpdates />
      {workshop ? null : <AppHeader route={route} roadmaps={roadmap.items} current={roadmap.current} onRoadmap={roadmap.choose} />}
      <main id="main" className={workshop ? 'page-workshop' : 'page'}>
        <QueryState query={roadmap.roadmaps}>
          {() => (roadmap.current ? <Screen route={route} roadmapId={roadmap.current.id} /> : <p>{t('app.noRoadmap')}</p>)}
        </QueryState>
      </main>
    </>
  );
}
