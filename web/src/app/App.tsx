import { useTranslation } from 'react-i18next';
import { AppHeader } from '../components/AppHeader';
import { MeasureList } from '../features/measures/components/MeasureList';
import { About } from '../features/about/About';
import { useRoute } from './useRoute';

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();
  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <AppHeader route={route} onNavigate={navigate} />
      <main id="main" className="page">
        {route === 'about' ? <About /> : <MeasureList />}
      </main>
    </>
  );
}
