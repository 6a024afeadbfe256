import { consolidate, consolidationSheets } from "../../../src/core/layout/consolidate";
import { specToGrid } from "./sheet-grid";
import { item, plan, section } from "./builders";

function jondor() {
  return plan(
    [
      section("I", "QONUNLAR"),
      item("1.", { name: "Qonun ijrosi", plan: 4, facts: [1, 1] }),
      section("IV", "ASOSIY"),
      item("14.", { name: "Fondlarni to'ldirish", unit: "Nusxa", plan: 1200, facts: [350, 200] }),
      item("19.", {
        name: "Yozuvlar",
        unit: "Bibliografik yozuv",
        plan: 300,
        facts: [75, 75],
        more: [{ plan: 6000, facts: [1000, 500] }],
      }),
      item("22.", { name: "Kitob berish", unit: "Nusxa", plan: 800, facts: [100, 100] }),
    ],
    { district: "Jondor" }
  );
}

function olot() {
  return plan(
    [
      section("I", "QONUNLAR"),
      item("1.", { name: "Qonun ijrosi", plan: 4, facts: [1, 0] }),
      section("IV", "ASOSIY"),
      item("14.", { name: "Fondlarni to'ldirish", unit: "Nusxa", plan: 600, facts: [150, 150] }),
      item("19.", { name: "Yozuvlar", unit: "Bibliografik yozuv", plan: 100, facts: [25, 25] }), // no second indicator
      item("23", { name: "KITOB   BERISH.", unit: "Tadbir", plan: 8, facts: [2, 2] }), // same item by name, other number and unit
      item("30.", { name: "Faqat Olotda", plan: 2, facts: [1] }),
    ],
    { district: "Olot" }
  );
}

describe("consolidate", () => {
  const c = consolidate(
    [
      { name: "Jondor", plan: jondor(), error: null },
      { name: "Buzuq", plan: null, error: "Faylda ish rejasi topilmadi" },
      { name: "Olot", plan: olot(), error: null, settings: { tolerance: 0.2 } },
    ],
    2
  );

  it("keeps usable districts as columns and reports the unusable one by name", () => {
    expect(c).toMatchObject({
      region: "Abu Ali ibn Sino nomidagi Buxoro viloyati axborot-kutubxona markazi",
      year: 2026,
      quarter: 2,
      period: "yarim yillik",
      columns: ["Jondor", "Olot"],
    });
    expect(c.districts.map((d) => [d.name, d.ok])).toEqual([
      ["Jondor", true],
      ["Buzuq", false],
      ["Olot", true],
    ]);
    expect(c.districts[1].issues).toEqual([
      { kind: "unusable", code: null, cell: "", item: null, message: "Faylda ish rejasi topilmadi" },
    ]);
    expect(c.districts[1].problems).toEqual(["Faylda ish rejasi topilmadi"]);
  });

  it("matches items by number, then by normalised name, indicator by indicator", () => {
    expect(c.rows.map((r) => [r.number, r.indicator, r.presentIn.join("+")])).toEqual([
      ["1", 0, "Jondor+Olot"],
      ["14", 0, "Jondor+Olot"],
      ["19", 0, "Jondor+Olot"],
      ["19", 1, "Jondor"],
      ["22", 0, "Jondor+Olot"],
      ["30", 0, "Olot"],
    ]);
    expect(c.rows.map((r) => r.partial)).toEqual([false, false, false, true, false, true]);
    expect(c.rows.map((r) => r.section)).toEqual(["I", "IV", "IV", "IV", "IV", "IV"]);
  });

  it("gives each district's plan, facts to date, % and status", () => {
    const r14 = c.rows[1];
    expect(r14.cells.map((x) => x && [x.plan, x.factToDate, x.periodPercent, x.status])).toEqual([
      [1200, 550, 91.7, "partial"],
      [600, 300, 100, "done"],
    ]);
    expect(c.rows[3].cells[1]).toBeNull();
    // Olot's tolerance is 20%: 1 of 2 in the period is 50% → partial, not within the tolerance
    expect(c.rows[0].cells[1]).toMatchObject({ status: "partial", withinTolerance: false });
  });

  it("totals the region where the unit is the same everywhere", () => {
    expect(c.rows[1].total).toEqual({
      unit: "Nusxa",
      plan: 1800,
      periodTarget: 900,
      periodFact: 850,
      factToDate: 850,
      periodPercent: 94.4,
      annualPercent: 47.2,
    });
    expect(c.rows[2].total).toMatchObject({ plan: 400, factToDate: 200, periodPercent: 100 });
    expect(c.rows[4].total).toBeNull(); // Nusxa in Jondor, Tadbir in Olot
    expect(c.rows[5].total).toMatchObject({ plan: 2, factToDate: 1 });
  });

  it("counts statuses per district and for the region", () => {
    expect(c.totals.districts.map((d) => d.name)).toEqual(["Jondor", "Olot"]);
    expect(c.totals.districts[0].byStatus).toEqual({
      done: 2,
      partial: 3,
      not_done: 0,
      in_progress: 0,
      not_due: 0,
      not_scheduled: 0,
    });
    const sum = c.totals.districts[0].byStatus.done + c.totals.districts[1].byStatus.done;
    expect(c.totals.byStatus.done).toBe(sum);
  });

  it("lists missing quarter facts, other years and plans without tracking columns as problems", () => {
    const p2 = jondor();
    for (const it of p2.items) for (const ind of it.indicators) ind.facts[1] = null;
    const other = olot();
    other.year = 2025;
    const c2 = consolidate(
      [
        { name: "A", plan: p2, error: null },
        { name: "B", plan: other, error: null },
        { name: "C", plan: plan([item("1.", { plan: 2 })], { tracking: false }), error: null },
        { name: "D", plan: jondor(), error: null },
      ],
      2
    );
    const kinds = c2.districts.map((d) => d.issues.filter((p) => p.kind !== "finding").map((p) => p.kind));
    expect(kinds).toEqual([["missing_quarter"], ["other_year"], ["no_tracking"], []]);
    expect(c2.year).toBe(2026);
    expect(c2.districts[0].issues.some((p) => p.kind === "finding" && p.code === "fact.missing")).toBe(true);
  });

  it("makes distinct names for districts with the same name", () => {
    const c3 = consolidate(
      [
        { name: "Jondor", plan: jondor(), error: null },
        { name: "jondor", plan: jondor(), error: null },
      ],
      1
    );
    expect(c3.columns).toEqual(["Jondor", "jondor (2)"]);
  });
});

