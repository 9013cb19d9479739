import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchFilter, SelectFilter } from '../../../components/Filters';
import { QueryState } from '../../../components/QueryState';
import { RegisterHead } from '../../../components/RegisterHead';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { Link } from '../../../lib/router/router';
import { useLessons, type LessonFilters } from '../api/lessons';
import type { Schemas } from '../../../lib/api/client';

const KINDS: Schemas['LessonKind'][] = ['LESSON', 'GOOD_PRACTICE'];
const STATUSES: Schemas['LessonStatus'][] = ['DRAFT', 'SUBMITTED', 'PUBLISHED'];

/** Good practices and lessons learned from the pilots; readers see the published ones, authors their drafts too. */
export function LessonsPage({ roadmapId }: { roadmapId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [filters, setFilters] = useState<LessonFilters>({ q: '', kind: '', status: '' });
  const lessons = useLessons(roadmapId, filters);
  return (
    <section>
      <RegisterHead title={t('lessons.title')} total={lessons.data?.total}>
        <SearchFilter value={filters.q} onChange={(q) => setFilters({ ...filters, q })} />
        <SelectFilter label={t('lessons.kind')} value={filters.kind} options={KINDS.map((k) => [k, t(`lessonKind.${k}`)])}
                      onChange={(kind) => setFilters({ ...filters, kind })} />
        <SelectFilter label={t('lessons.status')} value={filters.status} options={STATUSES.map((k) => [k, t(`lessonStatus.${k}`)])}
                      onChange={(status) => setFilters({ ...filters, status })} />
      </RegisterHead>
      <QueryState query={lessons}>
        {(page) => (
          <table>
            <thead><tr><th scope="col">{t('lessons.lesson')}</th><th scope="col">{t('lessons.kind')}</th><th scope="col">{t('lessons.status')}</th><th scope="col">{t('lessons.updated')}</th></tr></thead>
            <tbody>
              {page.items.map((lesson) => (
                <tr key={lesson.id}>
                  <td><Link to={`/lessons/${lesson.id}`}>{localized(lesson.title, format.language)}</Link></td>
                  <td>{t(`lessonKind.${lesson.kind}`)}</td>
                  <td>{t(`lessonStatus.${lesson.status}`)}</td>
                  <td>{format.date(lesson.tracking.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}
