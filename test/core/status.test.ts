import type { Fact, Quantity, Quarter, Status, Window } from "../../src/core/model";
import { parseDeadline } from "../../src/core/deadline";
import { indicatorProgress, STATUS_LABELS, statusFromLabel, worstStatus } from "../../src/core/status";

type FactIn = number | "✓" | "bad" | null;

function qty(v: number | null): Quantity {
  return { text: v === null ? "" : String(v), value: v, error: null };
}

function fact(f: FactIn): Fact | null {
  if (f === null) return null;
  if (f === "✓") return { kind: "mark", value: 1, text: "✓" };
  if (f === "bad") return { kind: "invalid", text: "ko'p", reason: "not_a_number" };
  return { kind: "number", value: f, text: String(f) };
}

function indicator(plan: number | null, facts: FactIn[], previous: number | null = null) {
  const f = [0, 1, 2, 3].map((i) => fact(facts[i] ?? null)) as [
    Fact | null,
    Fact | null,
    Fact | null,
    Fact | null,
  ];
  return { plan: qty(plan), previousFact: qty(previous), facts: f };
}

/** Statuses written short, by hand: D done, P partial, N not done, J jarayonda (in progress), M muddati kelmagan (not due), - not scheduled. */
const CODE: Record<string, Status> = {
  D: "done",
  P: "partial",
  N: "not_done",
  J: "in_progress",
  M: "not_due",
  "-": "not_scheduled",
};
function statuses(s: string): Status[] {
  return s.split(" ").map((c) => CODE[c]);
}

const EVERY: Window[] = [
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 4],
];
const HALVES: Window[] = [
  [1, 2],
  [3, 4],
];

describe("indicatorProgress: the worked examples of docs/domain.md §7", () => {
  test("1200 Nusxa, davomida, I 350, II 200, R=2", () => {
    const p = indicatorProgress(indicator(1200, [350, 200]), EVERY, 2, 0.1);
    expect(p.quarters).toEqual(["done", "partial", "not_due", "not_due"]);
    expect(p.period).toBe("partial");
    expect(p.withinTolerance).toBe(true);
    expect(p.behindPlan).toBe(false);
    expect(p.periodPercent).toBe(91.7);
    expect(p.annualPercent).toBe(45.8);
    expect(p.periodTarget).toBe(600);
    expect(p.annualTarget).toBe(1200);
    expect(p.factToDate).toBe(550);
    expect(p.quarterFact).toBe(200);
    expect(p.quantitative).toBe(true);
  });

  test("Tadbir, no quantity, II – III chorak, III ✓, R=2", () => {
    const p = indicatorProgress(indicator(null, [null, null, "✓"]), [[2, 3]], 2, 0.1);
    expect(p.quarters).toEqual(["not_scheduled", "in_progress", "not_due", "not_scheduled"]);
    expect(p.period).toBe("in_progress");
    expect(p.periodPercent).toBeNull();
    expect(p.annualPercent).toBeNull();
    expect(p.quantitative).toBe(false);
  });

  test("same, R=3", () => {
    const p = indicatorProgress(indicator(null, [null, null, "✓"]), [[2, 3]], 3, 0.1);
    expect(p.quarters).toEqual(["not_scheduled", "in_progress", "done", "not_scheduled"]);
    expect(p.period).toBe("done");
    expect(p.periodPercent).toBeNull();
    expect(p.annualPercent).toBeNull();
    expect(p.annualTarget).toBe(1);
    expect(p.factToDate).toBe(1);
  });

  test("2 Tadbir, ikki marotaba, I 1, R=1", () => {
    const p = indicatorProgress(indicator(2, [1]), HALVES, 1, 0.1);
    expect(p.quarters).toEqual(["done", "not_due", "not_due", "not_due"]);
    expect(p.period).toBe("done");
    expect(p.periodPercent).toBeNull();
    expect(p.periodTarget).toBe(0);
    expect(p.annualPercent).toBe(50);
  });

  test("1 Tadbir, IV chorak, no facts, R=2", () => {
    const p = indicatorProgress(indicator(1, []), [[4, 4]], 2, 0.1);
    expect(p.quarters).toEqual(["not_scheduled", "not_scheduled", "not_scheduled", "not_due"]);
    expect(p.period).toBe("not_due");
    expect(p.periodPercent).toBeNull();
    expect(p.annualPercent).toBe(0);
    expect(p.factToDate).toBe(0);
    expect(p.quarterFact).toBeNull();
    expect(p.behindPlan).toBe(false);
  });

  test("the windows used above are what the grammar gives", () => {
    const windows = (t: string) => {
      const p = parseDeadline(t, 2026);
      return p.ok ? p.schedule.windows : null;
    };
    expect(windows("davomida")).toEqual(EVERY);
    expect(windows("har chorakda")).toEqual(EVERY);
    expect(windows("har oyida")).toEqual(EVERY);
    expect(windows("ikki marotaba")).toEqual(HALVES);
    expect(windows("II – III chorak")).toEqual([[2, 3]]);
    expect(windows("III chorak")).toEqual([[3, 3]]);
    expect(windows("IV chorak")).toEqual([[4, 4]]);
    expect(windows("15-mart")).toEqual([[1, 1]]);
  });
});

