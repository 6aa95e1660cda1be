import { describe, expect, it } from "vitest";
import { pathProgress, requiredCount } from "~/lib/paths/progress";

describe("the path completion rule", () => {
  it("opens a sequential path's steps one at a time, and counts a later step done out of order", () => {
    const p = pathProgress([true, false, true, false], "SEQUENTIAL", null);
    expect(p.states).toEqual(["done", "next", "done", "locked"]);
    expect(p).toMatchObject({ done: 2, required: 4, complete: false, next: 1 });
  });

  it("leaves every undone step of a free path open, the first one next", () => {
    expect(pathProgress([false, true, false], "FREE", null).states).toEqual(["next", "done", "open"]);
  });

  it("completes a path of N of M once N steps are done, whichever they are, and locks nothing then", () => {
    const p = pathProgress([false, true, false, true], "SEQUENTIAL", 2);
    expect(p.complete).toBe(true);
    expect(p.next).toBeNull();
    expect(p.states).toEqual(["open", "done", "open", "done"]);
    expect(pathProgress([false, true, false, false], "FREE", 2).complete).toBe(false);
  });

  it("needs every step when requiredSteps is null, and never completes an empty path", () => {
    expect(pathProgress([true, true, true], "SEQUENTIAL", null).complete).toBe(true);
    expect(pathProgress([true, true, false], "SEQUENTIAL", null).complete).toBe(false);
    expect(pathProgress([], "FREE", null)).toMatchObject({ complete: false, next: null, total: 0 });
  });

  it("caps N at the number of steps (a step removed after the rule was set) and asks at least one", () => {
    expect(requiredCount(3, 5)).toBe(3);
    expect(requiredCount(3, 0)).toBe(1);
    expect(pathProgress([true, true, true], "FREE", 5).complete).toBe(true);
  });
});
