/**
 * A symbol for the eye, a phrase for screen readers. The phrase is the button's content (not an aria-label), so
 * the accessible name and the visible text cannot disagree (axe: label-content-name-mismatch).
 */
export function IconLabel({ symbol, label }: { symbol: string; label: string }) {
  return (
    <>
      <span aria-hidden>{symbol}</span>
      <span className="sr-only">{label}</span>
    </>
  );
}
