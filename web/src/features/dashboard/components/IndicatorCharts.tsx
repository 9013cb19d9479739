import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import type { Schemas } from '../../../lib/api/client';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';

type Indicator = Schemas['Indicator'];

/** A bullet chart per indicator: the track runs from baseline to target, with the latest actual and each place's. */
export function IndicatorCharts({ indicators }: { indicators: Indicator[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel wide" aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t('dashboard.indicators')}</h2>
      {indicators.length === 0 ? <p className="muted">{t('dashboard.noIndicators')}</p> : (
        <ul className="indicators">
          {indicators.slice(0, 12).map((indicator) => <IndicatorChart key={indicator.id} indicator={indicator} />)}
        </ul>
      )}
    </section>
  );
}

function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const format = useFormat();
  const values = [indicator.baselineValue, indicator.targetValue, indicator.latest?.value ?? indicator.baselineValue,
    ...indicator.byLocation.map((reading) => reading.value)];
  const low = Math.min(...values);
  const span = Math.max(...values) - low || 1;
  const at = (value: number) => `${(100 * (value - low)) / span}%`;
  return (
    <li className="indicator">
      <p><Code>{indicator.code}</Code> {localized(indicator.name, format.language)}</p>
      <div className="bullet" role="img" aria-label={t('dashboard.indicatorSummary', {
        baseline: format.number(indicator.baselineValue), target: format.number(indicator.targetValue),
        actual: indicator.latest ? format.number(indicator.latest.value) : t('dashboard.noValue'),
      })}>
        <span className="bullet-track" />
        <span className="bullet-mark baseline" style={{ insetInlineStart: at(indicator.baselineValue) }} />
        <span className="bullet-mark target" style={{ insetInlineStart: at(indicator.targetValue) }} />
        {indicator.byLocation.map((reading) => (
          <span key={reading.location?.id ?? reading.period} className="bullet-dot place" style={{ insetInlineStart: at(reading.value) }} />
        ))}
        {indicator.latest ? <span className="bullet-dot actual" style={{ insetInlineStart: at(indicator.latest.value) }} /> : null}
      </div>
      <p className="muted small">
        {t('dashboard.baseline')} {format.number(indicator.baselineValue)} · {t('dashboard.target')} {format.number(indicator.targetValue)} ·{' '}
        {t('dashboard.actual')} {indicator.latest ? `${format.number(indicator.latest.value)} (${indicator.latest.period})` : t('dashboard.noValue')}
        {indicator.progress !== undefined ? ` · ${format.percent(indicator.progress)}` : ''}
      </p>
    </li>
  );
}
