import { join } from "node:path";
import { columnLetter } from "../../src/core/grid";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { checkWorkbook, MASK_SHEET } from "../../src/excel";
import { HIGHLIGHT_COLORS } from "../../src/excel/commands/check";
import { PAYLOAD_LIMIT_BYTES, type StandinWorkbook } from "../../src/standin";
import { cli, comparable, rowOfItem, SEED, setUpSeedBook, snapshotAll, tempDir } from "./helpers";

const PLAN = SHEET_NAMES.plan;
const UNIT_COL = 2;

async function userFill(book: StandinWorkbook, sheet: string, address: string, color: string): Promise<void> {
  await book.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).format.fill.color = color;
    await ctx.sync();
  });
}

function maskAt(book: StandinWorkbook, address: string): unknown {
  return book.cell(MASK_SHEET, address).value;
}

describe("checkWorkbook", () => {
  test("finds what `reja check` finds on the same workbook, in one read and one write", async () => {
    const dir = tempDir();
    const out = join(dir, "plan.xlsx");
    await cli(["import", SEED, "-o", out]);
    const expected = (
      JSON.parse(await cli(["check", out, "--json"])) as {
        diagnostics: { code: string; cell: string; item: string | null; severity: string }[];
      }
    ).diagnostics;
    expect(expected.length).toBeGreaterThan(0);

    const book = await setUpSeedBook();
    const result = await book.run((ctx) => checkWorkbook(ctx));
    expect(result.ok).toBe(true);
    // the seed has no facts yet: the pane and `reja check` (without --quarter) both stay quiet about facts and
    // notes until tracking starts (core CheckOptions.quietUntilTracked); `--quarter` asks for them
    expect(expected.some((d) => d.code === "fact.missing")).toBe(false);
    expect(result.findings.map((f) => [f.code, f.cell, f.item, f.severity, f.sheet])).toEqual(
      expected.map((d) => [d.code, d.cell, d.item, d.severity, PLAN])
    );
    expect(book.stats.syncs).toBeLessThanOrEqual(2);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(book.droppedOperations).toBe(0);
  });

  test("marks the finding cells on a hidden mask sheet and highlights them with two conditional formats, leaving plan cells alone", async () => {
    const book = await setUpSeedBook();
    const before = book.snapshot(PLAN);
    const result = await book.run((ctx) => checkWorkbook(ctx));
    if (!result.ok) throw new Error("check failed");
    const after = book.snapshot(PLAN);
    expect(after.cells).toEqual(before.cells);
    expect(after.values).toEqual(before.values);

    const mask = book.snapshot(MASK_SHEET);
    expect(mask.visibility).toBe("VeryHidden");
    for (const f of result.findings) {
      const level = result.findings.filter((g) => g.cell === f.cell).some((g) => g.severity === "error")
        ? 2
        : result.findings.some((g) => g.cell === f.cell && g.severity === "warning")
          ? 1
          : "";
      expect([f.cell, maskAt(book, f.cell)]).toEqual([f.cell, level]);
    }
    const marked = Object.values(mask.cells)
      .filter((c) => c.value !== "")
      .map((c) => c.address)
      .sort();
    const named = [
      ...new Set(result.findings.filter((f) => f.severity !== "info").map((f) => f.cell)),
    ].sort();
    expect(marked).toEqual(named);

    const cfs = after.conditionalFormats.map((c) => [c.type, c.address, c.formula, c.fillColor]).sort();
    expect(cfs).toEqual(
      [
        [
          "Custom",
          book.snapshot(PLAN).conditionalFormats[0].address,
          `='${MASK_SHEET}'!A1=1`,
          HIGHLIGHT_COLORS.warning,
        ],
        [
          "Custom",
          book.snapshot(PLAN).conditionalFormats[0].address,
          `='${MASK_SHEET}'!A1=2`,
          HIGHLIGHT_COLORS.error,
        ],
      ].sort()
    );
    // the whole sheet, so rows added later are covered without touching the rules
    expect(["A:XFD", "1:1048576", "A1:XFD1048576"]).toContain(cfs[0][1]);
  });

  test("checking twice gives the same workbook (no duplicate conditional formats)", async () => {
    const book = await setUpSeedBook();
    await book.run((ctx) => checkWorkbook(ctx));
    const once = snapshotAll(book);
    await book.run((ctx) => checkWorkbook(ctx));
    const twice = snapshotAll(book);
    expect(Object.keys(twice)).toEqual(Object.keys(once));
    for (const name of Object.keys(once)) expect(comparable(twice[name])).toEqual(comparable(once[name]));
  });

  test("a user-coloured cell with an error keeps its fill; the highlight goes once the cell is fixed", async () => {
    const book = await setUpSeedBook();
    const values = book.snapshot(PLAN).values;
    const row = rowOfItem(values, "1");
    const address = `${columnLetter(UNIT_COL)}${row + 1}`;
    const unit = values[row][UNIT_COL];
    await userFill(book, PLAN, address, "#00B0F0");
    const userFormat = book.cell(PLAN, address).format;

    await book.userEdit(PLAN, address, "Qandaydir birlik");
    const broken = await book.run((ctx) => checkWorkbook(ctx));
    expect(broken.findings.some((f) => f.cell === address && f.code === "unit.unknown")).toBe(true);
    expect(maskAt(book, address)).toBe(2);
    expect(book.cell(PLAN, address).format).toEqual(userFormat);

    await book.userEdit(PLAN, address, unit as string);
    const fixed = await book.run((ctx) => checkWorkbook(ctx));
    expect(fixed.findings.some((f) => f.cell === address)).toBe(false);
    expect(maskAt(book, address)).toBe("");
    expect(book.cell(PLAN, address).format).toEqual(userFormat);
    expect(book.cell(PLAN, address).format.fill).toBe("#00B0F0");
  });

  test("a workbook without the plan sheet is reported, nothing written", async () => {
    const book = await setUpSeedBook();
    const before = snapshotAll(book);
    const result = await book.run((ctx) => checkWorkbook(ctx, { sheet: "Yo'q varaq" }));
    expect(result).toMatchObject({ ok: false, reason: "no_plan_sheet" });
    expect(snapshotAll(book)).toEqual(before);
  });

  test("messages follow the language asked for; codes do not", async () => {
    const book = await setUpSeedBook();
    const uz = await book.run((ctx) => checkWorkbook(ctx));
    const en = await book.run((ctx) => checkWorkbook(ctx, { lang: "en" }));
    expect(en.findings.map((f) => f.code)).toEqual(uz.findings.map((f) => f.code));
    expect(en.findings.map((f) => f.message)).not.toEqual(uz.findings.map((f) => f.message));
  });
});
