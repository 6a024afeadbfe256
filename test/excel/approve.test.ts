/** Approve and lock / unlock on the Excel stand-in: protection, fill and report on an approved plan, the change list. */
import { columnLetter, toA1 } from "../../src/core/grid";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { PLAN_COL, PLAN_COLUMN_COUNT } from "../../src/core/layout/plan-sheet";
import { readApproval } from "../../src/core/year/approval";
import { YEAR_TEXTS } from "../../src/core/year/messages";
import { approvePlan, checkWorkbook, fillStatuses, generateReport, unlockPlan } from "../../src/excel";
import { StandinError, type StandinWorkbook } from "../../src/standin";
import { rowOfItem, setUpSeedBook } from "./helpers";

const PLAN = SHEET_NAMES.plan;
const EDITABLE = new Set<number>([...PLAN_COL.facts, PLAN_COL.note]);
const DATE = new Date(2026, 0, 12);

function values(book: StandinWorkbook): unknown[][] {
  return book.snapshot(PLAN).values;
}

/** Zero-based rows of the plan's sections and items (below the header) in the sheet. */
function bodyRows(book: StandinWorkbook): number[] {
  const v = values(book);
  const first = rowOfItem(v, "1");
  const rows: number[] = [];
  for (let r = first; r < v.length; r++) if (v[r].some((x) => x !== "")) rows.push(r);
  return rows;
}

describe("approvePlan / unlockPlan on the stand-in", () => {
  let book: StandinWorkbook;

  beforeAll(async () => {
    book = await setUpSeedBook();
    await book.userEdit(PLAN, toA1(rowOfItem(values(book), "19"), PLAN_COL.facts[0]), 80);
    book.resetStats();
    const r = await book.run((ctx) => approvePlan(ctx, { by: "R. Halimov", date: DATE }));
    expect(r).toMatchObject({
      ok: true,
      date: "2026-01-12",
      by: "R. Halimov",
      items: 48,
      previous: null,
      changes: [],
    });
    expect(book.stats.syncs).toBeLessThanOrEqual(2);
  });

  it("protects the plan sheet, leaving exactly the fact columns and Izoh editable", () => {
    expect(book.protection(PLAN)).toMatchObject({
      allowFormatCells: false,
      allowInsertRows: false,
      allowDeleteRows: false,
    });
    const rows = bodyRows(book);
    expect(rows.length).toBeGreaterThan(48);
    for (const r of rows)
      for (let c = 0; c < PLAN_COLUMN_COUNT; c++)
        if (book.isEditable(PLAN, toA1(r, c)) !== EDITABLE.has(c))
          throw new Error(`${toA1(r, c)} editable: ${!EDITABLE.has(c)}`);
    // the header rows stay locked
    const header = values(book).findIndex((row) => row[PLAN_COL.facts[0]] === "I chorak fakt");
    expect(header).toBeGreaterThan(0);
    expect(book.isEditable(PLAN, toA1(header, PLAN_COL.facts[0]))).toBe(false);
    expect(book.isEditable(PLAN, toA1(header + 1, PLAN_COL.note))).toBe(false);
    // the approval is in the settings sheet
    const record = readApproval(book.snapshot(SHEET_NAMES.settings).values);
    expect(record).toMatchObject({ date: "2026-01-12", by: "R. Halimov", state: "approved" });
    expect(record?.snapshot?.items).toHaveLength(48);
  });

  it("refuses a person's and the add-in's writes to a locked cell (AccessDenied), accepts facts and notes", async () => {
    const r19 = rowOfItem(values(book), "19");
    await expect(book.userEdit(PLAN, toA1(r19, PLAN_COL.plan), 999)).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(
      book.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(PLAN).getRange(toA1(r19, PLAN_COL.name)).values = [["x"]];
        await ctx.sync();
      })
    ).rejects.toBeInstanceOf(StandinError);
    await book.userEdit(PLAN, toA1(r19, PLAN_COL.facts[1]), 60);
    await book.userEdit(PLAN, toA1(r19, PLAN_COL.note), "Izoh matni");
    expect(values(book)[r19][PLAN_COL.facts[1]]).toBe(60);
    expect(values(book)[r19][PLAN_COL.plan]).toBe(300);
  });

  it("fill writes the locked computed columns and leaves the sheet protected; report works", async () => {
    const protection = book.protection(PLAN);
    book.resetStats();
    const filled = await book.run((ctx) => fillStatuses(ctx));
    expect(filled.ok).toBe(true);
    expect(book.stats.syncs).toBeLessThanOrEqual(2);
    const r19 = rowOfItem(values(book), "19");
    // report quarter I (the settings' default): the facts to date are quarter I's
    expect(values(book)[r19][PLAN_COL.totalFact]).toBe(80);
    expect(book.protection(PLAN)).toEqual(protection);
    expect(book.isEditable(PLAN, `${columnLetter(PLAN_COL.totalFact)}${r19 + 1}`)).toBe(false);
    const report = await book.run((ctx) => generateReport(ctx, DATE));
    expect(report.ok).toBe(true);
  });

  it("unlock lifts the lock; the next approval lists what changed", async () => {
    const u = await book.run((ctx) => unlockPlan(ctx));
    expect(u).toMatchObject({ ok: true, date: "2026-01-12", by: "R. Halimov" });
    expect(book.protection(PLAN)).toBeNull();
    expect(readApproval(book.snapshot(SHEET_NAMES.settings).values)?.state).toBe("unlocked");
    const v = values(book);
    await book.userEdit(PLAN, toA1(rowOfItem(v, "19"), PLAN_COL.plan), 320);
    await book.userEdit(PLAN, toA1(rowOfItem(v, "26"), PLAN_COL.deadline), "2026-yil II chorak");
    const again = await book.run((ctx) => approvePlan(ctx, { by: "R. Halimov", date: new Date(2026, 2, 1) }));
    if (!again.ok) throw new Error(again.reason);
    expect(again.previous).toEqual({ date: "2026-01-12", by: "R. Halimov" });
    expect(again.changes.map((c) => YEAR_TEXTS.en.change(c))).toEqual([
      "item 19: planned quantity 300 → 320",
      'item 26: deadline "2026-yil davomida" → "2026-yil II chorak"',
    ]);
    expect(book.protection(PLAN)).not.toBeNull();
  });

  it("check works on a plan approved before it was ever checked, and leaves it protected", async () => {
    const fresh = await setUpSeedBook();
    expect((await fresh.run((ctx) => approvePlan(ctx, { by: "R. Halimov", date: DATE }))).ok).toBe(true);
    const protection = fresh.protection(PLAN);
    const checked = await fresh.run((ctx) => checkWorkbook(ctx));
    expect(checked.ok).toBe(true);
    expect(fresh.protection(PLAN)).toEqual(protection);
    expect(fresh.snapshot(PLAN).conditionalFormats.length).toBeGreaterThan(0);
  });

  it("unlock of a workbook never approved says so; approve needs a name", async () => {
    const fresh = await setUpSeedBook();
    expect(await fresh.run((ctx) => unlockPlan(ctx))).toMatchObject({ ok: false, reason: "not_approved" });
    expect(await fresh.run((ctx) => approvePlan(ctx, { by: "  " }))).toMatchObject({
      ok: false,
      reason: "no_approver",
    });
    expect(fresh.protection(PLAN)).toBeNull();
  });
});
