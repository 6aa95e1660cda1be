import "server-only";
// How fresh the figures read through `readDb` are: each replica's replay lag, measured on the replica itself.
import { lagOf, stalest, type ReplicaLag, type ReplicaStatusRow } from "~/lib/freshness";
import { replicaClients } from "~/server/db";

/**
 * The stalest configured replica's lag (`now() - pg_last_xact_replay_timestamp()`, 0 when it has replayed all the
 * WAL it received), or null when reads go to the primary (no DATABASE_REPLICA_URLS). A replica that does not answer
 * counts as infinitely behind: its page would fail anyway, and never claims to be fresh.
 */
export async function replicaLag(): Promise<ReplicaLag | null> {
  const replicas = replicaClients();
  if (replicas.length === 0) return null;
  const lags = await Promise.all(
    replicas.map((replica) => (async () => {
      const [row] = await replica.$queryRaw<ReplicaStatusRow[]>`
        SELECT now() AS "now",
               (NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn()) AS "caughtUp",
               pg_last_xact_replay_timestamp() AS "lastReplayed"`;
      return lagOf(row!);
    })().catch((): ReplicaLag => ({ lagSeconds: Number.POSITIVE_INFINITY, asOf: new Date(Number.NaN) }))),
  );
  return stalest(lags);
}