describe("consolidationSheets", () => {
  const c = consolidate(
    [
      { name: "Jondor", plan: jondor(), error: null },
      { name: "Buzuq", plan: null, error: "yo'q" },
      { name: "Olot", plan: olot(), error: null },
    ],
    2
  );
  const [summary, problems] = consolidationSheets(c);
  const grid = specToGrid(summary);
  const headerRow = grid.findIndex((r) => r[0] === "№");

  it("has a title naming the region and the period", () => {
    expect(grid[0][0]).toBe(
      "Abu Ali ibn Sino nomidagi Buxoro viloyati axborot-kutubxona markazi: 2026-yil yarim yillik ish rejalari ijrosi, tumanlar (shaharlar) kesimida yig'ma jadval"
    );
  });

  it("has legal, distinct names", () => {
    expect(summary.name).toBe("Viloyat 2026 II chorak");
    expect(problems.name).toBe("Muammolar 2026 II chorak");
    const again = consolidationSheets(c, new Set(["Viloyat 2026 II chorak"]));
    expect(again[0].name).toBe("Viloyat 2026 II chorak (2)");
  });

  it("has a 2-row header with 4 columns per district and the region total", () => {
    expect(grid[headerRow].slice(0, 3)).toEqual(["№", "Nomi", "O'lchov birligi"]);
    expect(grid[headerRow][3]).toBe("Jondor");
    expect(grid[headerRow][7]).toBe("Olot");
    expect(grid[headerRow][11]).toBe("Viloyat jami");
    expect(grid[headerRow][15]).toBe("Izoh");
    expect(grid[headerRow + 1].slice(3, 15)).toEqual([
      "Reja",
      "Yil boshidan fakt",
      "Bajarilish %",
      "Holati",
      "Reja",
      "Yil boshidan fakt",
      "Bajarilish %",
      "Holati",
      "Reja",
      "Davr rejasi",
      "Yil boshidan fakt",
      "Bajarilish %",
    ]);
    expect(summary.merges).toContainEqual({ row: headerRow, col: 3, rows: 1, cols: 4 });
    expect(summary.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
  });

  it("writes rows with district values, totals and presence notes", () => {
    const r14 = grid.find((r) => r[0] === "14")!;
    expect(r14.slice(3, 16)).toEqual([
      1200,
      550,
      91.7,
      "Qisman bajarildi",
      600,
      300,
      100,
      "Bajarildi",
      1800,
      900,
      850,
      94.4,
      "",
    ]);
    const r30 = grid.find((r) => r[0] === "30")!;
    expect(r30[6]).toBe("Rejada yo'q");
    expect(r30[15]).toBe("Faqat: Olot");
    expect(grid.some((r) => r[0] === "IV. ASOSIY")).toBe(true);
  });

  it("lists problems per district", () => {
    const pg = specToGrid(problems);
    expect(pg[1]).toEqual(["Tuman (shahar)", "Muammo turi", "Katak", "Band", "Kod", "Muammo"]);
    expect(pg.some((r) => r[0] === "Buzuq" && r[5] === "yo'q")).toBe(true);
  });
});
