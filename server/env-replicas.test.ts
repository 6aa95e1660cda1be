import { afterEach, describe, expect, it } from "vitest";
import { parseEnv, replicaDatabaseUrls } from "~/server/env";
import { setTestEnv } from "~/tests/env";

const base = { DATABASE_URL: "postgresql://pathway@127.0.0.1:54329/pathway" };

describe("read replicas in the environment", () => {
  const restore: (() => void)[] = [];
  const set = (value: string | undefined) => restore.push(setTestEnv({ DATABASE_REPLICA_URLS: value }));
  afterEach(() => {
    while (restore.length) restore.pop()!();
  });

  it("are none by default, and the freshness note's lag limit is 5 seconds", () => {
    const env = parseEnv(base);
    expect(env.DATABASE_REPLICA_URLS).toEqual([]);
    expect(env.REPLICA_MAX_LAG_SECONDS).toBe(5);
  });

  it("are read as a comma-separated list of postgresql:// URLs, blanks ignored", () => {
    const env = parseEnv({ ...base, DATABASE_REPLICA_URLS: " postgresql://r1.internal/pathway , ,postgres://r2.internal:6432/pathway ", REPLICA_MAX_LAG_SECONDS: "1.5" });
    expect(env.DATABASE_REPLICA_URLS).toEqual(["postgresql://r1.internal/pathway", "postgres://r2.internal:6432/pathway"]);
    expect(env.REPLICA_MAX_LAG_SECONDS).toBe(1.5);
  });

  it("refuse an entry that is not a postgresql:// URL, naming its position and not its value", () => {
    expect(() => parseEnv({ ...base, DATABASE_REPLICA_URLS: "postgresql://r1/pathway,mysql://secret@r2/db" })).toThrow(/DATABASE_REPLICA_URLS: entry 2 must be a postgresql:\/\/ URL/);
    expect(() => parseEnv({ ...base, DATABASE_REPLICA_URLS: "mysql://secret@r2/db" })).not.toThrow(/secret/);
    expect(() => parseEnv({ ...base, REPLICA_MAX_LAG_SECONDS: "0" })).toThrow(/REPLICA_MAX_LAG_SECONDS/);
  });

  it("are read afresh from the process environment for the database clients", () => {
    set(undefined);
    expect(replicaDatabaseUrls()).toEqual([]);
    set("postgresql://r1.internal/pathway");
    expect(replicaDatabaseUrls()).toEqual(["postgresql://r1.internal/pathway"]);
    set("not a url");
    expect(() => replicaDatabaseUrls()).toThrow("DATABASE_REPLICA_URLS: entry 1 must be a postgresql:// URL");
  });
});
