import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { About } from '../features/about/About';
import { BoardPage } from '../features/board/components/BoardPage';
import { Workshop } from '../features/board/components/Workshop';
import { LessonPage } from '../features/lessons/components/LessonPage';
import { LessonsPage } from '../features/lessons/components/LessonsPage';
import { MeasurePage } from '../features/measures/components/MeasurePage';
import { MyActionsPage } from '../features/my-actions/components/MyActionsPage';
import { RiskPage } from '../features/risks/components/RiskPage';
import { RisksPage } from '../features/risks/components/RisksPage';
import { StakeholderPage } from '../features/stakeholders/components/StakeholderPage';
import { StakeholdersPage } from '../features/stakeholders/components/StakeholdersPage';
import { SupportNeedPage } from '../features/support/components/SupportNeedPage';
import { SupportPage } from '../features/support/components/SupportPage';
import { WorkingGroupPage } from '../features/working-groups/components/WorkingGroupPage';
import { WorkingGroupsPage } from '../features/working-groups/components/WorkingGroupsPage';
import { PageTitle } from '../components/PageTitle';
import type { Route } from './routes';

// charts and the map load when someone opens the dashboard, not with the first page
const DashboardPage = lazy(() => import('../features/dashboard/components/DashboardPage'));

/** The app composes the features; features never import each other. */
export function Screen({ route, roadmapId }: { route: Route; roadmapId: number }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'home':
    case 'board':
      return <BoardPage roadmapId={roadmapId} />;
    case 'workshop':
      return <Workshop roadmapId={roadmapId} />;
    case 'dashboard':
      return <Suspense fallback={<p role="status">{t('common.loading')}</p>}><DashboardPage roadmapId={roadmapId} /></Suspense>;
    case 'measure':
      return <MeasurePage id={route.id} />;
    case 'workingGroups':
      return <WorkingGroupsPage roadmapId={roadmapId} />;
    case 'workingGroup':
      return <WorkingGroupPage id={route.id} />;
    case 'risks':
      return <RisksPage roadmapId={roadmapId} />;
    case 'risk':
      return <RiskPage id={route.id} />;
    case 'support':
      return <SupportPage roadmapId={roadmapId} />;
    case 'supportNeed':
      return <SupportNeedPage id={route.id} />;
    case 'stakeholders':
      return <StakeholdersPage />;
    case 'stakeholder':
      return <StakeholderPage id={route.id} />;
    case 'lessons':
      return <LessonsPage roadmapId={roadmapId} />;
    case 'lesson':
      return <LessonPage id={route.id} />;
    case 'about':
      return <About />;
    case 'myActions':
      return <MyActionsPage />;
    default:
      return <PageTitle text={t('app.notFound')} />;
  }
}
