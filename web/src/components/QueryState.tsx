import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../lib/api/client';

type Props<T> = { query: { data?: T; error: Error | null; isPending: boolean }; children: (data: T) => ReactNode };

/** Answers that say "not now" rather than "wrong": the API is busy (503 with Retry-After) or limits this caller (429). */
const BUSY = [429, 503];

/**
 * Loading and error states said the same way on every screen; the API's own problem detail is shown, except for a
 * busy API, which is said in the reader's language since trying again is all there is to do.
 */
export function QueryState<T>({ query, children }: Props<T>) {
  const { t } = useTranslation();
  if (query.error) {
    const busy = query.error instanceof ProblemError && BUSY.includes(query.error.problem.status);
    return <p role="alert" className="error">{busy ? t('common.busy') : t('common.error', { message: query.error.message })}</p>;
  }
  if (query.isPending || query.data === undefined) {
    return <p role="status" className="muted">{t('common.loading')}</p>;
  }
  return <>{children(query.data)}</>;
}
