import { useTranslation } from 'react-i18next';
import type { Problem, ProblemError } from '../lib/api/client';

const PROBLEM_BASE = 'https://kharita.iq/problems/';

/** The kinds of problem the screens tell apart; the API's type URIs end in these (ProblemType). */
const KINDS = ['validation', 'unauthorized', 'forbidden', 'not-found', 'conflict', 'stale-version', 'too-many-requests', 'service-unavailable'] as const;
type Kind = (typeof KINDS)[number] | 'other';

/** For answers with no Kharita type (a proxy's, a test's about:blank). */
const BY_STATUS: Record<number, Kind> = {
  400: 'validation', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 412: 'stale-version', 429: 'too-many-requests', 503: 'service-unavailable',
};

/** Answers that say "not now" rather than "wrong": trying again is all there is to do, so the API's words add nothing. */
const BUSY = ['too-many-requests', 'service-unavailable'] as const;
const isBusy = (kind: Kind): kind is (typeof BUSY)[number] => (BUSY as readonly string[]).includes(kind);

export function problemKind(problem: Problem): Kind {
  const slug = problem.type.startsWith(PROBLEM_BASE) ? problem.type.slice(PROBLEM_BASE.length) : '';
  return (KINDS as readonly string[]).includes(slug) ? (slug as Kind) : (BY_STATUS[problem.status] ?? 'other');
}

/**
 * A problem said in the reader's language. The API's detail is English: an English reader gets it as it is (it is the
 * most specific), anyone else the kind of problem in their language with the detail after it, marked as English;
 * field messages come translated from the API (Accept-Language), so for invalid fields the detail adds nothing.
 */
export function useProblemText(): (error: ProblemError) => { text: string; english?: string; busy: boolean } {
  const { t, i18n } = useTranslation();
  return (error) => {
    const kind = problemKind(error.problem);
    const detail = error.problem.detail ?? error.problem.title;
    if (isBusy(kind)) {
      return { text: t('problems.busy'), busy: true };
    }
    if (i18n.language === 'en') {
      return { text: detail, busy: false };
    }
    return { text: t(`problems.${kind}`), english: kind === 'validation' ? undefined : detail, busy: false };
  };
}

/** The API's English detail after a translated sentence, marked so that it is read out and laid out as English. */
export function ApiWords({ english }: { english?: string }) {
  return english ? <> <span lang="en" dir="ltr">({english})</span></> : null;
}

/** Whether a violation's field (title.ar, workingGroups[0]) is one of these or inside one. */
const within = (field: string, fields: string[]) => fields.some((f) => field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`));

/**
 * The alert above a form whose save was refused. `beside` names the fields whose messages the form shows next to their
 * inputs; any other invalid field is listed here, so that no message is lost.
 */
export function ProblemAlert({ error, beside = [] }: { error: ProblemError; beside?: string[] }) {
  const say = useProblemText()(error);
  const elsewhere = (error.problem.violations ?? []).filter((v) => !within(v.field, beside));
  return (
    <div role="alert" className="error">
      <p>{say.text}<ApiWords english={say.english} /></p>
      {elsewhere.length > 0 ? (
        <ul>{elsewhere.map((v) => <li key={v.field}><code>{v.field}</code>: {v.message}</li>)}</ul>
      ) : null}
    </div>
  );
}
