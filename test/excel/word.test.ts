/**
 * What the plan's Word document is made from, read on the Excel stand-in in one sync; the .docx reads back, and is
 * written in the workbook's language.
 */
import { readPlan } from "../../src/core/reader";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { readDocxFile } from "../../src/docx-file/node";
import { planWordBytes } from "../../src/docx-file/write";
import { readPlanForWord } from "../../src/excel/commands/word";
import { createWorkbook } from "../../src/standin";
import { itemSummary } from "../docx-file/plan-summary";
import { setUpPlanEditor } from "../../src/excel";
import { bookWithGrid, seedGrid, setUpSeedBook, snapshotAll, SOURCE_SHEET, toSeed } from "./helpers";

function seedPlan() {
  const r = readPlan(seedGrid());
  if (!r.ok) throw new Error("seed unreadable");
  return r.plan;
}

describe("readPlanForWord on the stand-in", () => {
  it("reads the set-up plan and its settings in one sync, writing nothing", async () => {
    const book = await setUpSeedBook();
    const before = snapshotAll(book);
    const r = await book.run((ctx) => readPlanForWord(ctx));
    expect(book.stats.syncs).toBe(1);
    expect(snapshotAll(book)).toEqual(before);
    if (!r.ok) throw new Error(r.reason);
    expect(r.syncs).toBe(1);
    expect(r.fileName).toBe("Jondor-2026-ish-reja.docx");
    expect(r.settings.district).toBe("Jondor");
    expect(r.plan.items.length).toBe(48);
    expect(r.plan.items.map(itemSummary)).toEqual(seedPlan().items.map(itemSummary));
  });

  it("its .docx reads back as the same plan: items, numbers, indicators, year, district", async () => {
    const book = await setUpSeedBook();
    const r = await book.run((ctx) => readPlanForWord(ctx));
    if (!r.ok) throw new Error(r.reason);
    const doc = await readDocxFile(await planWordBytes(r.plan, r.settings));
    const back = readPlan(doc.grid);
    if (!back.ok) throw new Error("the written document has no plan table");
    const seed = seedPlan();
    expect(back.plan.items.length).toBe(seed.items.length);
    expect(back.plan.items.map((i) => i.number)).toEqual(seed.items.map((i) => i.number));
    expect(back.plan.items.map(itemSummary)).toEqual(seed.items.map(itemSummary));
    expect(back.plan.year).toBe(2026);
    expect(back.plan.district).toBe("Jondor");
  });

  it("says so when there is no plan sheet (not set up yet), or no plan table on it", async () => {
    const pasted = bookWithGrid(seedGrid());
    expect(await pasted.run((ctx) => readPlanForWord(ctx))).toMatchObject({
      ok: false,
      reason: "no_plan_sheet",
    });
    const empty = createWorkbook({ sheets: [{ name: SHEET_NAMES.plan, values: [["bu reja emas"]] }] });
    expect(await empty.run((ctx) => readPlanForWord(ctx))).toMatchObject({
      ok: false,
      reason: "no_plan_table",
    });
  });
});

describe("the pane's Word document in the workbook's language", () => {
  it("is written in the settings' language (Russian here) and reads back as the same plan", async () => {
    const book = createWorkbook({
      sheets: [
        { name: SOURCE_SHEET, values: toSeed(seedGrid()) },
        {
          name: SHEET_NAMES.settings,
          values: [
            ["Kalit", "Qiymat", "Izoh"],
            ["lang", "ru", ""],
          ],
        },
      ],
    });
    book.userSelect(SOURCE_SHEET, "A1");
    expect(await book.run((ctx) => setUpPlanEditor(ctx))).toMatchObject({ ok: true });
    const r = await book.run((ctx) => readPlanForWord(ctx));
    if (!r.ok) throw new Error(r.reason);
    expect(r.settings.lang).toBe("ru");
    const doc = await readDocxFile(await planWordBytes(r.plan, r.settings));
    const texts = doc.grid.flatMap((row) => (Array.isArray(row) ? row : []));
    expect(texts).toEqual(
      expect.arrayContaining(["ПЛАН РАБОТЫ на 2026 год", "Количество", "2025 г. (факт)"])
    );
    expect(texts).not.toContain("Miqdori");
    const back = readPlan(doc.grid);
    if (!back.ok) throw new Error("the written document has no plan table");
    expect(back.plan.items.map(itemSummary)).toEqual(seedPlan().items.map(itemSummary));
    expect([back.plan.year, back.plan.district]).toEqual([2026, "Jondor"]);
  });
});
