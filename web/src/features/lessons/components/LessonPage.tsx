import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { Details } from '../../../components/Details';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { BackLink } from '../../../components/RegisterHead';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { Link } from '../../../lib/router/router';
import { useLesson } from '../api/lessons';

export function LessonPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lesson = useLesson(id);
  return (
    <article>
      <BackLink to="/lessons">{t('lessons.back')}</BackLink>
      <QueryState query={lesson}>
        {(l) => (
          <>
            <PageTitle text={localized(l.title, format.language)} />
            <p className="prose">{localized(l.body, format.language)}</p>
            <Details items={[
              [t('lessons.kind'), t(`lessonKind.${l.kind}`)],
              [t('lessons.status'), t(`lessonStatus.${l.status}`)],
              [t('lessons.author'), <bdi>{l.author}</bdi>],
              [t('lessons.measures'), l.measures.length ? <>{l.measures.map((m) => <Link key={m.id} to={`/measures/${m.id}`} className="tag"><Code>{m.code}</Code></Link>)}</> : null],
              [t('lessons.pillars'), format.list(l.pillars.map((p) => localized(p.name, format.language)))],
              [t('lessons.places'), format.list(l.locations.map((p) => localized(p.name, format.language)))],
              [t('lessons.updated'), format.dateTime(l.tracking.updatedAt)],
            ]} />
          </>
        )}
      </QueryState>
    </article>
  );
}
