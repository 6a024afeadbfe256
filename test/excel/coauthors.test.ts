/**
 * Live checking with co-authors, the mask sheet's upkeep and "nothing to write, nothing written": two stand-in
 * clients on one workbook stand for two people with the pane open (D "Coauthoring in Excel add-ins").
 */
import { toA1 } from "../../src/core/grid";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { PLAN_COL } from "../../src/core/layout/plan-sheet";
import { checkWorkbook, MASK_SHEET, startLiveChecking, type LiveChecker } from "../../src/excel";
import { HIGHLIGHT_COLORS } from "../../src/excel/commands/check";
import type { StandinWorkbook } from "../../src/standin";
import { rowOfItem, setUpSeedBook } from "./helpers";

const PLAN = SHEET_NAMES.plan;

async function quiet(book: StandinWorkbook, ...checkers: LiveChecker[]): Promise<void> {
  await book.settle();
  for (const c of checkers) await c.idle();
  await book.settle();
}

function live(book: StandinWorkbook): Promise<LiveChecker> {
  return startLiveChecking((fn) => book.run(fn), { delayMs: 10, onFindings: () => undefined });
}

function cell(book: StandinWorkbook, item: string, col: number): string {
  return toA1(rowOfItem(book.snapshot(PLAN).values, item), col);
}

function rules(book: StandinWorkbook): { formula: string; fillColor?: string }[] {
  return book.snapshot(PLAN).conditionalFormats;
}

describe("live checking writes only what changed", () => {
  test("an edit whose findings do not change makes no write at all", async () => {
    const book = await setUpSeedBook();
    const checker = await live(book);
    await quiet(book, checker);
    const mask = book.snapshot(MASK_SHEET);
    const runs = checker.runs;
    book.resetStats();
    // the person types the unit again, the same word: an edit Excel reports, no finding changes
    const unit = cell(book, "1", PLAN_COL.unit);
    await book.userEdit(PLAN, unit, book.cell(PLAN, unit).value);
    await quiet(book, checker);
    expect(checker.runs).toBe(runs + 1);
    expect(book.stats.syncs).toBe(1); // the check's read, no write
    expect(book.snapshot(MASK_SHEET)).toEqual(mask);
    await checker.stop();
  });

  test("an edit that changes findings writes only the mask cells that changed", async () => {
    const book = await setUpSeedBook();
    const checker = await live(book);
    await quiet(book, checker);
    const before = book.snapshot(MASK_SHEET).cells;
    book.resetStats();
    const unit = cell(book, "1", PLAN_COL.unit);
    await book.userEdit(PLAN, unit, "");
    await quiet(book, checker);
    expect(book.stats.syncs).toBe(2); // read + write
    const after = book.snapshot(MASK_SHEET).cells;
    const changed = Object.keys({ ...before, ...after }).filter((a) => before[a]?.value !== after[a]?.value);
    expect(changed).toContain(unit);
    expect(book.stats.requests[1].ops).toBeLessThanOrEqual(changed.length * 2);
    await checker.stop();
  });
});

describe("two panes on one workbook", () => {
  test("starting and editing together leave one mask sheet and two rules; remote edits are left to their author's pane", async () => {
    const a = await setUpSeedBook();
    const b = a.coauthor();
    const [ca, cb] = await Promise.all([live(a), live(b)]);
    await quiet(a, ca, cb);
    const runsB = cb.runs;
    await Promise.all([
      a.userEdit(PLAN, cell(a, "1", PLAN_COL.unit), ""),
      b.userEdit(PLAN, cell(b, "2", PLAN_COL.note), "B yozdi"),
    ]);
    await quiet(a, ca, cb);
    expect(a.sheetNames().filter((n) => n.startsWith(MASK_SHEET))).toEqual([MASK_SHEET]);
    expect(rules(a)).toHaveLength(2);
    // B's pane checked B's edit only, not A's
    expect(cb.runs).toBe(runsB + 1);
    expect(a.snapshot(MASK_SHEET).visibility).toBe("VeryHidden");
    await ca.stop();
    await cb.stop();
  });
});

describe("the mask sheet", () => {
  test("deleted (after un-hiding it), its #REF! rules are replaced and the mask made again", async () => {
    const book = await setUpSeedBook();
    await book.run((ctx) => checkWorkbook(ctx));
    // a VeryHidden sheet cannot be deleted as it is (GeneralException); someone un-hides it with VBA first
    await expect(
      book.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(MASK_SHEET).delete();
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    await book.run(async (ctx) => {
      const mask = ctx.workbook.worksheets.getItem(MASK_SHEET);
      mask.visibility = "Visible";
      mask.delete();
      await ctx.sync();
    });
    expect(rules(book).every((r) => r.formula.includes("#REF!"))).toBe(true);
    const result = await book.run((ctx) => checkWorkbook(ctx));
    expect(result.ok).toBe(true);
    expect(book.sheetNames().filter((n) => n.startsWith(MASK_SHEET))).toEqual([MASK_SHEET]);
    const now = rules(book);
    expect(now).toHaveLength(2);
    expect(now.some((r) => r.formula.includes("#REF!"))).toBe(false);
    expect(now.map((r) => r.fillColor).sort()).toEqual(
      [HIGHLIGHT_COLORS.error, HIGHLIGHT_COLORS.warning].sort()
    );
  });

  test("a missing rule is added back, and checking again adds nothing", async () => {
    const book = await setUpSeedBook();
    await book.run((ctx) => checkWorkbook(ctx));
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(PLAN).getRange().conditionalFormats.getItemAt(0).delete();
      await ctx.sync();
    });
    expect(rules(book)).toHaveLength(1);
    await book.run((ctx) => checkWorkbook(ctx));
    expect(rules(book)).toHaveLength(2);
    book.resetStats();
    await book.run((ctx) => checkWorkbook(ctx));
    expect(rules(book)).toHaveLength(2);
    expect(book.stats.syncs).toBe(1);
  });
});
