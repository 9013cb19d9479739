import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format/preferences';
import { byStatus, type Card, type Status } from '../lib/board';
import { BoardCard } from './BoardCard';

type Props = { cards: Card[]; onMove?: (card: Card, status?: Status) => void; large?: boolean; labelledBy?: string };

/** One column per status; an editable card dropped on a column asks for the note of that move. */
export function BoardColumns({ cards, onMove, large, labelledBy }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [target, setTarget] = useState<Status>();
  const byId = new Map(cards.map((card) => [String(card.id), card]));
  return (
    <div className="columns" role="group" aria-labelledby={labelledBy}>
      {[...byStatus(cards)].map(([status, column]) => (
        <section key={status} className={`column${target === status ? ' is-target' : ''}`} aria-label={t(`status.${status}`)}
                 data-status={status}
                 onDragOver={(event) => {
                   if (onMove) {
                     event.preventDefault();
                     setTarget(status);
                   }
                 }}
                 onDragLeave={() => setTarget(undefined)}
                 onDrop={(event) => {
                   event.preventDefault();
                   setTarget(undefined);
                   const card = byId.get(event.dataTransfer.getData('text/plain'));
                   if (card && card.editable && card.status !== status) {
                     onMove?.(card, status);
                   }
                 }}>
          <h3 className={`column-head status-${status.toLowerCase()}`}>
            {t(`status.${status}`)} <span className="count">{format.number(column.length)}</span>
          </h3>
          {column.map((card) => <BoardCard key={card.id} card={card} onMove={onMove} large={large} />)}
        </section>
      ))}
    </div>
  );
}
