import { join } from "node:path";
import type { InspectJson } from "../../src/cli/inspect";
import { readPlanWorkbook } from "../../src/xlsx/plan-workbook";
import { readXlsx, runJson } from "./helpers";

const examples = join(__dirname, "..", "..", "examples");
const FILES = ["jondor-2026-namuna.xlsx", "vobkent-2026-namuna.xlsx", "qorakol-2026-namuna.xlsx"];

describe("the example workbooks", () => {
  it.each(FILES)("%s is a structured plan workbook labelled as made-up example data", async (file) => {
    const wb = await readXlsx(join(examples, file));
    const read = readPlanWorkbook(wb);
    if (!read.ok) throw new Error("no plan");
    expect(read.plan.items.length).toBe(48);
    expect(read.settings.year).toBe(2026);
    const settings = wb.getWorksheet("Reja sozlamalari")!;
    const texts: string[] = [];
    settings.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
    expect(texts.some((t) => /to'qima/.test(t) && /example data/i.test(t))).toBe(true);
    expect(String(read.sheet.getCell("J1").value)).toMatch(/NAMUNA/);
    // facts for I and II only
    const facts = read.plan.items.flatMap((i) => i.indicators.map((x) => x.facts));
    expect(facts.some((f) => f[0] !== null) && facts.some((f) => f[1] !== null)).toBe(true);
    expect(facts.every((f) => f[2] === null && f[3] === null)).toBe(true);
  });

  it("have their own districts, and only Qorako'l has errors", async () => {
    const names: string[] = [];
    for (const file of FILES) {
      const r = await runJson<InspectJson>(["inspect", join(examples, file), "--json"]);
      names.push(String(r.json.district));
    }
    expect(names).toEqual(["Jondor", "Vobkent", "Qorako'l"]);
    const codes = async (file: string) => {
      const r = await runJson<{ diagnostics: { severity: string; code: string }[] }>([
        "check",
        join(examples, file),
        "--quarter",
        "2",
        "--json",
      ]);
      return {
        code: r.code,
        errors: r.json.diagnostics
          .filter((d) => d.severity === "error")
          .map((d) => d.code)
          .sort(),
      };
    };
    expect(await codes(FILES[0])).toEqual({ code: 0, errors: [] });
    expect(await codes(FILES[1])).toEqual({ code: 0, errors: [] });
    expect(await codes(FILES[2])).toEqual({
      code: 1,
      errors: ["number.duplicate", "quantity.invalid", "unit.unknown"],
    });
  });
});