/**
 * Deadline kind × facts × R, every expectation worked out by hand from the rules of docs/domain.md §7.
 * [case, plan, windows, facts, R, quarter columns, period, period %, annual %]
 */
type Row = [string, number | null, Window[], FactIn[], Quarter, string, string, number | null, number | null];
const TABLE: Row[] = [
  // quarterly (har chorakda), 400 → 100 a quarter
  ["quarterly, none", 400, EVERY, [], 1, "N M M M", "N", 0, 0],
  ["quarterly, none", 400, EVERY, [], 2, "N N M M", "N", 0, 0],
  ["quarterly, none", 400, EVERY, [], 3, "N N N M", "N", 0, 0],
  ["quarterly, none", 400, EVERY, [], 4, "N N N N", "N", 0, 0],
  ["quarterly, partial", 400, EVERY, [50, 100, 0, 120], 1, "P M M M", "P", 50, 12.5],
  ["quarterly, partial", 400, EVERY, [50, 100, 0, 120], 2, "P D M M", "P", 75, 37.5],
  ["quarterly, partial", 400, EVERY, [50, 100, 0, 120], 3, "P D N M", "P", 50, 37.5],
  ["quarterly, partial", 400, EVERY, [50, 100, 0, 120], 4, "P D N D", "P", 67.5, 67.5],
  ["quarterly, met", 400, EVERY, [100, 100, 100, 100], 1, "D M M M", "D", 100, 25],
  ["quarterly, met", 400, EVERY, [100, 100, 100, 100], 2, "D D M M", "D", 100, 50],
  ["quarterly, met", 400, EVERY, [100, 100, 100, 100], 3, "D D D M", "D", 100, 75],
  ["quarterly, met", 400, EVERY, [100, 100, 100, 100], 4, "D D D D", "D", 100, 100],
  // surplus of I does not help the II column; it does count in the period sum
  ["quarterly, over", 400, EVERY, [250], 1, "D M M M", "D", 250, 62.5],
  ["quarterly, over", 400, EVERY, [250], 2, "D N M M", "D", 125, 62.5],
  ["quarterly, over", 400, EVERY, [250], 3, "D N N M", "P", 83.3, 62.5],
  ["quarterly, over", 400, EVERY, [250], 4, "D N N N", "P", 62.5, 62.5],
  ["quarterly, invalid fact", 400, EVERY, ["bad", 100], 2, "N D M M", "P", 50, 25],
  // monthly (har oyida), tracked by done marks
  ["monthly, marks", null, EVERY, ["✓", "✓", null, "✓"], 1, "D M M M", "D", null, null],
  ["monthly, marks", null, EVERY, ["✓", "✓", null, "✓"], 2, "D D M M", "D", null, null],
  ["monthly, marks", null, EVERY, ["✓", "✓", null, "✓"], 3, "D D N M", "P", null, null],
  ["monthly, marks", null, EVERY, ["✓", "✓", null, "✓"], 4, "D D N D", "P", null, null],
  ["monthly, none", null, EVERY, [], 2, "N N M M", "N", null, null],
  ["monthly, 120", 120, EVERY, [30, 30, 30, 30], 3, "D D D M", "D", 100, 75],
  // twice a year (ikki marotaba), 10 → 5 a half
  ["twice, none", 10, HALVES, [], 1, "J M M M", "J", null, 0],
  ["twice, none", 10, HALVES, [], 2, "J N M M", "N", 0, 0],
  ["twice, none", 10, HALVES, [], 3, "J N J M", "N", 0, 0],
  ["twice, none", 10, HALVES, [], 4, "J N J N", "N", 0, 0],
  ["twice, partial", 10, HALVES, [2, 1, 4], 1, "J M M M", "J", null, 20],
  ["twice, partial", 10, HALVES, [2, 1, 4], 2, "J P M M", "P", 60, 30],
  ["twice, partial", 10, HALVES, [2, 1, 4], 3, "J P J M", "P", 60, 70],
  ["twice, partial", 10, HALVES, [2, 1, 4], 4, "J P J P", "P", 70, 70],
  ["twice, met", 10, HALVES, [5, null, 2, 3], 1, "D M M M", "D", null, 50],
  ["twice, met", 10, HALVES, [5, null, 2, 3], 2, "D D M M", "D", 100, 50],
  ["twice, met", 10, HALVES, [5, null, 2, 3], 3, "D D J M", "D", 100, 70],
  ["twice, met", 10, HALVES, [5, null, 2, 3], 4, "D D J D", "D", 100, 100],
  ["twice, over", 10, HALVES, [8, null, null, 3], 3, "D D J M", "D", 160, 80],
  ["twice, over", 10, HALVES, [8, null, null, 3], 4, "D D J P", "D", 110, 110],
  ["twice, marks", null, HALVES, [null, "✓", null, "✓"], 1, "J M M M", "J", null, null],
  ["twice, marks", null, HALVES, [null, "✓", null, "✓"], 2, "J D M M", "D", null, null],
  ["twice, marks", null, HALVES, [null, "✓", null, "✓"], 3, "J D J M", "D", null, null],
  ["twice, marks", null, HALVES, [null, "✓", null, "✓"], 4, "J D J D", "D", null, null],
  // a quarter range (II – III chorak), 6 in one window
  ["range, none", 6, [[2, 3]], [], 1, "- M M -", "M", null, 0],
  ["range, none", 6, [[2, 3]], [], 2, "- J M -", "J", null, 0],
  ["range, none", 6, [[2, 3]], [], 3, "- J N -", "N", 0, 0],
  ["range, none", 6, [[2, 3]], [], 4, "- J N -", "N", 0, 0],
  ["range, partial", 6, [[2, 3]], [null, 2, 1], 2, "- J M -", "J", null, 33.3],
  ["range, partial", 6, [[2, 3]], [null, 2, 1], 3, "- J P -", "P", 50, 50],
  ["range, partial", 6, [[2, 3]], [null, 2, 1], 4, "- J P -", "P", 50, 50],
  ["range, met", 6, [[2, 3]], [null, 6], 2, "- D M -", "D", null, 100],
  ["range, met", 6, [[2, 3]], [null, 6], 3, "- D D -", "D", 100, 100],
  // a fact in IV, outside the window: counts to date, not in the window
  ["range, over", 6, [[2, 3]], [null, null, 9, 5], 3, "- J D -", "D", 150, 150],
  ["range, over", 6, [[2, 3]], [null, null, 9, 5], 4, "- J D -", "D", 150, 233.3],
  ["range, marks", null, [[1, 2]], [null, "✓"], 1, "J M - -", "J", null, null],
  ["range, marks", null, [[1, 2]], [null, "✓"], 2, "J D - -", "D", null, null],
  // a single quarter (III chorak), 3
  ["quarter, none", 3, [[3, 3]], [], 1, "- - M -", "M", null, 0],
  ["quarter, none", 3, [[3, 3]], [], 2, "- - M -", "M", null, 0],
  ["quarter, none", 3, [[3, 3]], [], 3, "- - N -", "N", 0, 0],
  ["quarter, none", 3, [[3, 3]], [], 4, "- - N -", "N", 0, 0],
  ["quarter, partial", 3, [[3, 3]], [null, null, 2], 3, "- - P -", "P", 66.7, 66.7],
  ["quarter, met", 3, [[3, 3]], [null, null, 3], 3, "- - D -", "D", 100, 100],
  ["quarter, over", 3, [[3, 3]], [null, null, 5], 4, "- - D -", "D", 166.7, 166.7],
  // done early, in II: the window III has no fact of its own
  ["quarter, fact early", 3, [[3, 3]], [null, 3], 2, "- - M -", "M", null, 100],
  ["quarter, fact early", 3, [[3, 3]], [null, 3], 3, "- - N -", "N", 0, 100],
  ["quarter, marks", null, [[3, 3]], [null, null, "✓"], 4, "- - D -", "D", null, null],
  // a month (15-mart → I, 1-iyulgacha → III)
  ["month, none", null, [[1, 1]], [], 1, "N - - -", "N", null, null],
  ["month, none", null, [[1, 1]], [], 2, "N - - -", "N", null, null],
  ["month, mark", null, [[1, 1]], ["✓"], 1, "D - - -", "D", null, null],
  ["month, mark", null, [[1, 1]], ["✓"], 4, "D - - -", "D", null, null],
  ["month, 1 Tadbir", 1, [[3, 3]], [], 2, "- - M -", "M", null, 0],
  ["month, 1 Tadbir", 1, [[3, 3]], [null, null, 1], 3, "- - D -", "D", 100, 100],
  ["month, 4 Tadbir", 4, [[3, 3]], [null, null, 3], 4, "- - P -", "P", 75, 75],
  // no schedule (deadline missing or unknown)
  ["no windows", 5, [], [1, 1], 2, "- - - -", "-", null, 40],
];

