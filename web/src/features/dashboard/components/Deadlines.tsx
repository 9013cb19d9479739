import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { Link } from '../../../lib/router/router';
import { dueSoon } from '../lib/dashboard';
import type { BoardCard } from '../../../lib/board';

type Card = BoardCard;

export function Deadlines({ cards }: { cards: Card[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const overdue = cards.filter((card) => card.overdue);
  const soon = dueSoon(cards, new Date().toISOString().slice(0, 10));
  return (
    <section className="panel" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('dashboard.deadlines')}</h2>
      <h3>{t('dashboard.overdue', { count: overdue.length, n: format.number(overdue.length) })}</h3>
      <CardList cards={overdue} empty={t('dashboard.noneOverdue')} />
      <h3>{t('dashboard.dueSoon', { count: soon.length, n: format.number(soon.length) })}</h3>
      <CardList cards={soon} empty={t('dashboard.noneDueSoon')} />
    </section>
  );
}

function CardList({ cards, empty }: { cards: Card[]; empty: string }) {
  const format = useFormat();
  if (cards.length === 0) {
    return <p className="muted">{empty}</p>;
  }
  return (
    <ul className="plain-list">
      {cards.slice(0, 8).map((card) => (
        <li key={card.id}>
          <Code>{card.code}</Code> <Link to={`/measures/${card.id}`}>{localized(card.title, format.language)}</Link>
          <span className="muted"> · {format.date(card.dueDate)}</span>
        </li>
      ))}
    </ul>
  );
}
