import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../lib/api/client';
import { ApiWords, useProblemText } from './ProblemAlert';

type Props<T> = { query: { data?: T; error: Error | null; isPending: boolean }; children: (data: T) => ReactNode };

/** Loading and error states said the same way on every screen, in the reader's language (useProblemText). */
export function QueryState<T>({ query, children }: Props<T>) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  if (query.error) {
    const say = problemText(query.error instanceof ProblemError ? query.error : ProblemError.of(query.error.message));
    return <p role="alert" className="error">{say.busy ? say.text : t('common.error', { message: say.text })}<ApiWords english={say.english} /></p>;
  }
  if (query.isPending || query.data === undefined) {
    return <p role="status" className="muted">{t('common.loading')}</p>;
  }
  return <>{children(query.data)}</>;
}
