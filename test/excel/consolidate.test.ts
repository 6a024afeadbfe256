/** Consolidation into the open workbook on the Excel stand-in: sheets, chart, one read and one write, re-runs. */
import { join } from "node:path";
import { type DistrictInput } from "../../src/core";
import { loadXlsxPlan } from "../../src/cli/input";
import { consolidateInWorkbook } from "../../src/excel";
import { createWorkbook } from "../../src/standin";

const EXAMPLES = join(__dirname, "..", "..", "examples");

async function example(stem: string): Promise<DistrictInput> {
  const l = await loadXlsxPlan(join(EXAMPLES, `${stem}-2026-namuna.xlsx`));
  const name = l.settings.district;
  return {
    name,
    plan: l.plan,
    error: null,
    settings: { ...l.storedSettings, district: name },
    source: { file: `${stem}.xlsx`, date: "" },
  };
}

describe("consolidateInWorkbook", () => {
  let inputs: DistrictInput[];
  beforeAll(async () => {
    inputs = [await example("jondor"), await example("qorakol"), await example("vobkent")];
  });

  it("writes the scorecard first, the items, the problems and the mapping, with a chart, in one read and one write", async () => {
    const book = createWorkbook({ sheets: [{ name: "Viloyat markazi", values: [["Xat"]] }] });
    book.resetStats();
    const r = await book.run((ctx) => consolidateInWorkbook(ctx, inputs, 2));
    expect(r).toMatchObject({ ok: true, chart: true, replaced: [] });
    expect(book.stats.syncs).toBe(2);
    expect(book.sheetNames()).toEqual([
      "Viloyat markazi",
      "Tumanlar 2026 II chorak",
      "Viloyat 2026 II chorak",
      "Ayrimlarida 2026 II chorak",
      "Muammolar 2026 II chorak",
      "Moslashtirish",
    ]);
    const card = book.snapshot("Tumanlar 2026 II chorak");
    expect(card.values[3].slice(1, 3)).toEqual(["Vobkent", 99.9]);
    expect(card.charts).toEqual([
      expect.objectContaining({
        chartType: "BarClustered",
        source: "B3:C6",
        title: "Bajarilish % tumanlar bo'yicha",
      }),
    ]);
    expect(card.pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    });
    expect(book.snapshot("Viloyat markazi").values).toEqual([["Xat"]]);
  });

  it("re-running replaces only its own sheets and honours a correction typed in Moslashtirish", async () => {
    const book = createWorkbook({ sheets: [{ name: "Viloyat markazi", values: [["Xat"]] }] });
    await book.run((ctx) => consolidateInWorkbook(ctx, inputs, 2));
    const mapping = book.snapshot("Moslashtirish").values;
    const row = mapping.findIndex((r) => r[1] === "Vobkent" && r[2] === "1");
    await book.userEdit("Moslashtirish", `H${row + 1}`, "-");
    const again = await book.run((ctx) => consolidateInWorkbook(ctx, inputs, 2));
    expect(again).toMatchObject({ ok: true });
    if (!again.ok) return;
    expect(again.replaced).toHaveLength(5);
    expect(book.sheetNames()).toHaveLength(6);
    expect(book.snapshot("Tumanlar 2026 II chorak").charts).toHaveLength(1);
    const after = book.snapshot("Moslashtirish").values;
    const vobkent1 = after.find((r) => r[1] === "Vobkent" && r[2] === "1")!;
    expect(vobkent1[7]).toBe("-");
    expect(after.filter((r) => r[0] === vobkent1[0])).toHaveLength(1);
  });

  it("names a district of another year in the problems sheet and leaves it out", async () => {
    const other = { ...inputs[2], settings: { ...inputs[2].settings, year: 2025 } };
    const book = createWorkbook({ sheets: [{ name: "Varaq1", values: [[""]] }] });
    const r = await book.run((ctx) => consolidateInWorkbook(ctx, [inputs[0], inputs[1], other], 2));
    expect(r.ok && r.consolidation.columns).toEqual(["Jondor", "Qorako'l"]);
    const problems = book.snapshot("Muammolar 2026 II chorak").values;
    expect(problems.map((row) => row.slice(0, 3))).toContainEqual(["Xato", "Vobkent", "district.other_year"]);
  });
});
