import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ProblemError, type Schemas } from '../../../lib/api/client';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { assignAction } from '../api/working-groups';

type Props = { group: Schemas['WorkingGroup']; measures: Schemas['WorkspaceMeasure'][] };

/** The lead assigns an action under one of the group's measures to a member institution. */
export function AssignAction({ group, measures }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const blank = { measureId: '', assignee: '', titleEn: '', titleAr: '', dueDate: '' };
  const [form, setForm] = useState(blank);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<ProblemError>();
  const [done, setDone] = useState(false);
  const set = (field: keyof typeof blank) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    try {
      await assignAction({
        measureId: Number(form.measureId), assigneeStakeholderId: Number(form.assignee),
        title: { en: form.titleEn, ar: form.titleAr }, ...(form.dueDate ? { dueDate: form.dueDate } : {}),
      }, key);
      setForm(blank);
      setKey(crypto.randomUUID());
      setDone(true);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    } catch (caught) {
      setProblem(caught instanceof ProblemError ? caught : ProblemError.of(String(caught)));
    }
  };
  const violation = (field: string) => problem?.problem.violations?.find((v) => v.field.startsWith(field))?.message;

  return (
    <section aria-labelledby="assign-title" className="panel">
      <h2 id="assign-title">{t('assign.title')}</h2>
      <form onSubmit={submit} className="form form-grid">
        {problem ? <ProblemAlert error={problem} beside={['assigneeStakeholderId', 'title']} /> : null}
        {done ? <p role="status" className="success">{t('assign.done')}</p> : null}
        <label>
          <span>{t('assign.measure')}</span>
          <select required value={form.measureId} onChange={set('measureId')}>
            <option value="" />
            {measures.map((m) => <option key={m.id} value={m.id}>{m.code} · {localized(m.title, format.language)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('assign.assignee')}</span>
          <select required value={form.assignee} onChange={set('assignee')}>
            <option value="" />
            {[group.lead, ...group.members].filter((s, i, all) => all.findIndex((o) => o.id === s.id) === i).map((s) => (
              <option key={s.id} value={s.id}>{s.abbreviation} · {localized(s.name, format.language)}</option>
            ))}
          </select>
          {violation('assigneeStakeholderId') ? <small className="error">{violation('assigneeStakeholderId')}</small> : null}
        </label>
        <label>
          <span>{t('assign.titleAr')}</span>
          <input required lang="ar" dir="rtl" value={form.titleAr} onChange={set('titleAr')} />
        </label>
        <label>
          <span>{t('assign.titleEn')}</span>
          <input required lang="en" dir="ltr" value={form.titleEn} onChange={set('titleEn')} />
          {violation('title') ? <small className="error">{violation('title')}</small> : null}
        </label>
        <label>
          <span>{t('assign.due')}</span>
          <input type="date" value={form.dueDate} onChange={set('dueDate')} />
        </label>
        <div className="actions"><button type="submit" className="primary">{t('assign.submit')}</button></div>
      </form>
    </section>
  );
}
