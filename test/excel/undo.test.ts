/**
 * The person's undo stack (stand-in model of D "Undo with the Excel JavaScript API"): what the add-in's writes
 * do to Ctrl+Z.
 */
import { toA1 } from "../../src/core/grid";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { PLAN_COL } from "../../src/core/layout/plan-sheet";
import { approvePlan, generateReport, startLiveChecking, type LiveChecker } from "../../src/excel";
import type { StandinWorkbook } from "../../src/standin";
import { rowOfItem, setUpSeedBook } from "./helpers";

const PLAN = SHEET_NAMES.plan;

async function live(book: StandinWorkbook): Promise<LiveChecker> {
  const checker = await startLiveChecking((fn) => book.run(fn), { delayMs: 5, onFindings: () => undefined });
  await quiet(book, checker);
  return checker;
}

async function quiet(book: StandinWorkbook, checker: LiveChecker): Promise<void> {
  await book.settle();
  await checker.idle();
  await book.settle();
}

function itemCell(book: StandinWorkbook, item: string, col: number): string {
  return toA1(rowOfItem(book.snapshot(PLAN).values, item), col);
}

describe("Ctrl+Z with the add-in at work", () => {
  test("an edit that changes the findings: one Ctrl+Z takes back the highlight, the next the edit", async () => {
    // no documented API keeps an add-in's write off the person's undo stack (mergeUndoGroup only merges the
    // add-in's own syncs), so the highlight is one step on top: docs/excel-standin-assumptions.md §14
    const book = await setUpSeedBook();
    const checker = await live(book);
    const cell = itemCell(book, "1", PLAN_COL.unit);
    const unit = book.cell(PLAN, cell).value;
    await book.userEdit(PLAN, cell, "");
    await quiet(book, checker);
    expect(book.undoStack().steps.slice(-2)).toEqual(["user", "addin"]);
    expect(book.userUndo()).toBe("addin");
    expect(book.userUndo()).toBe("user");
    expect(book.cell(PLAN, cell).value).toBe(unit);
    await checker.stop();
  });

  test("an unchanged-findings edit: the top of the stack is the person's edit, the highlights untouched", async () => {
    const book = await setUpSeedBook();
    const checker = await live(book);
    const cell = itemCell(book, "1", PLAN_COL.unit);
    const unit = book.cell(PLAN, cell).value;
    await book.userEdit(PLAN, cell, "nusxa");
    await quiet(book, checker);
    await book.userEdit(PLAN, cell, "nusxa");
    await quiet(book, checker);
    expect(book.undoStack().steps.slice(-2)).toEqual(["user", "user"]);
    expect(book.userUndo()).toBe("user");
    expect(book.userUndo()).toBe("user");
    expect(book.cell(PLAN, cell).value).toBe(unit);
    await checker.stop();
  });

  test("regenerating the report keeps the person's undo history (its sheet is cleared, not deleted)", async () => {
    const book = await setUpSeedBook();
    const date = new Date(2026, 6, 10);
    await book.run((ctx) => generateReport(ctx, date));
    const cell = itemCell(book, "2", PLAN_COL.note);
    await book.userEdit(PLAN, cell, "mening izohim");
    const clears = book.undoStack().clears;
    expect(await book.run((ctx) => generateReport(ctx, date))).toMatchObject({ ok: true, replaced: true });
    expect(book.undoStack().clears).toBe(clears);
    expect(book.userUndo()).toBe("addin"); // the report's rewrite
    expect(book.userUndo()).toBe("user");
    expect(book.cell(PLAN, cell).value).toBe("");
  });

  test("approving (sheet protection) clears the undo history, as Excel does everywhere", async () => {
    const book = await setUpSeedBook();
    await book.userEdit(PLAN, itemCell(book, "2", PLAN_COL.note), "izoh");
    expect(book.undoStack().steps).toContain("user");
    await book.run((ctx) => approvePlan(ctx, { by: "R. Halimov", date: new Date(2026, 0, 12) }));
    expect(book.undoStack().steps).not.toContain("user");
  });
});
