import { useTranslation } from 'react-i18next';
import type { Schemas } from '../lib/api/client';

export function StatusBadge({ status }: { status: Schemas['MeasureStatus'] }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
