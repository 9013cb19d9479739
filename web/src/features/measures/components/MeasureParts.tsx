import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import { Code } from '../../../components/Code';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import type { Schemas } from '../../../lib/api/client';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { Link } from '../../../lib/router/router';

type Part<T> = { query: UseQueryResult<T[]> };

/** A titled part of the measure page, saying so when it is empty rather than showing a bare heading. */
export function PartSection<T>({ id, title, query, children }: { id: string; title: string; query: UseQueryResult<T[]>; children: (items: T[]) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <QueryState query={query}>{(items) => (items.length === 0 ? <p className="muted">{t('common.none')}</p> : children(items))}</QueryState>
    </section>
  );
}

export function ActionsPart({ query }: Part<Schemas['Action']>) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <PartSection id="actions" title={t('measure.actions')} query={query}>
      {(actions) => (
        <table>
          <thead><tr><th scope="col">{t('action.title')}</th><th scope="col">{t('action.assignee')}</th><th scope="col">{t('action.due')}</th><th scope="col">{t('action.status')}</th></tr></thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id}>
                <td>{localized(action.title, format.language)}</td>
                <td><Code>{action.assignee.abbreviation}</Code></td>
                <td>{format.date(action.dueDate)}{action.overdue ? <span className="mark mark-overdue">{t('board.overdue')}</span> : null}</td>
                <td>{t(`actionStatus.${action.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PartSection>
  );
}

export function DependenciesPart({ query, measureId }: Part<Schemas['Dependency']> & { measureId: number }) {
  const { t } = useTranslation();
  return (
    <PartSection id="dependencies" title={t('measure.dependencies')} query={query}>
      {(dependencies) => (
        <ul className="plain-list">
          {dependencies.map((d) => {
            const waits = d.measure.id === measureId;
            const other = waits ? d.predecessor : d.measure;
            return (
              <li key={d.id}>
                {t(waits ? 'measure.waitsFor' : 'measure.awaitedBy')} <Link to={`/measures/${other.id}`}><Code>{other.code}</Code></Link>{' '}
                <StatusBadge status={other.status} /> {waits ? (d.satisfied ? t('measure.satisfied') : t('measure.notSatisfied')) : null}
              </li>
            );
          })}
        </ul>
      )}
    </PartSection>
  );
}

export function NeedsPart({ query }: Part<Schemas['SupportNeed']>) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <PartSection id="needs" title={t('measure.needs')} query={query}>
      {(needs) => (
        <ul className="plain-list">
          {needs.map((need) => (
            <li key={need.id}>
              <Link to={`/support/${need.id}`}>{localized(need.description, format.language)}</Link> · {t(`supportType.${need.type}`)} · {t(`supportStatus.${need.status}`)}
              {need.estimatedCost !== undefined ? ` · ${t('support.gapOf', { gap: format.money(need.gap ?? 0, need.currency), cost: format.money(need.estimatedCost, need.currency) })}` : ''}
            </li>
          ))}
        </ul>
      )}
    </PartSection>
  );
}

export function RisksPart({ query }: Part<Schemas['Risk']>) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <PartSection id="risks" title={t('measure.risks')} query={query}>
      {(risks) => (
        <ul className="plain-list">
          {risks.map((risk) => (
            <li key={risk.id}>
              <Link to={`/risks/${risk.id}`}>{localized(risk.title, format.language)}</Link> · {t(`riskKind.${risk.kind}`)} ·{' '}
              {t('risk.scoreOf', { score: format.number(risk.score) })} · {t(`riskStatus.${risk.status}`)}
            </li>
          ))}
        </ul>
      )}
    </PartSection>
  );
}

export function IndicatorsPart({ query }: Part<Schemas['Indicator']>) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <PartSection id="indicators" title={t('measure.indicators')} query={query}>
      {(indicators) => (
        <ul className="plain-list">
          {indicators.map((indicator) => (
            <li key={indicator.id}>
              <Code>{indicator.code}</Code> {localized(indicator.name, format.language)} · {t('dashboard.baseline')} {format.number(indicator.baselineValue)} {format.arrow}{' '}
              {t('dashboard.target')} {format.number(indicator.targetValue)} · {t('dashboard.actual')}{' '}
              {indicator.latest ? format.number(indicator.latest.value) : t('dashboard.noValue')}
            </li>
          ))}
        </ul>
      )}
    </PartSection>
  );
}
