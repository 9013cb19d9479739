import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { Details } from '../../../components/Details';
import { PageTitle } from '../../../components/PageTitle';
import { ProgressBar } from '../../../components/ProgressBar';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { StatusDialog } from '../../../components/StatusDialog';
import { isCcpc, mayChangeStatus, useMe } from '../../../lib/auth/me';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { useMeasure, useMeasureParts } from '../api/get-measure';
import { ActionsPart, DependenciesPart, IndicatorsPart, NeedsPart, RisksPart } from './MeasureParts';
import { HistoryPart, TimelinePart } from './MeasureTimeline';

/** Everything about one measure: who is responsible, what is being done, what it needs and risks, and its story. */
export function MeasurePage({ id }: { id: number }) {
  const measure = useMeasure(id);
  return <QueryState query={measure}>{(data) => <MeasureDetail measure={data} />}</QueryState>;
}

function MeasureDetail({ measure }: { measure: NonNullable<ReturnType<typeof useMeasure>['data']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const parts = useMeasureParts(measure.id, isCcpc(me.data));
  const [changing, setChanging] = useState(false);
  const title = localized(measure.title, format.language);
  return (
    <article className="measure-page">
      <PageTitle text={`${measure.code} ${title}`}><Code>{measure.code}</Code> {title}</PageTitle>
      <p className="lead-line">
        <StatusBadge status={measure.status} /> <ProgressBar value={measure.progress} label={t('measure.progress')} />
        {mayChangeStatus(me.data, measure.workingGroupId) ? (
          <button type="button" onClick={() => setChanging(true)}>{t('measure.changeStatus')}</button>
        ) : null}
      </p>
      {changing ? <StatusDialog measure={{ ...measure, version: measure.tracking.version }} onClose={() => setChanging(false)} /> : null}
      {measure.description ? <p>{localized(measure.description, format.language)}</p> : null}
      <Details items={[
        [t('measure.pillar'), <><Code>{measure.pillar.code}</Code> {localized(measure.pillar.name, format.language)}</>],
        [t('measure.type'), t(`measureType.${measure.type}`)],
        [t('measure.phase'), t(`phase.${measure.phase}`)],
        [t('measure.priority'), t(`priority.${measure.priority}`)],
        [t('measure.start'), format.date(measure.startDate)],
        [t('measure.due'), format.date(measure.dueDate)],
        [t('measure.visibility'), t(`visibility.${measure.visibility}`)],
        [t('measure.places'), format.list(measure.locations.map((place) => localized(place.name, format.language)))],
        [t('measure.updated'), t('measure.updatedBy', { who: measure.tracking.updatedBy, when: format.dateTime(measure.tracking.updatedAt) })],
      ]} />
      <section aria-labelledby="responsibilities-title">
        <h2 id="responsibilities-title">{t('measure.responsibilities')}</h2>
        <ul className="plain-list">
          {measure.responsibilities.map((r) => (
            <li key={`${r.stakeholder.id}-${r.role}`}>
              <Code>{r.stakeholder.abbreviation}</Code> {localized(r.stakeholder.name, format.language)} · {t(`role.${r.role}`)}
            </li>
          ))}
        </ul>
      </section>
      <ActionsPart query={parts.actions} />
      <DependenciesPart query={parts.dependencies} measureId={measure.id} />
      <NeedsPart query={parts.needs} />
      <RisksPart query={parts.risks} />
      <IndicatorsPart query={parts.indicators} />
      <TimelinePart query={parts.timeline} />
      {isCcpc(me.data) ? <HistoryPart query={parts.history} /> : null}
    </article>
  );
}
