import rings from 'virtual:iraq-outline';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../lib/api/client';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { placeProgress, progressColour } from '../lib/dashboard';
import { fitProjection, pathOf, type Point } from '../lib/projection';
import type { BoardCard } from '../../../lib/board';

const WIDTH = 420;
const HEIGHT = 400;

type Props = { cards: BoardCard[]; places: Schemas['Location'][] };

/**
 * The pilot governorates and districts at their centroids on Iraq's outline, coloured by the progress of the
 * measures working there. No tiles and no internal borders; a table beside it gives the same figures in words.
 */
export default function PilotMap({ cards, places }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const project = fitProjection(rings as Point[][], WIDTH, HEIGHT);
  const figures = placeProgress(cards, places);
  return (
    <div className="map-layout">
      {/* geography does not mirror: the map stays west-left in Arabic too */}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="map" direction="ltr" role="img" aria-labelledby="map-title">
        <title id="map-title">{t('dashboard.mapTitle')}</title>
        <path d={pathOf(rings as Point[][], project)} className="country" />
        {figures.map(({ place, progress, measures }) => {
          const [x, y] = project([Number(place.longitude), Number(place.latitude)]);
          const governorate = place.level === 'GOVERNORATE';
          return (
            <g key={place.id}>
              <circle cx={x} cy={y} r={governorate ? 11 : 6} fill={measures ? progressColour(progress) : '#fff'}
                      className={governorate ? 'place governorate' : 'place district'} />
              <text x={x + (governorate ? 14 : 9)} y={y + 4} className={governorate ? 'label governorate' : 'label district'}>
                {localized(place.name, format.language)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="map-table">
        <caption className="visually-hidden">{t('dashboard.mapTitle')}</caption>
        <thead>
          <tr><th scope="col">{t('dashboard.place')}</th><th scope="col">{t('dashboard.measures')}</th><th scope="col">{t('dashboard.progress')}</th></tr>
        </thead>
        <tbody>
          {figures.map(({ place, progress, measures }) => (
            <tr key={place.id} className={place.level === 'GOVERNORATE' ? 'governorate-row' : undefined}>
              <th scope="row"><span className="swatch" style={{ background: measures ? progressColour(progress) : '#fff' }} />{localized(place.name, format.language)}</th>
              <td>{format.number(measures)}</td>
              <td>{measures ? format.percent(progress) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
