import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized, type Language } from '../../../lib/i18nText';
import { getMeasures, type Measure } from '../api/get-measures';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; items: Measure[]; total: number };

export function MeasureList() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    getMeasures()
      .then((page) => setState({ status: 'ready', ...page }))
      .catch((error: Error) => setState({ status: 'error', message: error.message }));
  }, []);

  if (state.status === 'loading') {
    return <p role="status">{t('measures.loading')}</p>;
  }
  if (state.status === 'error') {
    return <p role="alert">{t('measures.error', { message: state.message })}</p>;
  }
  return (
    <section aria-labelledby="measures-title">
      <h1 id="measures-title">{t('measures.title')}</h1>
      <p>{t('measures.count', { count: state.total })}</p>
      {state.items.length === 0 ? <p>{t('measures.empty')}</p> : (
        <table className="measures">
          <thead>
            <tr>
              <th scope="col">{t('measures.code')}</th>
              <th scope="col">{t('measures.measure')}</th>
              <th scope="col">{t('measures.lead')}</th>
              <th scope="col">{t('measures.status')}</th>
              <th scope="col">{t('measures.progress')}</th>
              <th scope="col">{t('measures.due')}</th>
            </tr>
          </thead>
          <tbody>
            {state.items.map((measure) => (
              <tr key={measure.id}>
                {/* codes and acronyms stay left-to-right inside Arabic text */}
                <td className="code"><bdi dir="ltr">{measure.code}</bdi></td>
                <td>{localized(measure.title, language)}</td>
                <td><bdi>{measure.lead?.abbreviation}</bdi></td>
                <td>{t(`status.${measure.status}`)}</td>
                <td>
                  <progress max={100} value={measure.progress} aria-label={`${measure.code} ${t('measures.progress')}`} />
                  <span className="progress-value">{new Intl.NumberFormat(language).format(measure.progress)}%</span>
                </td>
                <td>{measure.dueDate ? new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(measure.dueDate)) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
