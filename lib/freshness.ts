// How fresh figures read from a streaming replica are, and when a page says so (components/reports/freshness-note.tsx).

/** A replica's state as measured on it: its replay lag and the commit time its data reflects. */
export interface ReplicaLag {
  /** Seconds the replica's data is behind the primary: 0 when it has replayed all it received. */
  lagSeconds: number;
  /** The time the replica's data reflects (its last replayed commit's time, or the measurement's when caught up). */
  asOf: Date;
}

/** The replica row `SELECT … pg_last_xact_replay_timestamp() …` gives (server/db-freshness.ts). */
export interface ReplicaStatusRow {
  now: Date;
  caughtUp: boolean;
  lastReplayed: Date | null;
}

/**
 * The lag of one replica: nothing when it has replayed all it received (caughtUp); otherwise the time since its last
 * replayed commit. A replica behind that has replayed no commit since it started has an unknown age: it is treated
 * as behind by an infinite lag (the page says "as of an unknown time" rather than pretending it is fresh).
 */
export function lagOf(row: ReplicaStatusRow): ReplicaLag {
  if (row.caughtUp) return { lagSeconds: 0, asOf: row.now };
  if (!row.lastReplayed) return { lagSeconds: Number.POSITIVE_INFINITY, asOf: new Date(Number.NaN) };
  return { lagSeconds: Math.max(0, (row.now.getTime() - row.lastReplayed.getTime()) / 1000), asOf: row.lastReplayed };
}

/** The stalest of several replicas (a page's reads may go to any of them), or null with none. */
export function stalest(lags: readonly ReplicaLag[]): ReplicaLag | null {
  return lags.reduce<ReplicaLag | null>((worst, l) => (!worst || l.lagSeconds > worst.lagSeconds ? l : worst), null);
}

/** What the freshness note shows: nothing within the allowed lag, else the time and the whole seconds behind. */
export function freshnessToShow(lag: ReplicaLag | null, maxLagSeconds: number): { asOf: Date | null; secondsBehind: number | null } | null {
  if (!lag || lag.lagSeconds <= maxLagSeconds) return null;
  if (!Number.isFinite(lag.lagSeconds)) return { asOf: null, secondsBehind: null };
  return { asOf: lag.asOf, secondsBehind: Math.floor(lag.lagSeconds) };
}
