import { columnLetter, toA1 } from "../../src/core/grid";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { PLAN_COL } from "../../src/core/layout/plan-sheet";
import {
  checkWorkbook,
  fillStatuses,
  MASK_SHEET,
  startLiveChecking,
  type CheckResult,
  type LiveChecker,
} from "../../src/excel";
import { addressSpan, onlyComputedColumns } from "../../src/excel/commands/live";
import type { StandinWorkbook } from "../../src/standin";
import { rowOfItem, setUpSeedBook } from "./helpers";

const PLAN = SHEET_NAMES.plan;

interface Harness {
  book: StandinWorkbook;
  checker: LiveChecker;
  results: { result: CheckResult; rows: number[] }[];
  unitCell: string;
  unit: string;
}

async function harness(): Promise<Harness> {
  const book = await setUpSeedBook();
  const results: Harness["results"] = [];
  const checker = await startLiveChecking((fn) => book.run(fn), {
    delayMs: 15,
    onFindings: (result, rows) => results.push({ result, rows }),
  });
  const values = book.snapshot(PLAN).values;
  const row = rowOfItem(values, "1");
  return {
    book,
    checker,
    results,
    unitCell: toA1(row, PLAN_COL.unit),
    unit: String(values[row][PLAN_COL.unit]),
  };
}

async function quiet(h: Harness): Promise<void> {
  await h.book.settle();
  await h.checker.idle();
  await h.book.settle();
}

describe("live checking", () => {
  test("checks once at start, again after an edit; the highlight follows the cell", async () => {
    const h = await harness();
    expect(h.checker.runs).toBe(1);
    expect(h.results).toHaveLength(1);

    await h.book.userEdit(PLAN, h.unitCell, "Qandaydir birlik");
    await quiet(h);
    expect(h.checker.runs).toBe(2);
    const last = h.results[h.results.length - 1];
    expect(last.rows).toEqual([Number(h.unitCell.replace(/\D/g, "")) - 1]);
    expect(last.result.findings.some((f) => f.cell === h.unitCell && f.code === "unit.unknown")).toBe(true);
    expect(h.book.cell(MASK_SHEET, h.unitCell).value).toBe(2);

    await h.book.userEdit(PLAN, h.unitCell, h.unit);
    await quiet(h);
    expect(h.checker.runs).toBe(3);
    expect(h.results[h.results.length - 1].result.findings.some((f) => f.cell === h.unitCell)).toBe(false);
    expect(h.book.cell(MASK_SHEET, h.unitCell).value).toBe("");
    await h.checker.stop();
  });

  test("the add-in's own writes do not loop: a check, then fill statuses, cause no further check", async () => {
    const h = await harness();
    await h.book.userEdit(PLAN, h.unitCell, "Qandaydir birlik");
    await quiet(h);
    const runs = h.checker.runs;
    await new Promise((r) => setTimeout(r, 60));
    await quiet(h);
    expect(h.checker.runs).toBe(runs);

    await h.book.run((ctx) => fillStatuses(ctx));
    await new Promise((r) => setTimeout(r, 60));
    await quiet(h);
    expect(h.checker.runs).toBe(runs);
    expect(h.book.handlerErrors).toEqual([]);
    await h.checker.stop();
  });

  test("a co-author's edit is left to the co-author's pane; several quick edits make one check", async () => {
    const h = await harness();
    const row = Number(h.unitCell.replace(/\D/g, "")) - 1;
    await h.book.userEdit(PLAN, h.unitCell, "Noma'lum", { remote: true });
    await h.book.userEdit(PLAN, toA1(row + 1, PLAN_COL.deadline), "qachondir", { remote: true });
    await quiet(h);
    expect(h.checker.runs).toBe(1);
    await h.book.userEdit(PLAN, toA1(row + 2, PLAN_COL.note), "izoh");
    await h.book.userEdit(PLAN, toA1(row + 3, PLAN_COL.note), "izoh");
    await quiet(h);
    expect(h.checker.runs).toBe(2);
    expect(h.results[1].rows).toEqual([row + 2, row + 3]);
    await h.checker.stop();
  });

  test("started from the caller's own check: no second check at start; edits are checked, fill statuses are not", async () => {
    const book = await setUpSeedBook();
    const first = await book.run((ctx) => checkWorkbook(ctx));
    book.resetStats();
    const results: CheckResult[] = [];
    const checker = await startLiveChecking((fn) => book.run(fn), {
      delayMs: 15,
      onFindings: (result) => results.push(result),
      initial: first,
    });
    // only the handler's registration reached the workbook
    expect(book.stats.syncs).toBe(1);
    expect(checker.runs).toBe(0);
    expect(results).toEqual([]);

    const values = book.snapshot(PLAN).values;
    const unitCell = toA1(rowOfItem(values, "1"), PLAN_COL.unit);
    await book.userEdit(PLAN, unitCell, "Qandaydir birlik");
    await book.settle();
    await checker.idle();
    expect(checker.runs).toBe(1);
    expect(results[0].findings.some((f) => f.cell === unitCell && f.code === "unit.unknown")).toBe(true);
    // the computed columns came from the caller's check: the add-in's own statuses start no check
    await book.run((ctx) => fillStatuses(ctx));
    await new Promise((r) => setTimeout(r, 60));
    await book.settle();
    await checker.idle();
    expect(checker.runs).toBe(1);
    await checker.stop();
  });

  test("after stop, edits are not checked", async () => {
    const h = await harness();
    await h.checker.stop();
    await h.book.userEdit(PLAN, h.unitCell, "Noma'lum");
    await new Promise((r) => setTimeout(r, 60));
    await h.book.settle();
    expect(h.checker.runs).toBe(1);
  });
});

describe("event addresses", () => {
  test("spans of cells, ranges, whole columns and rows", () => {
    expect(addressSpan("B5")).toEqual({ rows: [4, 4], cols: [1, 1] });
    expect(addressSpan("B5:D9")).toEqual({ rows: [4, 8], cols: [1, 3] });
    expect(addressSpan("C:C")).toEqual({ rows: null, cols: [2, 2] });
    expect(addressSpan("5:7")).toEqual({ rows: [4, 6], cols: null });
    expect(addressSpan("'Ish reja'!$A$1")).toEqual({ rows: [0, 0], cols: [0, 0] });
    expect(addressSpan("nonsense!!")).toBeNull();
  });

  test("a change only in computed columns is the add-in's own", () => {
    const computed = new Set([PLAN_COL.totalFact, PLAN_COL.percent, ...PLAN_COL.statuses]);
    const m = columnLetter(PLAN_COL.totalFact);
    const r = columnLetter(PLAN_COL.statuses[3]);
    expect(onlyComputedColumns(`${m}13:${r}200`, computed)).toBe(true);
    expect(onlyComputedColumns(`A13:${r}200`, computed)).toBe(false);
    expect(onlyComputedColumns(`${columnLetter(PLAN_COL.note)}5`, computed)).toBe(false);
    expect(onlyComputedColumns("5:5", computed)).toBe(false);
  });
});
