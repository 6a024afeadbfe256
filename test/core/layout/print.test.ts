import { planSheet, PLAN_COL, PLAN_COLUMN_COUNT } from "../../../src/core/layout/plan-sheet";
import {
  columnPoints,
  MIN_PRINTED_POINTS,
  pagesAcross,
  printableWidthPoints,
  printedFontPoints,
  printScale,
  sheetFrame,
} from "../../../src/core/layout/print";
import { defaultSettings } from "../../../src/core/layout/settings-sheet";
import { reportSheet } from "../../../src/core/layout/report";
import { STYLES } from "../../../src/core/layout/sheet";
import { linesNeeded } from "../../../src/core/layout/text-size";
import { LANGS } from "../../../src/core/languages";
import { STATUS_NAMES } from "../../../src/core/messages/status";
import { buildReport } from "../../../src/core/report";
import { item, plan, section } from "./builders";

const sheet = planSheet(
  plan([section("I", "QONUNLAR"), item("1.", { name: "Qonun ijrosi", unit: "Nusxa", plan: 10 })]),
  [],
  defaultSettings(null)
);

describe("the plan sheet on paper", () => {
  it("prints A4 landscape with text at 8 pt or more", () => {
    expect(sheet.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: false });
    expect(printedFontPoints(sheet)).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
  });

  it("would print at 4–5 pt fitted to one page width (the reason for the fixed scale)", () => {
    const fitted = { ...sheet, print: { ...sheet.print!, fitToWidth: true, scale: undefined } };
    expect(printedFontPoints(fitted)).toBeLessThan(6);
  });

  it("puts the plan columns on the first page across and the tracking columns, with № and name, on the second", () => {
    const pages = pagesAcross(sheet);
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    expect(pages).toEqual([
      range(0, PLAN_COL.responsible),
      [PLAN_COL.number, PLAN_COL.name, ...range(PLAN_COL.facts[0], PLAN_COLUMN_COUNT - 1)],
    ]);
    const room = printableWidthPoints(sheet.print!) / printScale(sheet);
    for (const page of pages)
      expect(page.reduce((a, c) => a + columnPoints(sheet.columns[c].width), 0)).toBeLessThanOrEqual(room);
  });

  it("repeats the two header rows and keeps room for a status on two lines", () => {
    const t = sheet.print!.titleRows!;
    expect(t.to - t.from).toBe(1);
    expect(sheet.laterText?.[PLAN_COL.statuses[0]]).toBeTruthy();
  });
});

/** Every word of `text` on one line of a column `width` wide (the writers' own estimate of printed text). */
function wordsFit(text: string, width: number, style: keyof typeof STYLES): boolean {
  return text.split(/\s+/).every((word) => linesNeeded(word, width, STYLES[style]) === 1);
}

describe.each(LANGS)("printed words in a %s workbook", (lang) => {
  const p = plan([section("I", "QONUNLAR"), item("1.", { name: "Qonun ijrosi", unit: "Nusxa", plan: 10 })]);
  const settings = { ...defaultSettings(null), lang };
  const sheet = planSheet(p, [], settings);
  const headerRow = sheet.rows.findIndex((row) => row[0]?.v === "№");

  it("keeps the plan sheet's text at 8 pt or more, the plan and the tracking columns each on a page width", () => {
    expect(printedFontPoints(sheet)).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
    const pages = pagesAcross(sheet);
    expect(pages).toHaveLength(2);
    const room = printableWidthPoints(sheet.print!) / printScale(sheet);
    for (const page of pages)
      expect(page.reduce((a, c) => a + columnPoints(sheet.columns[c].width), 0)).toBeLessThanOrEqual(room);
  });

  it("gives every status word a line of its own in the status columns, and the longest status two lines at most", () => {
    for (const c of PLAN_COL.statuses) {
      const width = sheet.columns[c].width;
      for (const name of Object.values(STATUS_NAMES[lang])) {
        expect({ name, fits: wordsFit(name, width, "status.done") }).toEqual({ name, fits: true });
        expect(linesNeeded(name, width, STYLES["status.done"])).toBeLessThanOrEqual(2);
      }
      expect(Object.values(STATUS_NAMES[lang])).toContain(sheet.laterText?.[c]);
    }
  });

  it("breaks no header word of the plan sheet", () => {
    [headerRow, headerRow + 1].forEach((r) =>
      sheet.rows[r].forEach((cell, c) => {
        if (!cell || typeof cell.v !== "string") return;
        const merge = sheet.merges.find((m) => m.row === r && m.col === c);
        let width = 0;
        for (let k = c; k < c + (merge?.cols ?? 1); k++) width += sheet.columns[k].width;
        const header = cell.v;
        const style = cell.style === "trackingHeader" ? "trackingHeader" : "header";
        expect({ header, fits: wordsFit(header, width, style) }).toEqual({ header, fits: true });
      })
    );
  });

  it("breaks no word of the report's headings or status names", () => {
    const report = reportSheet(buildReport(p, { ...settings, quarter: 2 }), settings, new Date(2026, 6, 5));
    let headings = 0;
    report.rows.forEach((row) =>
      row.forEach((cell, c) => {
        if (!cell || typeof cell.v !== "string") return;
        if (cell.style !== "header" && !cell.style?.startsWith("status.")) return;
        if (c <= 1 && cell.style === "header" && row[1]?.v === null) return; // "Bo'lim": merged over two columns
        headings++;
        const text = cell.v;
        expect({ text, fits: wordsFit(text, report.columns[c].width, cell.style) }).toEqual({
          text,
          fits: true,
        });
      })
    );
    expect(headings).toBeGreaterThan(15);
  });
});

describe("sheetFrame", () => {
  it("fits to width or sets a scale", () => {
    const wide = sheetFrame({ widths: [100, 100, 100], titleRows: null, freeze: null, fit: "width" });
    expect(wide.print).toMatchObject({ fitToWidth: true });
    expect(printScale(wide)).toBeCloseTo(printableWidthPoints(wide.print!) / (3 * columnPoints(100)));
    const scaled = sheetFrame({ widths: [10], titleRows: null, freeze: null, fit: { scale: 80 } });
    expect(printScale(scaled)).toBe(0.8);
    expect(pagesAcross(scaled)).toEqual([[0]]);
  });
});
