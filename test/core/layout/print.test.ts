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
