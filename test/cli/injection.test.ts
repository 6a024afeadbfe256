import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeFacts } from "../../src/xlsx/facts";
import { cellsHolding, INJECTIONS, injectionSeed, readXlsx, run, tempDir, withFacts } from "./helpers";

/** Plan text that looks like a formula comes out as the same literal text in every sheet the commands write. */
describe("formula-like plan text stays text", () => {
  const dir = tempDir();
  const files: Record<string, string> = {};
  beforeAll(async () => {
    const src = join(dir, "inject.txt");
    // also a responsible name and a note that look like formulas
    writeFileSync(src, injectionSeed().replace(/^(7\.\t(?:[^\t]*\t){6})[^\t\n]*/m, "$1=1+1"));
    files.plan = join(dir, "plan.xlsx");
    expect((await run(["import", src, "-o", files.plan])).code).toBe(0);
    files.facts = join(dir, "facts.xlsx");
    await withFacts(files.plan, files.facts, (ws, p) => {
      writeFacts(ws, p, [{ item: "1", quarter: 1, value: "✓" }]);
      ws.getCell(p.items.find((i) => i.number === "2")!.row + 1, p.columns.note + 1).value = "+izoh";
    });
    files.filled = join(dir, "filled.xlsx");
    expect((await run(["fill", files.facts, "--quarter", "2", "-o", files.filled])).code).toBe(0);
    files.report = join(dir, "report.xlsx");
    expect((await run(["report", files.filled, "--quarter", "2", "-o", files.report])).code).toBe(0);
    files.region = join(dir, "region.xlsx");
    expect((await run(["consolidate", files.filled, src, "--quarter", "2", "-o", files.region])).code).toBe(
      0
    );
  });

  it.each(["plan", "filled", "report", "region"])("in the %s workbook", async (key) => {
    const wb = await readXlsx(files[key]);
    const texts = [...INJECTIONS, "=1+1", "+izoh"];
    const found = cellsHolding(wb, texts);
    for (const f of found) {
      expect({ at: `${f.sheet}!${f.address}`, formula: f.formula, type: f.type }).toEqual({
        at: `${f.sheet}!${f.address}`,
        formula: undefined,
        type: ExcelJS.ValueType.String,
      });
    }
    // every generated sheet that shows item names has all four texts
    const sheets =
      key === "region"
        ? ["Viloyat 2026 II chorak"]
        : key === "report"
          ? ["Ish reja", "Hisobot 2026 II chorak"]
          : ["Ish reja"];
    for (const sheet of sheets) {
      for (const t of INJECTIONS) expect(found.some((f) => f.sheet === sheet && f.value === t)).toBe(true);
    }
    if (key === "report")
      expect(found.some((f) => f.sheet === "Hisobot 2026 II chorak" && f.value === "+izoh")).toBe(true);
    if (key !== "region") expect(found.some((f) => f.value === "=1+1")).toBe(true);
  });
});
