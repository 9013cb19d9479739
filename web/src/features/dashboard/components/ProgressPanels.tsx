import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../../components/ProgressBar';
import type { Schemas } from '../../../lib/api/client';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { MEASURE_STATUSES } from '../../../lib/measures';


export function OverallProgress({ progress }: { progress: Schemas['Progress'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby="overall-title">
      <h2 id="overall-title">{t('dashboard.overall')}</h2>
      <p className="big-figure">{format.percent(progress.progress)}</p>
      <p className="muted">{t('dashboard.measuresCounted', { count: progress.measures, n: format.number(progress.measures) })}</p>
      <ul className="bars">
        {progress.pillars.map((pillar) => (
          <li key={pillar.pillar.id}>
            <span className="bar-label"><bdi dir="ltr">{pillar.pillar.code}</bdi> {localized(pillar.pillar.name, format.language)}</span>
            <ProgressBar value={pillar.progress} label={t('dashboard.pillarProgress', { pillar: pillar.pillar.code })} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One stacked bar of the measures by status, with a legend that doubles as the table of figures. */
export function StatusDistribution({ progress }: { progress: Schemas['Progress'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const total = Math.max(progress.measures, 1);
  const present = MEASURE_STATUSES.filter((status) => (progress.byStatus[status] ?? 0) > 0);
  return (
    <section className="panel" aria-labelledby="status-title">
      <h2 id="status-title">{t('dashboard.byStatus')}</h2>
      <div className="stacked" aria-hidden="true">
        {present.map((status) => (
          <span key={status} className={`segment status-${status.toLowerCase()}`} style={{ inlineSize: `${(100 * (progress.byStatus[status] ?? 0)) / total}%` }} />
        ))}
      </div>
      <table className="legend">
        <caption className="visually-hidden">{t('dashboard.byStatus')}</caption>
        <tbody>
          {present.map((status) => (
            <tr key={status}>
              <th scope="row"><span className={`swatch status-${status.toLowerCase()}`} />{t(`status.${status}`)}</th>
              <td>{format.number(progress.byStatus[status] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
