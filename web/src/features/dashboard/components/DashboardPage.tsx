import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { useBoardCards, useFunding, useHeatMap, useIndicators, usePilotPlaces, useProgress } from '../api/get-dashboard';
import { Deadlines } from './Deadlines';
import { FundingPanel } from './FundingPanel';
import { HeatMap } from './HeatMap';
import { IndicatorCharts } from './IndicatorCharts';
import { OverallProgress, StatusDistribution } from './ProgressPanels';

const PilotMap = lazy(() => import('./PilotMap'));

/** The donors' home: how far the roadmap has come, what is late, what threatens it, what is funded, where. */
export default function DashboardPage({ roadmapId }: { roadmapId: number }) {
  const { t } = useTranslation();
  const progress = useProgress(roadmapId);
  const board = useBoardCards(roadmapId);
  const heatMap = useHeatMap(roadmapId);
  const funding = useFunding(roadmapId);
  const indicators = useIndicators(roadmapId);
  const places = usePilotPlaces();
  return (
    <section className="dashboard">
      <PageTitle text={t('dashboard.title')} />
      <div className="panels">
        <QueryState query={progress}>{(data) => <OverallProgress progress={data} />}</QueryState>
        <QueryState query={progress}>{(data) => <StatusDistribution progress={data} />}</QueryState>
        <QueryState query={board}>{(data) => <Deadlines cards={data.cards} />}</QueryState>
        <QueryState query={heatMap}>{(data) => <HeatMap heatMap={data} />}</QueryState>
        <QueryState query={funding}>{(data) => <FundingPanel funding={data} />}</QueryState>
        <section className="panel map-panel" aria-labelledby="map-heading">
          <h2 id="map-heading">{t('dashboard.map')}</h2>
          <QueryState query={board}>
            {(data) => (
              <QueryState query={places}>
                {(pilot) => (
                  <Suspense fallback={<p role="status" className="muted">{t('common.loading')}</p>}>
                    <PilotMap cards={data.cards} places={pilot} />
                  </Suspense>
                )}
              </QueryState>
            )}
          </QueryState>
        </section>
        <QueryState query={indicators}>{(data) => <IndicatorCharts indicators={data} />}</QueryState>
      </div>
    </section>
  );
}
