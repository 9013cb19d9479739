import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { ProgressBar } from '../../../components/ProgressBar';
import { localized } from '../../../lib/i18nText';
import { useFormat } from '../../../lib/format/preferences';
import { Link } from '../../../lib/router/router';
import { riskLevel, type Card } from '../lib/board';

type Props = { card: Card; onMove?: (card: Card) => void; large?: boolean };

/** A measure as the room reads it: code, title, lead, progress, due date and the marks that need attention. */
export function BoardCard({ card, onMove, large }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const risk = riskLevel(card.riskScore);
  const movable = card.editable && onMove !== undefined;
  return (
    <article className={`card${card.overdue ? ' is-overdue' : ''}${large ? ' is-large' : ''}`} draggable={movable}
             aria-label={`${card.code} ${localized(card.title, format.language)}`} data-card={card.code}
             onDragStart={(event) => {
               event.dataTransfer.setData('text/plain', String(card.id));
               event.dataTransfer.effectAllowed = 'move';
             }}>
      <header className="card-head">
        <Code>{card.code}</Code>
        {card.lead ? <Code>{card.lead.abbreviation}</Code> : null}
      </header>
      <Link to={`/measures/${card.id}`} className="card-title">{localized(card.title, format.language)}</Link>
      <ProgressBar value={card.progress} label={t('board.progressOf', { code: card.code })} />
      <ul className="marks">
        {card.dueDate ? <li className="mark">{t('board.due', { date: format.date(card.dueDate) })}</li> : null}
        {card.overdue ? <li className="mark mark-overdue">{t('board.overdue')}</li> : null}
        {card.blocked ? <li className="mark mark-blocked">{t('board.blocked')}</li> : null}
        {risk ? <li className={`mark mark-risk-${risk}`}>{t(`board.risk.${risk}`, { score: format.number(card.riskScore ?? 0) })}</li> : null}
      </ul>
      {movable ? (
        <button type="button" className="card-move" onClick={() => onMove(card)}>
          {t('board.changeStatus')}<span className="visually-hidden"> {card.code}</span>
        </button>
      ) : null}
    </article>
  );
}
