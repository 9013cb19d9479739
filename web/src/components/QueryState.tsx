import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props<T> = { query: { data?: T; error: Error | null; isPending: boolean }; children: (data: T) => ReactNode };

/** Loading and error states said the same way on every screen; the API's own problem detail is shown. */
export function QueryState<T>({ query, children }: Props<T>) {
  const { t } = useTranslation();
  if (query.error) {
    return <p role="alert" className="error">{t('common.error', { message: query.error.message })}</p>;
  }
  if (query.isPending || query.data === undefined) {
    return <p role="status" className="muted">{t('common.loading')}</p>;
  }
  return <>{children(query.data)}</>;
}
