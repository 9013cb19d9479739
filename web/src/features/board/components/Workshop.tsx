import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { useLiveStatus } from '../../../lib/live/status';
import { Link } from '../../../lib/router/router';
import { useBoard } from '../api/get-board';
import { lanes, type Card } from '../lib/board';
import { BoardColumns } from './BoardColumns';

const ADVANCE_SECONDS = 20;

/**
 * The national workshop's projector: the whole board first, then each pillar in turn, in large type, advancing by
 * itself; a change made anywhere (any API instance) shows within a second, without touching the laptop.
 */
export function Workshop({ roadmapId }: { roadmapId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const board = useBoard(roadmapId);
  const live = useLiveStatus();
  const [slide, setSlide] = useState(0);
  const [playing, setPlaying] = useState(true);
  const root = useRef<HTMLElement>(null);
  const slides = board.data ? [{ key: 'all', label: t('workshop.wholeRoadmap'), cards: board.data.cards },
    ...lanes(board.data.cards, 'pillar', format.language, '')] : [];
  const count = slides.length;

  useEffect(() => {
    if (!playing || count < 2) {
      return undefined;
    }
    const timer = setInterval(() => setSlide((current) => (current + 1) % count), ADVANCE_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [playing, count]);

  const current = slides[slide % Math.max(count, 1)];
  return (
    <section className="workshop" ref={root} aria-labelledby="workshop-title">
      <header className="workshop-head">
        <h1 id="workshop-title">{current?.label ?? t('workshop.title')}</h1>
        <p className={`live live-${live.state}`} role="status">
          {t(`workshop.live.${live.state}`)}
          {live.lastChange ? ` · ${t('workshop.lastChange', { time: format.dateTime(live.lastChange.toISOString()) })}` : ''}
        </p>
        <div className="workshop-controls">
          <button type="button" onClick={() => setSlide((slide - 1 + count) % Math.max(count, 1))}>{t('workshop.previous')}</button>
          <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={!playing}>
            {playing ? t('workshop.pause') : t('workshop.play')}
          </button>
          <button type="button" onClick={() => setSlide((slide + 1) % Math.max(count, 1))}>{t('workshop.next')}</button>
          <button type="button" onClick={() => void root.current?.requestFullscreen?.()}>{t('workshop.fullScreen')}</button>
          <Link to="/board" className="button">{t('workshop.exit')}</Link>
        </div>
      </header>
      <QueryState query={board}>
        {() => current ? <WorkshopSlide cards={current.cards} /> : null}
      </QueryState>
      <p className="muted workshop-foot">{t('workshop.slide', { index: format.number((slide % Math.max(count, 1)) + 1), count: format.number(count) })}
        {current && current.key !== 'all' ? ` · ${localized(current.cards[0]?.pillar.name, format.language)}` : ''}</p>
    </section>
  );
}

function WorkshopSlide({ cards }: { cards: Card[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const done = cards.filter((card) => card.status === 'COMPLETED').length;
  const overdue = cards.filter((card) => card.overdue).length;
  const counted = cards.filter((card) => card.status !== 'CANCELLED');
  const progress = counted.length === 0 ? 0 : Math.round(counted.reduce((sum, card) => sum + card.progress, 0) / counted.length);
  return (
    <>
      <ul className="workshop-figures">
        <li><strong>{format.percent(progress)}</strong> {t('workshop.progress')}</li>
        <li><strong>{format.number(done)}</strong> {t('workshop.completed')}</li>
        <li><strong>{format.number(overdue)}</strong> {t('workshop.overdue')}</li>
      </ul>
      <BoardColumns cards={cards} large />
    </>
  );
}
