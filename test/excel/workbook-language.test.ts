/**
 * A workbook in another language (the settings sheet's "lang", "Ish kitobi tili"): Set up writes the plan sheet's
 * headers in it, Fill its status words, as the command line does, and both read the same plan back.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { LANGS } from "../../src/core/languages";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { PLAN_COL } from "../../src/core/layout/plan-sheet";
import { PLAN_SHEET_TEXTS } from "../../src/core/messages/plan-sheet-texts";
import { NOT_SCHEDULED_MARK, STATUS_NAMES } from "../../src/core/messages/status";
import { TRACKING_HEADER_TEXTS } from "../../src/core/messages/tracking-headers";
import type { Lang, Plan } from "../../src/core/model";
import { readPlan } from "../../src/core/reader";
import { fillStatuses, setUpPlanEditor } from "../../src/excel";
import { createWorkbook, type StandinWorkbook } from "../../src/standin";
import { cli, comparable, seedGrid, SOURCE_SHEET, tempDir, toSeed, trimmed, xlsxGrids } from "./helpers";

const PLAN = SHEET_NAMES.plan;

function settingsRows(lang: Lang): (string | number)[][] {
  return [
    ["Kalit", "Qiymat", "Izoh"],
    ["lang", lang, ""],
    ["quarter", 2, ""],
  ];
}

function read(values: unknown[][]): Plan {
  const r = readPlan(values as never);
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

/** What a plan is, whatever sheet it was read from. */
function essence(plan: Plan) {
  return {
    year: plan.year,
    district: plan.district,
    sections: plan.sections.map((s) => [s.number, s.title]),
    items: plan.items.map((i) => ({
      number: i.number,
      name: i.name,
      deadline: i.deadlineText,
      responsible: i.responsible,
      indicators: i.indicators.map((ind) => [
        ind.unit,
        ind.previousFact.value,
        ind.plan.value,
        ind.mechanism,
      ]),
    })),
  };
}

/** The command line's workbook from the same input: the seed sheet and a settings sheet naming the language. */
async function cliPlanSheets(lang: Lang): Promise<{ imported: unknown[][]; filled: unknown[][] }> {
  const dir = tempDir();
  const input = join(dir, "input.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(SOURCE_SHEET).addRows(seedGrid() as unknown[][]);
  wb.addWorksheet(SHEET_NAMES.settings).addRows(settingsRows(lang));
  await wb.xlsx.writeFile(input);
  const plan = join(dir, "plan.xlsx");
  await cli(["import", input, "--sheet", SOURCE_SHEET, "-o", plan]);
  const imported = (await xlsxGrids(plan)).get(PLAN) as unknown[][];
  await cli(["fill", plan, "--quarter", "2"]);
  const filled = (await xlsxGrids(plan)).get(PLAN) as unknown[][];
  return { imported, filled };
}

async function setUpIn(lang: Lang): Promise<StandinWorkbook> {
  const book = createWorkbook({
    sheets: [
      { name: SOURCE_SHEET, values: toSeed(seedGrid()) },
      { name: SHEET_NAMES.settings, values: settingsRows(lang) },
    ],
  });
  book.userSelect(SOURCE_SHEET, "A1");
  const result = await book.run((ctx) => setUpPlanEditor(ctx));
  expect(result).toMatchObject({ ok: true, sheet: PLAN });
  return book;
}

describe.each(LANGS)("a workbook in %s", (lang) => {
  let cliSheets: { imported: unknown[][]; filled: unknown[][] };
  beforeAll(async () => {
    cliSheets = await cliPlanSheets(lang);
  });

  test("Set up writes the plan sheet's headers in it, as `reja import` does, and the plan reads back the same", async () => {
    const book = await setUpIn(lang);
    const values = book.snapshot(PLAN).values;
    expect(trimmed(values)).toEqual(trimmed(cliSheets.imported as never));
    const words = PLAN_SHEET_TEXTS[lang];
    const header = values.find((row) => row[PLAN_COL.number] === words.number)!;
    expect(header[PLAN_COL.name]).toBe(words.name);
    expect(header[PLAN_COL.responsible]).toBe(words.responsible);
    expect(header[PLAN_COL.note]).toBe(TRACKING_HEADER_TEXTS[lang][10]);
    const back = read(values as unknown[][]);
    expect(essence(back)).toEqual(essence(read(seedGrid() as unknown[][])));
    expect(back.columns.statuses).toEqual([...PLAN_COL.statuses]);
    expect(back.columns.note).toBe(PLAN_COL.note);
  });

  test("Fill writes the status words in it, as `reja fill` does; a second Fill changes nothing", async () => {
    const book = await setUpIn(lang);
    const result = await book.run((ctx) => fillStatuses(ctx));
    expect(result).toMatchObject({ ok: true });
    const values = book.snapshot(PLAN).values;
    expect(trimmed(values)).toEqual(trimmed(cliSheets.filled as never));
    const names = new Set<unknown>([NOT_SCHEDULED_MARK, ...Object.values(STATUS_NAMES[lang])]);
    const written = values
      .slice(read(values as unknown[][]).headerRow + 2)
      .flatMap((row) => PLAN_COL.statuses.map((c) => row[c]).filter((v) => v !== null && v !== ""));
    expect(written.length).toBeGreaterThan(0);
    for (const v of written) expect(names.has(v)).toBe(true);
    const once = comparable(book.snapshot(PLAN));
    await book.run((ctx) => fillStatuses(ctx));
    expect(comparable(book.snapshot(PLAN))).toEqual(once);
  });
});
