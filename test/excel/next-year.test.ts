/** Next year's draft on the Excel stand-in: a new sheet beside the plan, the plan sheet untouched. */
import { toA1 } from "../../src/core/grid";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { PLAN_COL } from "../../src/core/layout/plan-sheet";
import { draftSheetName, writeNextYearDraft } from "../../src/excel/commands/next-year";
import type { StandinWorkbook } from "../../src/standin";
import { rowOfItem, setUpSeedBook, snapshotAll } from "./helpers";

const PLAN = SHEET_NAMES.plan;
const DRAFT = draftSheetName(2027);
type Values = readonly (readonly unknown[])[];

/**
 * Per indicator ("19/1", "19/2" …), read off the sheet itself: the sum of the numbers in the four fact columns
 * (null when none), and the cell of the previous-year column. Item rows start with their number; the rows
 * below an item with an empty № and something in the plan columns are its further indicators.
 */
function indicators(values: Values): Map<string, { facts: number | null; previous: unknown }> {
  const out = new Map<string, { facts: number | null; previous: unknown }>();
  let item: string | null = null;
  let k = 0;
  for (const row of values) {
    const n = String(row[PLAN_COL.number] ?? "").trim();
    const planCells = [PLAN_COL.unit, PLAN_COL.previousFact, PLAN_COL.plan, PLAN_COL.mechanism];
    if (/^\d+(\.\d+)*\.?$/.test(n)) {
      item = n.replace(/\.$/, "");
      k = 1;
    } else if (n === "" && item !== null && planCells.some((c) => String(row[c] ?? "").trim() !== "")) k++;
    else {
      if (n !== "") item = null;
      continue;
    }
    let facts: number | null = null;
    for (const c of PLAN_COL.facts) if (typeof row[c] === "number") facts = (facts ?? 0) + (row[c] as number);
    out.set(`${item}/${k}`, { facts, previous: row[PLAN_COL.previousFact] });
  }
  return out;
}

describe("writeNextYearDraft on the stand-in", () => {
  let book: StandinWorkbook;
  let before: ReturnType<typeof snapshotAll>;

  beforeAll(async () => {
    book = await setUpSeedBook();
    const v = book.snapshot(PLAN).values;
    const r19 = rowOfItem(v, "19");
    await book.userEdit(PLAN, toA1(r19, PLAN_COL.facts[0]), 80);
    await book.userEdit(PLAN, toA1(r19, PLAN_COL.facts[1]), 60.5);
    // a second indicator row gets facts of its own
    const second = [...indicators(v).keys()].find((key) => key.endsWith("/2")) as string;
    const [item] = second.split("/");
    await book.userEdit(PLAN, toA1(rowOfItem(v, item, 1), PLAN_COL.facts[2]), 7);
    await book.userEdit(PLAN, toA1(rowOfItem(v, "3"), PLAN_COL.facts[0]), 0);
    before = snapshotAll(book);
    book.resetStats();
  });

  it("writes the draft on a new sheet in one read and one write", async () => {
    const r = await book.run((ctx) => writeNextYearDraft(ctx));
    expect(r).toMatchObject({ ok: true, sheet: DRAFT, year: 2027, items: 48, facts: 3, suggestions: 0 });
    expect(book.stats.syncs).toBeLessThanOrEqual(2);
    expect(book.sheetNames()).toContain(DRAFT);
    expect(book.activeSheetName()).toBe(DRAFT);
  });

  it("carries this year's facts to date into the previous-year column, indicator by indicator", () => {
    const source = indicators(before[PLAN].values);
    const draft = indicators(book.snapshot(DRAFT).values);
    expect([...draft.keys()]).toEqual([...source.keys()]);
    expect(source.size).toBeGreaterThan(48);
    let carried = 0;
    for (const [key, { facts }] of source) {
      const got = draft.get(key);
      if (facts === null) expect([key, got?.previous]).toEqual([key, ""]);
      else {
        // a whole number is written as a number; a fractional one (140.5) as its text, as the plan shows it
        expect([key, Number(got?.previous)]).toEqual([key, facts]);
        if (Number.isInteger(facts)) expect(typeof got?.previous).toBe("number");
        carried++;
      }
      // the new plan quantity is empty, and no facts are carried into the new year's quarters
      expect(got?.facts).toBeNull();
    }
    expect(carried).toBe(3);
  });

  it("leaves every other sheet exactly as it was, cell by cell", () => {
    for (const [name, s] of Object.entries(before)) {
      const now = book.snapshot(name);
      expect(now.values).toEqual(s.values);
      expect(now.formulas).toEqual(s.formulas);
      expect(now.cells).toEqual(s.cells);
    }
  });

  it("moves the year on in the draft's title and leaves the plan quantities empty", () => {
    const v = book.snapshot(DRAFT).values;
    const head = v.slice(0, rowOfItem(v, "1")).flat().join(" ");
    expect(head).toContain("2027");
    const r19 = rowOfItem(v, "19");
    expect(v[r19][PLAN_COL.plan]).toBe("");
  });

  it("refuses to write the draft again while its sheet exists (a typed plan is never overwritten)", async () => {
    const draftBefore = book.snapshot(DRAFT);
    const names = book.sheetNames();
    const r = await book.run((ctx) => writeNextYearDraft(ctx, { suggest: true }));
    expect(r).toMatchObject({ ok: false, reason: "draft_exists", sheet: DRAFT });
    expect(book.sheetNames()).toEqual(names);
    expect(book.snapshot(DRAFT).values).toEqual(draftBefore.values);
  });

  it("with suggest, writes suggestions in Izoh, not in the plan cell", async () => {
    const fresh = await setUpSeedBook();
    const r19 = rowOfItem(fresh.snapshot(PLAN).values, "19");
    await fresh.userEdit(PLAN, toA1(r19, PLAN_COL.facts[0]), 80);
    const r = await fresh.run((ctx) => writeNextYearDraft(ctx, { suggest: true }));
    expect(r.ok && r.suggestions).toBeGreaterThan(0);
    const v = fresh.snapshot(DRAFT).values;
    const d19 = rowOfItem(v, "19");
    expect(v[d19][PLAN_COL.plan]).toBe("");
    expect(String(v[d19][PLAN_COL.note])).toMatch(/^Reja taklifi: \d+/);
  });
});
