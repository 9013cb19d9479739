import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { useFormat } from '../../../lib/format/preferences';
import { Link } from '../../../lib/router/router';
import { useBoard } from '../api/get-board';
import { filterCards, lanes, NO_FILTERS, type Card, type LaneKind, type Status } from '../lib/board';
import { BoardColumns } from './BoardColumns';
import { BoardToolbar } from './BoardToolbar';
import { StatusDialog } from '../../../components/StatusDialog';

/** The progress board: measures in columns by status, in swimlanes, filtered; staff and leads move their cards. */
export function BoardPage({ roadmapId }: { roadmapId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const board = useBoard(roadmapId);
  const [filters, setFilters] = useState(NO_FILTERS);
  const [lane, setLane] = useState<LaneKind>('pillar');
  const [moving, setMoving] = useState<{ card: Card; target?: Status }>();
  return (
    <section className="board-page">
      <div className="page-head">
        <PageTitle text={t('board.title')} />
        <Link to="/workshop" className="button">{t('board.workshop')}</Link>
      </div>
      <QueryState query={board}>
        {(data) => {
          const shown = filterCards(data.cards, filters);
          return (
            <>
              <BoardToolbar cards={data.cards} filters={filters} lane={lane} onFilters={setFilters} onLane={setLane} />
              <p className="muted" aria-live="polite">{t('board.shown', { shown: format.number(shown.length), total: format.number(data.cards.length) })}</p>
              {lanes(shown, lane, format.language, t('board.noLane')).map((swimlane, index) => (
                <section key={swimlane.key} className="lane" aria-labelledby={swimlane.label ? `lane-${index}` : undefined} aria-label={swimlane.label ? undefined : t('board.title')}>
                  {swimlane.label ? <h2 id={`lane-${index}`} className="lane-head">{swimlane.label}</h2> : null}
                  <BoardColumns cards={swimlane.cards} labelledBy={swimlane.label ? `lane-${index}` : undefined}
                                onMove={(card, target) => setMoving({ card, target })} />
                </section>
              ))}
            </>
          );
        }}
      </QueryState>
      {moving ? <StatusDialog measure={moving.card} target={moving.target} onClose={() => setMoving(undefined)} /> : null}
    </section>
  );
}
