import { forEachIndicator, itemWindows, periodFact, quarterWithinTolerance } from "../../src/core/tracking";
import { PlanBuilder } from "./plan-builder";

function tracked() {
  return PlanBuilder.tracked()
    .sec("I")
    .item("1", { deadline: "Har chorakda", plan: 40, facts: [10, 8, 12, 30] })
    .extra({ plan: 100, facts: [null, 50, null, null] }) // period target by II: 50, reached
    .item("2", { deadline: "I – II chorak", plan: 10, facts: [3, 6] })
    .item("3", { deadline: "xyz", plan: 5 })
    .build();
}

describe("tracking numbers", () => {
  test("periodFact sums only the windows ended by R", () => {
    const p = tracked();
    const [every, range] = [p.items[0], p.items[1]];
    expect(periodFact(every.indicators[0], itemWindows(every), 2)).toBe(18);
    expect(periodFact(every.indicators[0], itemWindows(every), 4)).toBe(60);
    expect(periodFact(range.indicators[0], itemWindows(range), 1)).toBe(0);
    expect(periodFact(range.indicators[0], itemWindows(range), 2)).toBe(9);
  });

  test("an item whose deadline does not parse has no windows", () => {
    expect(itemWindows(tracked().items[2])).toEqual([]);
  });

  test("quarterWithinTolerance compares the facts of the window up to q with its share of the plan", () => {
    const p = tracked();
    const every = p.items[0];
    const w = itemWindows(every);
    // target per quarter 10: 8 is within 20% of it, not within 10%
    expect(quarterWithinTolerance(every.indicators[0], w, 2, 0.2)).toBe(true);
    expect(quarterWithinTolerance(every.indicators[0], w, 2, 0.1)).toBe(false);
    const range = p.items[1];
    // one window I–II with target 10: 3 by quarter I, 9 by quarter II
    expect(quarterWithinTolerance(range.indicators[0], itemWindows(range), 1, 0.1)).toBe(false);
    expect(quarterWithinTolerance(range.indicators[0], itemWindows(range), 2, 0.1)).toBe(true);
    expect(quarterWithinTolerance(range.indicators[0], itemWindows(range), 3, 0.5)).toBe(false);
  });

  test("forEachIndicator visits every indicator in plan order with its index and windows", () => {
    const seen: string[] = [];
    forEachIndicator(tracked(), 2, 0.1, (item, _ind, k, progress, windows) =>
      seen.push(`${item.number}/${k}/${windows.length}/${progress.period}`)
    );
    expect(seen).toEqual(["1/0/4/partial", "1/1/4/done", "2/0/1/partial", "3/0/0/not_scheduled"]);
  });
});
