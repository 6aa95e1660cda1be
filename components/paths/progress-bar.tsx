/** "2 of 4 steps" as a bar; the label is the visible text too, so screen readers and eyes read the same thing. */
export function PathProgressBar({ done, required, label }: { done: number; required: number; label: string }) {
  const pct = required > 0 ? Math.min(100, Math.round((100 * done) / required)) : 0;
  return (
    <div>
      <p className="text-sm text-slate-700">{label}</p>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={required} aria-valuenow={Math.min(done, required)} className="mt-1 h-2 w-full max-w-md rounded-full bg-slate-100">
        <div className="h-2 rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
