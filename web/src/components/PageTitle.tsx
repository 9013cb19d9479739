import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The screen's heading, also given to the browser tab so that each screen can be told apart. */
export function PageTitle({ children, text }: { children?: ReactNode; text: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${text} · ${t('app.name')}`;
  }, [text, t]);
  return <h1>{children ?? text}</h1>;
}
