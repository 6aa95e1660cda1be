import { describe, expect, it } from "vitest";
import { drawAttempt, quizWindow, type PoolQuestion } from "~/server/courses/quiz-rules";
import { gradeQuiz } from "~/server/courses/grading";

const pool: PoolQuestion[] = Array.from({ length: 15 }, (_, i) => ({ id: `q${i + 1}`, optionIds: [`q${i + 1}a`, `q${i + 1}b`, `q${i + 1}c`, `q${i + 1}d`] }));

describe("drawing an attempt from a pool", () => {
  it("every draw is N distinct questions of the pool, with each drawn question's options and no others", () => {
    for (let seed = 0; seed < 300; seed++) {
      const draw = drawAttempt(pool, { count: 5, shuffle: true }, `seed-${seed}`);
      expect(draw.questionIds).toHaveLength(5);
      expect(new Set(draw.questionIds).size).toBe(5);
      for (const id of draw.questionIds) expect(pool.some((q) => q.id === id)).toBe(true);
      const expected = pool.filter((q) => draw.questionIds.includes(q.id)).flatMap((q) => q.optionIds);
      expect([...draw.optionIds].sort()).toEqual([...expected].sort());
      // Options stay grouped under their question, in the question's order.
      expect(draw.optionIds.map((o) => o.slice(0, -1))).toEqual(draw.questionIds.flatMap((q) => [q, q, q, q]));
    }
  });

  it("is the same for the same seed and differs between seeds", () => {
    const a = drawAttempt(pool, { count: 5, shuffle: true }, "attempt-1");
    expect(drawAttempt(pool, { count: 5, shuffle: true }, "attempt-1")).toEqual(a);
    const others = Array.from({ length: 20 }, (_, i) => drawAttempt(pool, { count: 5, shuffle: true }, `attempt-${i + 2}`).questionIds.join());
    expect(others.filter((o) => o === a.questionIds.join()).length).toBeLessThan(2);
  });

  it("reaches every question of the pool over many attempts, and shuffles options", () => {
    const seen = new Set<string>();
    let optionsMoved = false;
    for (let seed = 0; seed < 200; seed++) {
      const draw = drawAttempt(pool, { count: 5, shuffle: true }, String(seed));
      draw.questionIds.forEach((id) => seen.add(id));
      if (draw.optionIds.slice(0, 4).some((o, i) => !o.endsWith("abcd"[i]!))) optionsMoved = true;
    }
    expect(seen.size).toBe(15);
    expect(optionsMoved).toBe(true);
  });

  it("without shuffling keeps the pool's order for questions and options; no count draws the whole pool", () => {
    const draw = drawAttempt(pool, { count: 4, shuffle: false }, "x");
    expect(draw.questionIds).toEqual([...draw.questionIds].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
    expect(draw.optionIds.slice(0, 4)).toEqual(pool.find((q) => q.id === draw.questionIds[0])!.optionIds);
    expect(drawAttempt(pool, { count: null, shuffle: false }, "x").questionIds).toEqual(pool.map((q) => q.id));
    expect(drawAttempt(pool, { count: 40, shuffle: true }, "x").questionIds).toHaveLength(15);
  });

  it("grading a drawn attempt uses exactly the drawn questions: an answer to a question not drawn is refused", () => {
    const graded = pool.map((q) => ({ id: q.id, kind: "SINGLE" as const, options: q.optionIds.map((o, i) => ({ id: o, correct: i === 0 })) }));
    const draw = drawAttempt(pool, { count: 5, shuffle: true }, "grade");
    const shown = draw.questionIds.map((id) => graded.find((q) => q.id === id)!);
    const right = shown.map((q) => ({ questionId: q.id, optionIds: [q.options[0]!.id] }));
    const grade = gradeQuiz(shown, [...right.slice(0, 4), { questionId: shown[4]!.id, optionIds: [shown[4]!.options[1]!.id] }], 80);
    expect(grade).toMatchObject({ questionCount: 5, correctCount: 4, score: 80, passed: true });
    const notDrawn = pool.find((q) => !draw.questionIds.includes(q.id))!;
    expect(() => gradeQuiz(shown, [...right.slice(0, 4), { questionId: notDrawn.id, optionIds: [notDrawn.optionIds[0]!] }], 80)).toThrow(/not in this quiz/);
  });
});

const H = 3_600_000;
const at = (h: number) => new Date(Date.UTC(2026, 2, 2, 9) + h * H);
const tried = (...hours: number[]) => hours.map((h) => ({ submittedAt: at(h) }));

describe("whether a learner may start an attempt", () => {
  const rules = { attempts: 3, waitHours: 24 };

  it("counts attempts down, then waits 24 hours from the last one, then opens a fresh set", () => {
    expect(quizWindow(rules, [], [], at(0))).toEqual({ state: "open", attemptsLeft: 3 });
    expect(quizWindow(rules, tried(0), [], at(1))).toEqual({ state: "open", attemptsLeft: 2 });
    expect(quizWindow(rules, tried(0, 1, 2), [], at(3))).toEqual({ state: "waiting", attemptsLeft: 0, opensAt: at(26) });
    expect(quizWindow(rules, tried(0, 1, 2), [], at(25.99))).toMatchObject({ state: "waiting" });
    expect(quizWindow(rules, tried(0, 1, 2), [], at(26))).toEqual({ state: "open", attemptsLeft: 3 });
    expect(quizWindow(rules, tried(0, 1, 2, 30, 31, 32), [], at(40))).toEqual({ state: "waiting", attemptsLeft: 0, opensAt: at(56) });
  });

  it("without a waiting time stays closed until L&D grants an attempt; a grant opens one at once, also while waiting", () => {
    const noWait = { attempts: 2, waitHours: null };
    expect(quizWindow(noWait, tried(0, 1), [], at(1000))).toEqual({ state: "closed", attemptsLeft: 0 });
    expect(quizWindow(noWait, tried(0, 1), [{ grantedAt: at(5) }], at(6))).toEqual({ state: "open", attemptsLeft: 1 });
    // The granted attempt used and failed: closed again.
    expect(quizWindow(noWait, tried(0, 1, 7), [{ grantedAt: at(5) }], at(8))).toEqual({ state: "closed", attemptsLeft: 0 });
    expect(quizWindow(rules, tried(0, 1, 2), [{ grantedAt: at(4) }], at(5))).toEqual({ state: "open", attemptsLeft: 1 });
    // After the granted attempt fails the learner waits 24 hours from it.
    expect(quizWindow(rules, tried(0, 1, 2, 6), [{ grantedAt: at(4) }], at(7))).toEqual({ state: "waiting", attemptsLeft: 0, opensAt: at(30) });
  });

  it("unlimited attempts are always open", () => {
    expect(quizWindow({ attempts: null, waitHours: 24 }, tried(...Array.from({ length: 50 }, (_, i) => i)), [], at(51))).toEqual({ state: "open", attemptsLeft: null });
  });
});
