import { HIGHLIGHT_COLORS, checkWorkbook } from "../../src/excel/commands/check";
import { fillStatuses } from "../../src/excel/commands/fill";
import { sheetTabs, sheetView } from "../../src/playground/grid-model";
import { createPlaygroundWorkbook, SEEDED_MISTAKE } from "../../src/playground/seed";
import { STATUS_COLORS } from "../../src/core/layout/sheet";
import { STATUS_LABELS } from "../../src/core/status";

const LIMITS = { maxRows: 400, maxCols: 30 };

test("the grid shows Check's highlights (conditional formats over the mask sheet) and goes when fixed", async () => {
  const book = await createPlaygroundWorkbook("structured");
  const result = await book.run((ctx) => checkWorkbook(ctx));
  const seeded = result.findings.find((f) => f.code === "unit.unknown" && f.item === SEEDED_MISTAKE.item);
  expect(seeded).toBeDefined();
  const warning = result.findings.find(
    (f) =>
      f.severity === "warning" && !result.findings.some((g) => g.cell === f.cell && g.severity === "error")
  );
  let view = sheetView(book, "Ish reja", LIMITS);
  const at = (address: string) => view.rows.flat().find((c) => c.address === address);
  expect(at(seeded!.cell)?.highlight).toBe(HIGHLIGHT_COLORS.error);
  expect(at(warning!.cell)?.highlight).toBe(HIGHLIGHT_COLORS.warning);
  expect(at("A1")?.highlight).toBeUndefined();

  await book.userEdit("Ish reja", seeded!.cell, "Tadbir");
  await book.run((ctx) => checkWorkbook(ctx));
  view = sheetView(book, "Ish reja", LIMITS);
  expect(at(seeded!.cell)?.highlight).toBeUndefined();
  expect(at(seeded!.cell)?.text).toBe("Tadbir");
});

test("the grid shows status fills after Fill, merged header cells once, and only visible sheets as tabs", async () => {
  const book = await createPlaygroundWorkbook("structured");
  await book.run((ctx) => fillStatuses(ctx));
  await book.run((ctx) => checkWorkbook(ctx));
  const view = sheetView(book, "Ish reja", LIMITS);
  const done = view.rows.flat().filter((c) => c.text === STATUS_LABELS.done);
  expect(done.length).toBeGreaterThan(0);
  expect(done.every((c) => c.fill?.toUpperCase() === STATUS_COLORS.done.toUpperCase())).toBe(true);
  const spanning = view.rows.flat().filter((c) => (c.colSpan ?? 1) > 1);
  expect(spanning.length).toBeGreaterThan(0);
  expect(view.rows.flat().some((c) => c.covered)).toBe(true);
  const tabs = sheetTabs(book);
  expect(tabs.find((t) => t.name === "Reja tekshiruv")?.visibility).toBe("VeryHidden");
});

test("rendering is capped for a large sheet", async () => {
  const book = await createPlaygroundWorkbook("pasted");
  const view = sheetView(book, "Jondor (Word)", { maxRows: 50, maxCols: 5 });
  expect(view.rows.length).toBe(50);
  expect(view.rows[0].length).toBe(5);
  expect(view.usedRows).toBeGreaterThan(50);
});
