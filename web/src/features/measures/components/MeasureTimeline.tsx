import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import { Code } from '../../../components/Code';
import type { Schemas } from '../../../lib/api/client';
import { useFormat } from '../../../lib/format/preferences';
import { PartSection } from './MeasureParts';

/** Status updates with their notes: the measure's story as the people who moved it told it. */
export function TimelinePart({ query }: { query: UseQueryResult<Schemas['StatusUpdate'][]> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <PartSection id="timeline" title={t('measure.timeline')} query={query}>
      {(updates) => (
        <ol className="timeline">
          {updates.map((update) => (
            <li key={update.id}>
              <p>
                <strong>{update.fromStatus ? `${t(`status.${update.fromStatus}`)} ${format.arrow} ` : ''}{t(`status.${update.toStatus}`)}</strong>
                {' · '}{format.percent(update.toProgress)}
              </p>
              <p>{update.note}</p>
              <p className="muted small"><bdi>{update.actor}</bdi> · {format.dateTime(update.at)}</p>
            </li>
          ))}
        </ol>
      )}
    </PartSection>
  );
}

/** Every recorded change, field by field (who, when, what): read by the CCPC only, as the API allows. */
export function HistoryPart({ query }: { query: UseQueryResult<Schemas['AuditEvent'][]> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <PartSection id="history" title={t('measure.history')} query={query}>
      {(events) => (
        <table>
          <thead><tr><th scope="col">{t('history.when')}</th><th scope="col">{t('history.who')}</th><th scope="col">{t('history.what')}</th><th scope="col">{t('history.fields')}</th></tr></thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>{format.dateTime(event.at)}</td>
                <td><bdi>{event.actor}</bdi></td>
                <td>{t(`history.action.${event.action}`)}</td>
                <td>{(event.changedFields ?? []).map((field) => <Code key={field}>{field}</Code>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PartSection>
  );
}
