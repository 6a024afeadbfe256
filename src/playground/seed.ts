/**
 * The playground's workbook: the Jondor example pasted into a sheet as it comes from Word, with one
 * deliberate mistake (a misspelt unit), and optionally already set up with made-up facts for quarters I–II
 * and report quarter II — so every action has something to work on.
 */
import { type Grid, parseTsv, readPlan, SHEET_NAMES } from "../core";
import { saveSettings } from "../excel/commands/settings";
import { setUpPlanEditor } from "../excel/commands/setup";
import { createWorkbook, type SeedValue, type StandinWorkbook } from "../standin";
import { JONDOR_EXAMPLE_TSV } from "./jondor-example";

export const PASTED_SHEET = "Jondor (Word)";
/** The item whose unit is misspelt, and the misspelling (unit.unknown, an error). */
export const SEEDED_MISTAKE = { item: "12", unit: "Tadbirlr" } as const;

export type SeedMode = "pasted" | "structured";

/** The example grid (or another plan's tab-separated text: `?plan=` of the page) with the seeded mistake. */
export function exampleGrid(tsv: string = JONDOR_EXAMPLE_TSV): Grid {
  const grid = parseTsv(tsv).map((row) => [...row]);
  const read = readPlan(grid);
  if (!read.ok) throw new Error("the plan has no plan table");
  const item = read.plan.items.find((i) => i.number === SEEDED_MISTAKE.item);
  if (item) {
    grid[item.row][read.plan.columns.unit] = SEEDED_MISTAKE.unit;
  }
  return grid;
}

function seedValues(grid: Grid): SeedValue[][] {
  return grid.map((row) =>
    row.map((v): SeedValue => (v === undefined ? null : v instanceof Date ? v.toISOString() : v))
  );
}

/**
 * A made-up fact for an indicator's quarter: most on target, some behind, some missing, so the statuses
 * vary. Deterministic (by row), so the playground looks the same every time.
 */
export function madeUpFact(plan: number | null, windows: number, quarter: 1 | 2, row: number): SeedValue {
  const pattern = (row * 7 + quarter * 3) % 10;
  if (pattern === 0) return null; // not entered
  if (plan === null || plan <= 0) return pattern < 9 ? "✓" : null;
  const share = plan / Math.max(windows, 1);
  const factor = pattern < 6 ? 1 : pattern < 8 ? 0.92 : 0.5;
  return Math.round(share * factor);
}

/** Writes made-up facts of quarters I and II into the plan sheet's fact columns (one sync). */
export async function writeMadeUpFacts(
  book: StandinWorkbook,
  sheet: string = SHEET_NAMES.plan
): Promise<number> {
  const values = book.snapshot(sheet).values as Grid;
  const read = readPlan(values);
  if (!read.ok) return 0;
  const plan = read.plan;
  const writes: { row: number; col: number; value: SeedValue }[] = [];
  for (const item of plan.items) {
    const windows = item.deadline.ok ? item.deadline.schedule.windows : [];
    for (const ind of item.indicators) {
      for (const q of [1, 2] as const) {
        if (!windows.some((w) => w[0] <= q && q <= w[1])) continue;
        const value = madeUpFact(ind.plan.value, windows.length, q, ind.row);
        if (value !== null) writes.push({ row: ind.row, col: plan.columns.facts[q - 1], value });
      }
    }
  }
  await book.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    for (const w of writes) ws.getRangeByIndexes(w.row, w.col, 1, 1).values = [[w.value as string | number]];
    await ctx.sync();
  });
  return writes.length;
}

export async function createPlaygroundWorkbook(mode: SeedMode, tsv?: string): Promise<StandinWorkbook> {
  const book = createWorkbook({
    name: "Jondor 2026.xlsx",
    sheets: [{ name: PASTED_SHEET, values: seedValues(exampleGrid(tsv)) }],
  });
  if (mode === "structured") {
    const setUp = await book.run((ctx) => setUpPlanEditor(ctx));
    if (!setUp.ok) throw new Error(`set up failed: ${setUp.reason}`);
    await writeMadeUpFacts(book, setUp.sheet);
    await book.run((ctx) => saveSettings(ctx, { quarter: 2 }));
  }
  book.resetStats();
  return book;
}
