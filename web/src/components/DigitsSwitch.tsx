import { useTranslation } from 'react-i18next';
import { usePreferences } from '../lib/format/preferences';

/** In Arabic, readers choose Arabic-Indic (١٢٣) or Western (123) digits; English always uses Western digits. */
export function DigitsSwitch() {
  const { t, i18n } = useTranslation();
  const { digits, setDigits } = usePreferences();
  if (i18n.language !== 'ar') {
    return null;
  }
  return (
    <label className="filter digits">
      <span>{t('digits.label')}</span>
      <select value={digits} onChange={(event) => setDigits(event.target.value === 'latn' ? 'latn' : 'arab')}>
        <option value="arab">{t('digits.arab')}</option>
        <option value="latn">{t('digits.latn')}</option>
      </select>
    </label>
  );
}
