import { join } from "node:path";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { setUpPlanEditor } from "../../src/excel";
import { PAYLOAD_LIMIT_BYTES } from "../../src/standin";
import {
  bookWithGrid,
  cli,
  comparable,
  seedGrid,
  SEED,
  snapshotAll,
  SOURCE_SHEET,
  tempDir,
  trimmed,
  xlsxGrids,
} from "./helpers";

describe("setUpPlanEditor on the Jondor plan", () => {
  test("writes the same three sheets as `reja import`, in one read and one write", async () => {
    const dir = tempDir();
    const out = join(dir, "plan.xlsx");
    await cli(["import", SEED, "-o", out]);
    const expected = await xlsxGrids(out);

    const book = bookWithGrid(seedGrid());
    const before = book.snapshot(SOURCE_SHEET);
    book.resetStats();
    const result = await book.run((ctx) => setUpPlanEditor(ctx));
    expect(result).toMatchObject({ ok: true, sheet: SHEET_NAMES.plan, source: SOURCE_SHEET });
    expect(book.stats.syncs).toBeLessThanOrEqual(2);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(book.droppedOperations).toBe(0);

    for (const name of [SHEET_NAMES.plan, SHEET_NAMES.vocabulary, SHEET_NAMES.settings]) {
      expect({ name, values: trimmed(book.snapshot(name).values) }).toEqual({
        name,
        values: trimmed(expected.get(name) ?? []),
      });
    }
    expect(book.snapshot(SOURCE_SHEET)).toEqual(before);
    expect(book.activeSheetName()).toBe(SHEET_NAMES.plan);
  });

  test("running it again on the sheet it made changes nothing", async () => {
    const book = bookWithGrid(seedGrid());
    await book.run((ctx) => setUpPlanEditor(ctx));
    const once = snapshotAll(book);
    const again = await book.run((ctx) => setUpPlanEditor(ctx));
    expect(again).toMatchObject({ ok: false, reason: "already_structured" });
    const twice = snapshotAll(book);
    expect(Object.keys(twice)).toEqual(Object.keys(once));
    for (const name of Object.keys(once)) expect(comparable(twice[name])).toEqual(comparable(once[name]));
  });

  test("from the original sheet again, a second plan sheet is made and nothing else changes", async () => {
    const book = bookWithGrid(seedGrid());
    await book.run((ctx) => setUpPlanEditor(ctx));
    const once = snapshotAll(book);
    book.userSelect(SOURCE_SHEET, "A1");
    const again = await book.run((ctx) => setUpPlanEditor(ctx));
    expect(again).toMatchObject({ ok: true, sheet: "Ish reja (2)", createdSheets: ["Ish reja (2)"] });
    for (const name of Object.keys(once))
      expect(comparable(book.snapshot(name))).toEqual(comparable(once[name]));
    expect(trimmed(book.snapshot("Ish reja (2)").values)).toEqual(trimmed(once[SHEET_NAMES.plan].values));
  });

  test("an existing settings sheet is the co-authors' shared state and is kept", async () => {
    const book = bookWithGrid(seedGrid());
    await book.run((ctx) => setUpPlanEditor(ctx));
    await book.userEdit(SHEET_NAMES.settings, "B3", "Qorako'l", { remote: true });
    const settings = book.snapshot(SHEET_NAMES.settings);
    book.userSelect(SOURCE_SHEET, "A1");
    await book.run((ctx) => setUpPlanEditor(ctx));
    expect(book.snapshot(SHEET_NAMES.settings)).toEqual(settings);
  });

  test("a sheet with no plan table is refused and nothing is written", async () => {
    const book = bookWithGrid([["salom"], ["dunyo"]]);
    const before = snapshotAll(book);
    const result = await book.run((ctx) => setUpPlanEditor(ctx));
    expect(result).toMatchObject({ ok: false, reason: "no_plan_table" });
    expect(snapshotAll(book)).toEqual(before);
  });
});

describe("setUpPlanEditor on a sheet Reja generated", () => {
  test("a report sheet holding a plan-like table is refused, and nothing is written", async () => {
    // the seed's rows on a sheet named as Reja names its reports: a plan table the reader would accept
    const book = bookWithGrid(seedGrid(), "Hisobot 2026 II chorak");
    const result = await book.run((ctx) => setUpPlanEditor(ctx));
    expect(result).toEqual({ ok: false, reason: "generated_sheet", source: "Hisobot 2026 II chorak" });
    expect(book.sheetNames()).toEqual(["Hisobot 2026 II chorak"]);
  });
});
