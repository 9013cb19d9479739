import { useFormat } from '../lib/format/preferences';

/** A progress bar with its figure beside it; the label names what progresses, for screen readers. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const format = useFormat();
  return (
    <span className="progress">
      <progress max={100} value={value} aria-label={label} />
      <span className="progress-value">{format.percent(value)}</span>
    </span>
  );
}
