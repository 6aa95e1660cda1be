import { describe, expect, it } from "vitest";
import { freshnessToShow, lagOf, stalest } from "~/lib/freshness";

const now = new Date("2026-12-07T10:42:19Z");

describe("a replica's lag", () => {
  it("is nothing when the replica has replayed everything it received, however old its last commit", () => {
    expect(lagOf({ now, caughtUp: true, lastReplayed: new Date("2026-12-07T09:00:00Z") })).toEqual({ lagSeconds: 0, asOf: now });
  });

  it("is the time since its last replayed commit when it is behind, and its figures are as of that commit", () => {
    const lastReplayed = new Date("2026-12-07T10:42:07.250Z");
    expect(lagOf({ now, caughtUp: false, lastReplayed })).toEqual({ lagSeconds: 11.75, asOf: lastReplayed });
  });

  it("is unknown (infinite) when it is behind and has replayed no commit yet", () => {
    expect(lagOf({ now, caughtUp: false, lastReplayed: null }).lagSeconds).toBe(Number.POSITIVE_INFINITY);
  });

  it("of several replicas is the stalest one's", () => {
    const a = { lagSeconds: 2, asOf: now };
    const b = { lagSeconds: 30, asOf: new Date("2026-12-07T10:41:49Z") };
    expect(stalest([a, b, a])).toBe(b);
    expect(stalest([])).toBeNull();
  });
});

describe("the freshness note", () => {
  const behind = { lagSeconds: 12.4, asOf: new Date("2026-12-07T10:42:07Z") };

  it("is not shown without a replica or within the allowed lag", () => {
    expect(freshnessToShow(null, 5)).toBeNull();
    expect(freshnessToShow({ lagSeconds: 0, asOf: now }, 5)).toBeNull();
    expect(freshnessToShow({ lagSeconds: 5, asOf: now }, 5)).toBeNull();
  });

  it("says the time the figures are as of and the whole seconds behind once the lag exceeds the setting", () => {
    expect(freshnessToShow(behind, 5)).toEqual({ asOf: behind.asOf, secondsBehind: 12 });
    expect(freshnessToShow(behind, 20)).toBeNull();
    expect(freshnessToShow({ lagSeconds: 1.2, asOf: now }, 1)).toEqual({ asOf: now, secondsBehind: 1 });
  });

  it("says the time is unknown when the replica's age cannot be measured", () => {
    expect(freshnessToShow({ lagSeconds: Number.POSITIVE_INFINITY, asOf: new Date(Number.NaN) }, 5)).toEqual({ asOf: null, secondsBehind: null });
  });
});
