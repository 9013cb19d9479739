import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format/preferences';
import { PageTitle } from './PageTitle';

/** A register's title, its filters and how many items they leave. */
export function RegisterHead({ title, total, children }: { title: string; total?: number; children: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <PageTitle text={title} />
      <div className="toolbar" role="search">{children}</div>
      {total !== undefined ? <p className="muted" aria-live="polite">{t('common.count', { count: total, n: format.number(total) })}</p> : null}
    </>
  );
}

/** The way back from a detail view to its register. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return <p className="back"><a href={to} onClick={(event) => {
    event.preventDefault();
    window.history.length > 1 ? window.history.back() : window.location.assign(to);
  }}>{children}</a></p>;
}
