import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../lib/api/client';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';

/** Estimated cost, pledged and gap, in total and by pillar; bars are relative to the largest estimate. */
export function FundingPanel({ funding }: { funding: Schemas['Funding'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const largest = Math.max(1, ...funding.byPillar.map((line) => line.estimated));
  return (
    <section className="panel" aria-labelledby="funding-title">
      <h2 id="funding-title">{t('dashboard.funding')}</h2>
      {funding.total.map((line) => (
        <p key={line.currency} className="funding-total">
          {t('dashboard.fundingTotal', { estimated: format.money(line.estimated, line.currency), pledged: format.money(line.pledged, line.currency),
            gap: format.money(line.gap, line.currency) })}
        </p>
      ))}
      <table className="funding">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.pillar')}</th>
            <th scope="col">{t('dashboard.pledgedOfEstimated')}</th>
            <th scope="col">{t('dashboard.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {funding.byPillar.map((line) => (
            <tr key={`${line.key}-${line.currency}`}>
              <th scope="row"><bdi dir="ltr">{line.key}</bdi> {localized(line.name, format.language)}</th>
              <td>
                <span className="funding-bar" style={{ inlineSize: `${(100 * line.estimated) / largest}%` }}>
                  <span className="funding-pledged" style={{ inlineSize: `${line.estimated === 0 ? 0 : (100 * Math.min(line.pledged, line.estimated)) / line.estimated}%` }} />
                </span>
                <span className="muted">{format.money(line.pledged, line.currency)} / {format.money(line.estimated, line.currency)}</span>
              </td>
              <td>{format.money(line.gap, line.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
