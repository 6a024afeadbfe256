import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { InspectJson } from "../../src/cli/inspect";
import { readSettings } from "../../src/core/layout/settings-sheet";
import { readPlan } from "../../src/core/reader";
import { parseTsv } from "../../src/core/tsv";
import { sheetGrid } from "../../src/xlsx/read";
import {
  cellsHolding,
  INJECTIONS,
  injectionSeed,
  readXlsx,
  run,
  runJson,
  SEED,
  seedText,
  tempDir,
} from "./helpers";

const dir = tempDir();
const PLAN_HEADERS = [
  "№",
  "Nomi",
  "O'lchov birligi",
  "Miqdori",
  null,
  "Amalga oshirish mexanizmi",
  "Bajarilish muddati",
  "Mas'ullar",
];
const TRACKING = [
  "I chorak fakt",
  "II chorak fakt",
  "III chorak fakt",
  "IV chorak fakt",
  "Jami fakt",
  "Bajarilish %",
  "I chorak holati",
  "II chorak holati",
  "III chorak holati",
  "IV chorak holati",
  "Izoh",
];

function headerRow(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === "№") return r;
  throw new Error("no header row");
}

describe("reja import", () => {
  const out = join(dir, "plan.xlsx");
  let wb: ExcelJS.Workbook;
  let plan: ExcelJS.Worksheet;
  beforeAll(async () => {
    const r = await run(["import", SEED, "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    wb = await readXlsx(out);
    plan = wb.getWorksheet("Ish reja")!;
  });

  it("writes the plan, vocabulary and settings sheets", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Ish reja", "Reja lug'atlari", "Reja sozlamalari"]);
  });

  it("has the plan columns in the original order, then the tracking columns with exactly those headers", () => {
    const h = headerRow(plan);
    const top = Array.from({ length: 19 }, (_, c) => plan.getCell(h, c + 1));
    expect(top.slice(0, 8).map((c) => (c.isMerged && c.master !== c ? null : c.value))).toEqual(PLAN_HEADERS);
    expect(plan.getCell(h + 1, 4).value).toBe("2025-yil (fakt)");
    expect(plan.getCell(h + 1, 5).value).toBe("2026-yil (reja)");
    expect(top.slice(8).map((c) => c.value)).toEqual(TRACKING);
    expect(plan.views[0]).toMatchObject({ state: "frozen", ySplit: h + 1 });
    // a fixed 75 % (text at 8 pt or more), not fitted to one page width
    expect(plan.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: false,
      scale: 75,
    });
    expect(plan.pageSetup.printTitlesRow).toBe(`${h}:${h + 1}`);
    expect(plan.pageSetup.printTitlesColumn).toBe("A:B");
  });

  it("feeds the unit, deadline and responsible dropdowns from the vocabulary sheet", () => {
    const dv = (plan as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const first = headerRow(plan) + 2;
    const src = (col: string) => dv[`${col}${first}`]?.formulae?.[0];
    expect(src("C")).toBe("'Reja lug''atlari'!$A$2:$A$200");
    expect(src("G")).toBe("'Reja lug''atlari'!$C$2:$C$200");
    expect(src("H")).toBe("'Reja lug''atlari'!$D$2:$D$200");
    expect(dv[`C${first}`].type).toBe("list");
    const vocab = wb.getWorksheet("Reja lug'atlari")!;
    const units = Array.from({ length: 12 }, (_, i) => vocab.getCell(i + 2, 1).value);
    expect(units).toEqual(expect.arrayContaining(["Tadbir", "Nusxa", "Nafar"]));
    const responsible = Array.from({ length: 10 }, (_, i) => vocab.getCell(i + 2, 4).value);
    expect(responsible).toContain("Axborot-bibliografiya xizmati");
  });

  it("stores the settings in the workbook", () => {
    const s = readSettings(sheetGrid(wb.getWorksheet("Reja sozlamalari")!));
    expect(s).toMatchObject({
      year: 2026,
      district: "Jondor",
      director: "R. Halimov",
      approver: "H. Qosimov",
      tolerance: 0.1,
    });
    expect(s.region).toMatch(/Buxoro viloyati/);
  });

  it("loses nothing: the plan read back from the workbook equals the source plan", async () => {
    const source = readPlan(parseTsv(seedText()));
    const back = readPlan(sheetGrid(plan));
    if (!source.ok || !back.ok) throw new Error("no plan");
    const essence = (p: typeof source.plan) =>
      p.items.map((i) => ({
        number: i.number,
        name: i.name,
        mechanism: i.mechanism,
        deadline: i.deadline,
        responsible: i.responsible,
        indicators: i.indicators.map((x) => ({
          unit: x.unit,
          prev: x.previousFact.value,
          plan: x.plan.value,
          mechanism: x.mechanism,
          responsible: x.responsible,
        })),
      }));
    expect(essence(back.plan)).toEqual(essence(source.plan));
    expect(back.plan.sections.map((s) => s.title)).toEqual(source.plan.sections.map((s) => s.title));
    const i43 = back.plan.items.find((i) => i.number === "4.3")!;
    expect(i43.mechanism.length).toBeGreaterThan(0);
    // inspect reads the imported workbook the same as the seed
    const a = await runJson<InspectJson>(["inspect", SEED, "--json"]);
    const b = await runJson<InspectJson>(["inspect", out, "--json"]);
    const strip = (j: InspectJson) => j.items.map(({ row: _row, ...rest }) => rest);
    expect(strip(b.json)).toEqual(strip(a.json));
  });

  it("takes the settings given on the command line", async () => {
    const path = join(dir, "custom.xlsx");
    const r = await run([
      "import",
      SEED,
      "-o",
      path,
      "--district",
      "G'ijduvon",
      "--region",
      "Buxoro viloyati AKM",
      "--director",
      "A. Karimov",
      "--year",
      "2027",
    ]);
    expect(r.code).toBe(0);
    const s = readSettings(sheetGrid((await readXlsx(path)).getWorksheet("Reja sozlamalari")!));
    expect(s).toMatchObject({
      district: "G'ijduvon",
      region: "Buxoro viloyati AKM",
      director: "A. Karimov",
      year: 2027,
    });
  });

  it("re-imports an imported workbook", async () => {
    const again = join(dir, "again.xlsx");
    expect((await run(["import", out, "-o", again])).code).toBe(0);
    const b = await runJson<InspectJson>(["inspect", again, "--json"]);
    expect(b.json.items.length).toBe(48);
  });

  it("needs -o and a usable input", async () => {
    expect((await run(["import", SEED])).code).toBe(2);
    expect((await run(["import", join(dir, "missing.txt"), "-o", join(dir, "x.xlsx")])).code).toBe(2);
    expect((await run(["import", SEED, "-o", join(dir, "x.xlsx"), "--year", "20x6"])).code).toBe(2);
  });

  it("writes formula-like plan text as literal text", async () => {
    const src = join(dir, "inject.txt");
    writeFileSync(src, injectionSeed().replace(/^(26\.\t(?:[^\t]*\t){3})790/m, "$1-2"));
    const path = join(dir, "inject.xlsx");
    expect((await run(["import", src, "-o", path])).code).toBe(0);
    const found = cellsHolding(await readXlsx(path), INJECTIONS);
    for (const t of INJECTIONS) expect(found.filter((f) => f.value === t).length).toBeGreaterThanOrEqual(1);
    expect(found.filter((f) => f.sheet === "Ish reja" && f.value === "-2").length).toBeGreaterThanOrEqual(2); // name of 3 and plan of 26
    for (const f of found) {
      expect(f.formula).toBeUndefined();
      expect(f.type).toBe(ExcelJS.ValueType.String);
    }
  });
});
