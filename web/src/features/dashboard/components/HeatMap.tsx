import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../lib/api/client';
import { useFormat } from '../../../lib/format/preferences';
import { cellBand } from '../lib/dashboard';

const SCALE = [1, 2, 3, 4, 5];

/** Likelihood (rows, 5 at the top) × impact (columns): how many open risks the reader may see sit in each cell. */
export function HeatMap({ heatMap }: { heatMap: Schemas['RiskHeatMap'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (likelihood: number, impact: number) =>
    heatMap.cells.find((cell) => cell.likelihood === likelihood && cell.impact === impact)?.count ?? 0;
  return (
    <section className="panel" aria-labelledby="heat-title">
      <h2 id="heat-title">{t('dashboard.heatMap')}</h2>
      <table className="heat-map">
        <caption className="muted">{t('dashboard.heatMapCaption', { total: format.number(heatMap.total) })}</caption>
        <thead>
          <tr>
            <td />
            {SCALE.map((impact) => <th key={impact} scope="col">{t('dashboard.impact', { value: format.number(impact) })}</th>)}
          </tr>
        </thead>
        <tbody>
          {[...SCALE].reverse().map((likelihood) => (
            <tr key={likelihood}>
              <th scope="row">{t('dashboard.likelihood', { value: format.number(likelihood) })}</th>
              {SCALE.map((impact) => (
                <td key={impact} className={`cell band-${cellBand(likelihood, impact)}`}>
                  {count(likelihood, impact) > 0 ? format.number(count(likelihood, impact)) : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