describe("indicatorProgress: deadline kind × facts × R", () => {
  test.each(TABLE)("%s, R=%s", (_name, plan, windows, facts, R, cols, period, periodPct, annualPct) => {
    // the R in the title is the case name's; print R explicitly too
    const p = indicatorProgress(indicator(plan, facts), windows, R, 0.1);
    expect({ R, quarters: p.quarters, period: p.period }).toEqual({
      R,
      quarters: statuses(cols),
      period: CODE[period],
    });
    expect({ R, periodPercent: p.periodPercent, annualPercent: p.annualPercent }).toEqual({
      R,
      periodPercent: periodPct,
      annualPercent: annualPct,
    });
  });
});

describe("indicatorProgress: targets, sums and flags", () => {
  test("period target sums the ended windows; annual target is the plan or the window count", () => {
    expect(indicatorProgress(indicator(400, []), EVERY, 3, 0.1).periodTarget).toBe(300);
    expect(indicatorProgress(indicator(10, []), HALVES, 3, 0.1).periodTarget).toBe(5);
    expect(indicatorProgress(indicator(null, []), EVERY, 2, 0.1).periodTarget).toBe(2);
    expect(indicatorProgress(indicator(null, []), EVERY, 2, 0.1).annualTarget).toBe(4);
    expect(indicatorProgress(indicator(null, []), HALVES, 2, 0.1).annualTarget).toBe(2);
    expect(indicatorProgress(indicator(7, []), HALVES, 2, 0.1).annualTarget).toBe(7);
  });

  test("quarter fact and facts to date: marks count 1, invalid counts nothing, 0 is a fact", () => {
    const p = indicatorProgress(indicator(null, ["✓", "bad", 0, 2]), EVERY, 3, 0.1);
    expect(p.factToDate).toBe(1);
    expect(p.quarterFact).toBe(0);
    expect(indicatorProgress(indicator(null, ["✓", "bad"]), EVERY, 2, 0.1).quarterFact).toBeNull();
    expect(indicatorProgress(indicator(400, [10, 20, 30, 40]), EVERY, 4, 0.1).factToDate).toBe(100);
    expect(indicatorProgress(indicator(400, [10, 20, 30, 40]), EVERY, 4, 0.1).quarterFact).toBe(40);
  });

  test("tolerance: partial at or above (1 − tolerance) of T needs no note", () => {
    const ind = indicator(1200, [350, 200]);
    const strict = indicatorProgress(ind, EVERY, 2, 0.05);
    expect([strict.period, strict.withinTolerance, strict.behindPlan]).toEqual(["partial", false, true]);
    // exactly 90 %
    const edge = indicatorProgress(indicator(400, [90]), EVERY, 1, 0.1);
    expect([edge.period, edge.withinTolerance, edge.behindPlan]).toEqual(["partial", true, false]);
    const below = indicatorProgress(indicator(400, [89]), EVERY, 1, 0.1);
    expect([below.period, below.withinTolerance, below.behindPlan]).toEqual(["partial", false, true]);
  });

  test("behind plan: not_done is, done / in_progress / not_due are not", () => {
    expect(indicatorProgress(indicator(400, []), EVERY, 1, 0.1).behindPlan).toBe(true);
    expect(indicatorProgress(indicator(400, [100]), EVERY, 1, 0.1).behindPlan).toBe(false);
    expect(indicatorProgress(indicator(10, []), HALVES, 1, 0.1).behindPlan).toBe(false);
    expect(indicatorProgress(indicator(1, []), [[4, 4]], 3, 0.1).behindPlan).toBe(false);
    expect(indicatorProgress(indicator(1, []), [[4, 4]], 3, 0.1).withinTolerance).toBe(false);
  });

  test("targets that do not divide evenly are still met by their exact share", () => {
    const p = indicatorProgress(
      indicator(1000, [1000 / 3, 1000 / 3, 1000 / 3]),
      [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
      3,
      0.1
    );
    expect(p.quarters).toEqual(["done", "done", "done", "not_scheduled"]);
    expect(p.period).toBe("done");
    expect(p.periodPercent).toBe(100);
  });

  test("growth: plan / previous year's fact", () => {
    expect(indicatorProgress(indicator(6000, [], 5167), EVERY, 1, 0.1).growthPercent).toBe(116.1);
    expect(indicatorProgress(indicator(300, [], 365), EVERY, 1, 0.1).growthPercent).toBe(82.2);
    expect(indicatorProgress(indicator(300, [], 0), EVERY, 1, 0.1).growthPercent).toBeNull();
    expect(indicatorProgress(indicator(300, [], null), EVERY, 1, 0.1).growthPercent).toBeNull();
    expect(indicatorProgress(indicator(null, [], 365), EVERY, 1, 0.1).growthPercent).toBeNull();
  });

  test("a plan of 0 is tracked like no planned quantity", () => {
    const p = indicatorProgress(indicator(0, ["✓"]), EVERY, 1, 0.1);
    expect(p.quantitative).toBe(false);
    expect(p.period).toBe("done");
    expect(p.annualPercent).toBeNull();
  });
});

describe("worstStatus", () => {
  test.each<[Status[], Status]>([
    [[], "not_scheduled"],
    [["not_scheduled"], "not_scheduled"],
    [["done", "not_scheduled"], "done"],
    [["done", "not_due"], "not_due"],
    [["not_due", "in_progress"], "in_progress"],
    [["in_progress", "partial", "done"], "partial"],
    [["partial", "not_done"], "not_done"],
    [["done", "done"], "done"],
    [["not_scheduled", "not_done", "done", "partial", "in_progress", "not_due"], "not_done"],
  ])("%j → %s", (list, worst) => {
    expect(worstStatus(list)).toBe(worst);
  });
});

describe("status labels", () => {
  test("labels", () => {
    expect(STATUS_LABELS).toEqual({
      done: "Bajarildi",
      partial: "Qisman bajarildi",
      not_done: "Bajarilmadi",
      in_progress: "Jarayonda",
      not_due: "Muddati kelmagan",
      not_scheduled: "—",
    });
  });

  test("every label reads back as its status", () => {
    for (const [status, label] of Object.entries(STATUS_LABELS)) expect(statusFromLabel(label)).toBe(status);
  });

  test.each<[string, Status | null]>([
    ["bajarildi", "done"],
    ["  QISMAN   BAJARILDI. ", "partial"],
    ["Бажарилмади", "not_done"],
    ["Муддати келмаган", "not_due"],
    ["Jarayonda", "in_progress"],
    ["-", "not_scheduled"],
    ["–", "not_scheduled"],
    ["not_due", "not_due"],
    ["In progress", "in_progress"],
    ["", null],
    ["Bajarildi!?x", null],
    ["ha", null],
  ])("%s → %s", (label, status) => {
    expect(statusFromLabel(label)).toBe(status);
  });
});
