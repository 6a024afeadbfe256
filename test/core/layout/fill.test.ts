import { fillWrites } from "../../../src/core/layout/fill";
import type { CellWrite } from "../../../src/core/layout/sheet";
import type { Quarter } from "../../../src/core/model";
import { item, plan, W, type ItemOpts } from "./builders";

/** The writes of a one-item plan for quarter R, keyed by column. */
function writesFor(opts: ItemOpts, R: Quarter, tolerance = 0.1): Map<number, CellWrite> {
  const p = plan([item("1.", opts)]);
  const ws = fillWrites(p, { quarter: R, tolerance });
  for (const w of ws) expect(w.row).toBe(p.items[0].row);
  return new Map(ws.map((w) => [w.col, w]));
}

function labels(m: Map<number, CellWrite>): unknown[] {
  return [14, 15, 16, 17].map((c) => m.get(c)?.v);
}

function styles(m: Map<number, CellWrite>): unknown[] {
  return [14, 15, 16, 17].map((c) => m.get(c)?.style);
}

describe("fillWrites: the worked examples of docs/domain.md §7", () => {
  it("1200 Nusxa davomida, I 350 II 200, R=2", () => {
    const m = writesFor({ unit: "Nusxa", plan: 1200, windows: W.year, facts: [350, 200] }, 2);
    expect(labels(m)).toEqual(["Bajarildi", "Qisman bajarildi", "Muddati kelmagan", "Muddati kelmagan"]);
    expect(styles(m)).toEqual(["status.done", "status.partial", "status.not_due", "status.not_due"]);
    expect(m.get(12)).toEqual({ row: expect.any(Number), col: 12, v: 550, style: "number" });
    expect(m.get(13)).toEqual({ row: expect.any(Number), col: 13, v: 45.8, style: "percent" });
  });

  it("Tadbir without quantity, II – III chorak, III ✓, R=2 and R=3", () => {
    const opts: ItemOpts = { windows: W.range(2, 3), kind: "range", facts: [null, null, "✓"] };
    const r2 = writesFor(opts, 2);
    expect(labels(r2)).toEqual(["—", "Jarayonda", "Muddati kelmagan", "—"]);
    expect(styles(r2)).toEqual([
      "status.not_scheduled",
      "status.in_progress",
      "status.not_due",
      "status.not_scheduled",
    ]);
    expect(r2.get(12)?.v).toBe(0); // the mark of III is not counted before R reaches III
    expect(r2.get(13)?.v).toBeNull();
    const r3 = writesFor(opts, 3);
    expect(labels(r3)).toEqual(["—", "Jarayonda", "Bajarildi", "—"]);
    expect(r3.get(12)?.v).toBe(1);
    expect(r3.get(13)?.v).toBeNull();
  });

  it("2 Tadbir ikki marotaba, I 1, R=1", () => {
    const m = writesFor({ plan: 2, windows: W.twice, kind: "twice", facts: [1] }, 1);
    expect(labels(m)).toEqual(["Bajarildi", "Muddati kelmagan", "Muddati kelmagan", "Muddati kelmagan"]);
    expect(m.get(13)?.v).toBe(50);
  });

  it("1 Tadbir IV chorak, no facts, R=2", () => {
    const m = writesFor({ plan: 1, windows: W.q(4), kind: "quarter" }, 2);
    expect(labels(m)).toEqual(["—", "—", "—", "Muddati kelmagan"]);
    expect(m.get(12)?.v).toBe(0);
    expect(m.get(13)?.v).toBe(0);
  });
});

describe("fillWrites", () => {
  it("colours a partial quarter within the tolerance light green", () => {
    const m = writesFor({ plan: 1200, facts: [300, 280, 100] }, 3);
    expect(labels(m)).toEqual(["Bajarildi", "Qisman bajarildi", "Qisman bajarildi", "Muddati kelmagan"]);
    expect(styles(m)).toEqual(["status.done", "status.partialTolerated", "status.partial", "status.not_due"]);
    expect(writesFor({ plan: 1200, facts: [300, 280] }, 2, 0).get(15)?.style).toBe("status.partial");
  });

  it("counts only facts up to R in Jami fakt", () => {
    const m = writesFor({ plan: 400, facts: [100, 100, 100, 100] }, 2);
    expect(m.get(12)?.v).toBe(200);
    expect(m.get(13)?.v).toBe(50);
  });

  it("marks every quarter not scheduled when the deadline is unknown", () => {
    const m = writesFor({ plan: 10, windows: null, facts: [5] }, 2);
    expect(labels(m)).toEqual(["—", "—", "—", "—"]);
    expect(m.get(12)?.v).toBe(5);
  });

  it("writes one set of cells per indicator row, only in the tracking output columns", () => {
    const p = plan([
      item("1.", { plan: 4, facts: [1, 1] }),
      item("19.", { plan: 300, facts: [75], more: [{ plan: 6000, facts: [1000, 2000] }] }),
      item("20.", { windows: W.q(1), facts: ["+"] }),
    ]);
    const ws = fillWrites(p, { quarter: 2, tolerance: 0.1 });
    expect(ws).toHaveLength(4 * 6);
    expect(new Set(ws.map((w) => w.col))).toEqual(new Set([12, 13, 14, 15, 16, 17]));
    expect(new Set(ws.map((w) => w.row))).toEqual(
      new Set(p.items.flatMap((i) => i.indicators.map((x) => x.row)))
    );
    const extra = p.items[1].indicators[1].row;
    const extraWrites = new Map(ws.filter((w) => w.row === extra).map((w) => [w.col, w.v]));
    expect(extraWrites.get(12)).toBe(3000);
    expect(extraWrites.get(13)).toBe(50);
    expect(extraWrites.get(15)).toBe("Bajarildi");
    expect(fillWrites(p, { quarter: 2, tolerance: 0.1 })).toEqual(ws);
  });

  it("writes nothing where the plan has no tracking columns", () => {
    const p = plan([item("1.", { plan: 4 })], { tracking: false });
    expect(fillWrites(p, { quarter: 2, tolerance: 0.1 })).toEqual([]);
  });
});
