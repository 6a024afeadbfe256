import { breakToKeepEnd, pageStarts, type RowPaging } from "../../../src/core/layout/page-breaks";
import { reportSheet } from "../../../src/core/layout/report";
import { estimateRowHeights, DEFAULT_ROW_POINTS } from "../../../src/core/layout/row-heights";
import { printableHeightPoints, printScale } from "../../../src/core/layout/print";
import { buildReport } from "../../../src/core/report";
import type { PlanSettings } from "../../../src/core/model";
import type { SheetSpec } from "../../../src/core/layout/sheet";
import { item, plan, section } from "./builders";

/** rows 0..2 a cover (page 1), row 3 the column heading repeated, then items, then a blank and two end rows */
function paging(items: number[], end: number[], room: number, breaks: number[] = [3]): RowPaging {
  return {
    heights: [20, 20, 20, 10, ...items, ...end],
    room,
    titleRows: { from: 3, to: 3 },
    breaksBefore: breaks,
  };
}

describe("pageStarts", () => {
  it("fills a page while rows fit, starts one at a manual break, repeats the heading after it", () => {
    // page 2: heading 10 + items 30, 30, 30 = 100; page 3: heading 10 + 30, 30 …
    expect(pageStarts(paging([30, 30, 30, 30, 30], [], 100))).toEqual([0, 3, 7]);
  });

  it("puts a row taller than a page on a page of its own", () => {
    expect(pageStarts(paging([30, 150, 30], [], 100))).toEqual([0, 3, 5, 6]);
  });
});

describe("breakToKeepEnd", () => {
  // heading 10 + three items of 30 fill page 2 exactly: the end (rows 7..9) would stand alone under the heading
  const full = paging([30, 30, 30], [10, 10, 10], 100);
  const end = { from: 7, to: 9 };

  it("is needed when the items fill a page exactly: the last item goes with the end", () => {
    expect(pageStarts(full)).toEqual([0, 3, 7]);
    const at = breakToKeepEnd(full, { end, noBreakBefore: new Set() });
    expect(at).toBe(6);
    expect(pageStarts({ ...full, breaksBefore: [3, at!] })).toEqual([0, 3, 6]);
  });

  it("is not needed when the end shares its page with items", () => {
    expect(
      breakToKeepEnd(paging([30, 30], [10, 10, 10], 100), {
        end: { from: 6, to: 8 },
        noBreakBefore: new Set(),
      })
    ).toBeNull();
  });

  it("is needed when only the end's last rows would spill onto a page", () => {
    // heading 10 + 30 + 30 + 15 + 10 = 95: the signature and date rows (10 each) alone on page 3
    const spill = paging([30, 30, 15], [10, 10, 10], 100);
    expect(pageStarts(spill)).toEqual([0, 3, 8]);
    expect(breakToKeepEnd(spill, { end: { from: 7, to: 9 }, noBreakBefore: new Set() })).toBe(6);
  });

  it("never starts a page with a row it must not: the row above moves along", () => {
    expect(breakToKeepEnd(full, { end, noBreakBefore: new Set([6]) })).toBe(5);
  });

  it("prefers a row a page may well start with, and gives up past maxRows", () => {
    expect(breakToKeepEnd(full, { end, noBreakBefore: new Set(), avoidBreakBefore: new Set([6]) })).toBe(5);
    expect(breakToKeepEnd(full, { end, noBreakBefore: new Set([5, 6]) })).toBeNull();
  });

  it("does not break where a page already starts", () => {
    // one item per page: the last item (row 6) already starts page 4; breaking before it changes nothing
    const tall = paging([90, 90, 90], [10, 10, 10], 100);
    expect(breakToKeepEnd(tall, { end, noBreakBefore: new Set([5]) })).toBeNull();
  });
});

const SETTINGS: PlanSettings = {
  year: 2026,
  district: "Jondor",
  districtKind: "tuman",
  region: "Buxoro viloyati axborot-kutubxona markazi",
  director: "R. Halimov",
  approver: "H. Qosimov",
  tolerance: 0.1,
  quarter: 2,
  lang: "uz",
};

/** the rows of each printed page of the report, as the writers' row heights and the fit-to-width scale make them */
function pages(spec: SheetSpec): number[] {
  const set = estimateRowHeights(spec);
  return pageStarts({
    heights: spec.rows.map((_, r) => set.get(r) ?? DEFAULT_ROW_POINTS),
    room: printableHeightPoints(spec.print!) / printScale(spec),
    titleRows: spec.print!.titleRows,
    breaksBefore: spec.print!.breaksBefore ?? [],
  });
}

describe("the report's signature block on paper", () => {
  it("shares its page with item rows, whatever the number of items", () => {
    let kept = 0;
    for (let n = 1; n <= 80; n++) {
      const items = Array.from({ length: n }, (_, i) =>
        item(`${i + 1}.`, {
          name: i % 3 === 0 ? "Uzun nom ".repeat(12) : `Tadbir ${i + 1}`,
          plan: 4,
          facts: [1, 1],
        })
      );
      const spec = reportSheet(
        buildReport(plan([section("I", "QONUNLAR"), ...items]), SETTINGS),
        SETTINGS,
        new Date(2026, 6, 5)
      );
      const starts = pages(spec);
      const last = starts[starts.length - 1];
      const signature = spec.rows.findIndex(
        (r) => r[0]?.style === "signature" && r[7]?.style === "signature"
      );
      const firstEnd = signature - 2;
      // the last page holds item rows above the signature block (not only the repeated heading)
      expect({ n, last: last < firstEnd }).toEqual({ n, last: true });
      if ((spec.print!.breaksBefore ?? []).length > 1) kept++;
    }
    // some of the counts fill a page exactly: the break was needed there
    expect(kept).toBeGreaterThan(0);
  });
});
