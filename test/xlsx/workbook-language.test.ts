/**
 * The structured workbook in each workbook language, written with ExcelJS to a file and read back: the same
 * plan, settings and vocabulary; Reja's headers in the language; fonts that name their typeface.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillWrites } from "../../src/core/layout/fill";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { PLAN_COL, structuredWorkbook } from "../../src/core/layout/plan-sheet";
import { defaultSettings } from "../../src/core/layout/settings-sheet";
import { LANGS } from "../../src/core/languages";
import { PLAN_SHEET_TEXTS } from "../../src/core/messages/plan-sheet-texts";
import { STATUS_NAMES } from "../../src/core/messages/status";
import type { Lang, Plan } from "../../src/core/model";
import { readPlan } from "../../src/core/reader";
import { parseTsv } from "../../src/core/tsv";
import { DEFAULT_VOCABULARY } from "../../src/core/vocabulary";
import { readPlanWorkbook } from "../../src/xlsx/plan-workbook";
import { findSheet, loadWorkbook, sheetGrid } from "../../src/xlsx/read";
import { applyCellWrites, newWorkbook, saveWorkbook, writeSheet } from "../../src/xlsx/write";

const dir = mkdtempSync(join(tmpdir(), "reja-lang-"));
const source = parseTsv(readFileSync(join(__dirname, "../fixtures/jondor-2026.txt"), "utf8"));
const parsed = readPlan(source);
if (!parsed.ok) throw new Error("no plan in the fixture");
const original = parsed.plan;

function essence(plan: Plan) {
  return {
    year: plan.year,
    district: plan.district,
    centre: plan.centre,
    agreedBy: plan.agreedBy,
    approvedBy: plan.approvedBy,
    columns: plan.columns,
    sections: plan.sections.map((s) => [s.number, s.title]),
    items: plan.items.map((i) => ({
      number: i.numberText,
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

async function written(lang: Lang): Promise<string> {
  const wb = newWorkbook();
  const settings = { ...defaultSettings(original), lang };
  for (const spec of structuredWorkbook(original, source, settings, DEFAULT_VOCABULARY)) writeSheet(wb, spec);
  const path = join(dir, `plan-${lang}.xlsx`);
  await saveWorkbook(wb, path);
  return path;
}

const baseline = (async () => {
  const read = readPlanWorkbook(await loadWorkbook(await written("uz")));
  if (!read.ok) throw new Error("uz workbook unreadable");
  return essence(read.plan);
})();

describe.each(LANGS)("the structured workbook in %s, through an .xlsx file", (lang) => {
  test("reads back the same plan, its settings and vocabulary", async () => {
    const wb = await loadWorkbook(await written(lang));
    const read = readPlanWorkbook(wb);
    if (!read.ok) throw new Error(read.reason);
    expect(essence(read.plan)).toEqual(await baseline);
    expect(essence(read.plan).items).toEqual(essence(original).items);
    expect(read.storedSettings.lang).toBe(lang);
    expect(read.vocabulary).toEqual(DEFAULT_VOCABULARY);
    const words = PLAN_SHEET_TEXTS[lang];
    const grid = sheetGrid(read.sheet);
    expect(grid[read.plan.headerRow].slice(0, 3)).toEqual([words.number, words.name, words.unit]);
    expect(sheetGrid(findSheet(wb, SHEET_NAMES.settings)!)[0]).toEqual([...words.settingsHeaders]);
    expect(sheetGrid(findSheet(wb, SHEET_NAMES.vocabulary)!)[0]).toEqual([...words.vocabularyHeaders]);
  });

  test("a fill in the language survives the file, and the plan reads back unchanged", async () => {
    const path = await written(lang);
    const wb = await loadWorkbook(path);
    const read = readPlanWorkbook(wb);
    if (!read.ok) throw new Error(read.reason);
    applyCellWrites(read.sheet, fillWrites(read.plan, { quarter: 2, tolerance: 0.1, lang }));
    await saveWorkbook(wb, path);
    const again = readPlanWorkbook(await loadWorkbook(path));
    if (!again.ok) throw new Error(again.reason);
    expect(essence(again.plan)).toEqual(essence(read.plan));
    const names = Object.values(STATUS_NAMES[lang]);
    const statuses = sheetGrid(again.sheet).flatMap((row) => PLAN_COL.statuses.map((c) => row[c]));
    expect(statuses.filter((v) => typeof v === "string" && names.includes(v)).length).toBeGreaterThan(0);
  });

  test("every styled font names its typeface and size (LibreOffice prints a nameless one in a serif)", async () => {
    const wb = await loadWorkbook(await written(lang));
    const ws = findSheet(wb, SHEET_NAMES.plan)!;
    let bold = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!cell.font) return;
        if (cell.font.bold) bold++;
        expect(cell.font).toMatchObject({ name: "Calibri", size: expect.any(Number) });
      })
    );
    expect(bold).toBeGreaterThan(10);
  });
});
