import { useTranslation } from 'react-i18next';

type SelectProps = { label: string; value: string; options: [string, string][]; onChange: (value: string) => void };

/** A labelled select whose first option means "no filter". */
export function SelectFilter({ label, value, options, onChange }: SelectProps) {
  const { t } = useTranslation();
  return (
    <label className="filter">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('common.all')}</option>
        {options.map(([key, text]) => <option key={key} value={key}>{text}</option>)}
      </select>
    </label>
  );
}

export function SearchFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <label className="filter">
      <span>{t('common.search')}</span>
      <input type="search" value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}
