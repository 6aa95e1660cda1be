/**
 * The one shape of a benchmark figure (issue 16): every benchmark prints one JSON line per figure,
 *   {"bench":"compliance","name":"dashboard.organisation","n":21,"p50":212.4,"p95":240.1,"max":251.0,"unit":"ms",
 *    "target":300,"met":true,"reference":"live state query","referenceP50":3171.2,"ratio":0.067, …extra}
 * with the machine's cores and 1-minute load average, so a busy neighbour shows in the figures. `ratio` is this
 * figure's p50 over its reference's p50 (below 1: faster than the reference).
 * `--quick` (10× smaller organisations, fewer runs) is read here so every benchmark agrees on it.
 */
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";

/** `npm run bench -- --quick`: a 10× smaller workload and fewer runs, to check the benchmarks themselves in minutes. */
export const quick = process.argv.includes("--quick");

/** Scales a workload size: the full size, or a tenth of it with --quick. */
export function scaled(full: number): number {
  return quick ? Math.max(1, Math.round(full / 10)) : full;
}

/** Timed runs per figure: at least 20 warm runs (the rule), fewer with --quick. */
export function runsFor(full = 21): number {
  return quick ? Math.max(3, Math.ceil(full / 4)) : full;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The value at percentile p (nearest rank) of a list of timings. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export type Stats = { n: number; p50: number; p95: number; max: number };

export function stats(values: readonly number[]): Stats {
  return { n: values.length, p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), max: round(Math.max(...values)) };
}

/** One warm-up run, then `runs` timed runs of fn (milliseconds each) and the last result. */
export async function timed<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number[]; last: T }> {
  let last = await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    ms.push(performance.now() - t);
  }
  return { ms, last };
}

export type FigureOptions = {
  unit?: string;
  /** the target for p50 (or for the figure's own meaning, e.g. req/s with higherIsBetter) */
  target?: number;
  higherIsBetter?: boolean;
  /** the reference measured in the same run (the plain limit, the live query, a naive version…) */
  reference?: { name: string; values: readonly number[] };
  /** more references, each reported with its own ratio */
  references?: readonly { name: string; values: readonly number[] }[];
  extra?: Record<string, unknown>;
};

/** Prints one figure as a JSON line and returns it. */
export function figure(bench: string, name: string, values: readonly number[], options: FigureOptions = {}): Record<string, unknown> {
  const s = stats(values);
  const record: Record<string, unknown> = { bench, name, ...s, unit: options.unit ?? "ms" };
  if (options.target !== undefined) {
    record.target = options.target;
    record.met = options.higherIsBetter ? s.p50 >= options.target : s.p50 <= options.target;
  }
  const refs = [...(options.reference ? [options.reference] : []), ...(options.references ?? [])];
  refs.forEach((ref, i) => {
    const refP50 = round(percentile(ref.values, 50));
    const suffix = i === 0 ? "" : String(i + 1);
    record[`reference${suffix}`] = ref.name;
    record[`reference${suffix}P50`] = refP50;
    record[`ratio${suffix}`] = refP50 > 0 ? Math.round((s.p50 / refP50) * 1000) / 1000 : null;
  });
  Object.assign(record, options.extra ?? {}, { cores: cpus().length, loadAverage1m: round(loadavg()[0]!), quick });
  console.log(JSON.stringify(record));
  return record;
}
