/**
 * A change someone else saved while this person was editing: what it is now and by whom. Nothing typed is lost;
 * the person applies their change to the latest version knowingly, or not at all.
 */
export function ConflictNotice({ title, detail, useLatest, onUseLatest }: { title: string; detail: string; useLatest: string; onUseLatest: () => void }) {
  return (
    <div role="alert" className="conflict">
      <strong>{title}</strong>
      <p>{detail}</p>
      <button type="button" onClick={onUseLatest}>{useLatest}</button>
    </div>
  );
}
