import { join } from "node:path";
import { consolidate, type DistrictInput } from "../../../src/core/consolidate";
import { matchScore } from "../../../src/core/consolidate/match";
import { isCommonRow, readMappingSheet, regionSheetSet } from "../../../src/core/layout/consolidate-sheets";
import { loadXlsxPlan } from "../../../src/cli/input";
import { specToGrid } from "../layout/sheet-grid";
import { districtVariant, pairQuality } from "./district-variants";

const EXAMPLES = join(__dirname, "..", "..", "..", "examples");

async function example(stem: string): Promise<DistrictInput> {
  const file = join(EXAMPLES, `${stem}-2026-namuna.xlsx`);
  const l = await loadXlsxPlan(file);
  const name = l.settings.district;
  return {
    name,
    plan: l.plan,
    error: null,
    settings: { ...l.storedSettings, district: name },
    source: { file: `${stem}.xlsx`, date: "2026-07-05" },
  };
}

function variantInput(i: number, cyrillic = false): DistrictInput & { truth: Map<string, string> } {
  const d = districtVariant(i, { cyrillic, drop: 0.2, own: 2, reword: 0.4 });
  return { name: d.name, plan: d.plan, error: null, settings: d.settings, truth: d.truth };
}

describe("the scorecard of the example districts (figures derived by hand from their facts, quarter II)", () => {
  let inputs: DistrictInput[];
  beforeAll(async () => {
    inputs = [await example("jondor"), await example("qorakol"), await example("vobkent")];
  });

  it("Jondor: 6 quantitative indicators, completion = mean of capped period %", () => {
    // period targets by II = plan / 2 (quarterly windows): 19: 183/150 → 100 (capped); 19/2: 2877/3000 = 95.9;
    // 26: 446/395 → 100; 31: 52/47.5 → 100; 32: 358/400 = 89.5; 34: 2/2 = 100 → 585.4 / 6 = 97.57 → 97.6
    const c = consolidate(inputs, 2);
    const j = c.scorecard.find((r) => r.district === "Jondor")!;
    expect(j).toMatchObject({
      ok: true,
      items: 48,
      indicators: 49, // item 19 has two
      completion: 97.6,
      errors: 0,
      factsMissing: 0,
      // behind beyond the 10 % tolerance without a note: 14.4 (✓|0), 43 (0|0), 48 (0|0)
      notesMissing: 3,
      file: "jondor.xlsx",
      date: "2026-07-05",
    });
    // not due: 4.3, 37, 38 (IV only); partial: 12, 14.4, 25, 42 (one mark of two), 19/2 (95.9), 32 (89.5);
    // not done: 43, 48 (0|0); done: the other 38
    expect(j.byStatus).toEqual({
      done: 38,
      partial: 6,
      not_done: 2,
      in_progress: 0,
      not_due: 3,
      not_scheduled: 0,
    });
  });

  it("Qorako'l: an invalid fact counts nothing, errors and missing facts are counted", () => {
    // 19: 117/120 = 97.5; 19/2: 1141/2400 = 47.5; 26: 270/316 = 85.4; 31: 13/38 = 34.2;
    // 32: 132 (the -15 is invalid)/320 = 41.3; 34: 1/1.5 = 66.7 → 372.6 / 6 = 62.1
    const q = consolidate(inputs, 2).scorecard.find((r) => r.district === "Qorako'l")!;
    expect(q.completion).toBe(62.1);
    // errors: unit "litr" unknown, the negative fact -15, number 35 twice
    expect(q.errors).toBe(3);
    // no II fact where II is due: 4, 13, 19/2, 20.1, 22, 24, 29, 31, the second 35, 40, 43, 44
    expect(q.factsMissing).toBe(12);
    // behind without a note: 4, 19/2, 20, 20.1, 22, 23, 24, 29, 32, 34, the second 35, 40, 43, 44, 47
    expect(q.notesMissing).toBe(15);
    expect(q.byStatus).toEqual({
      done: 25,
      partial: 19,
      not_done: 2,
      in_progress: 0,
      not_due: 3,
      not_scheduled: 0,
    });
  });

  it("Vobkent leads: only 31 is below its target (54/54.5 = 99.1) → 599.1 / 6 = 99.85 → 99.9", () => {
    const c = consolidate(inputs, 2);
    expect(c.scorecard.map((r) => [r.district, r.completion])).toEqual([
      ["Vobkent", 99.9],
      ["Jondor", 97.6],
      ["Qorako'l", 62.1],
    ]);
    const sheet = specToGrid(regionSheetSet(c).scorecard);
    expect(sheet[3].slice(0, 2)).toEqual([1, "Vobkent"]);
    expect(sheet[5][2]).toBe(62.1);
    // the whole row, in the order of the headers
    expect(sheet[2].slice(2, 4)).toEqual(["Bajarilish %", "Bandlar"]);
    expect(sheet[4]).toEqual([
      2,
      "Jondor",
      97.6,
      48,
      49,
      38,
      6,
      2,
      0,
      3,
      0,
      0,
      0,
      3,
      "jondor.xlsx",
      "2026-07-05",
    ]);
  });

  it("the same district twice, or the same content under another name, is counted once and reported", () => {
    const copy = { ...inputs[0], source: { file: "jondor (1).xlsx", date: "" } };
    const renamed = { ...inputs[0], name: "Olot", settings: { ...inputs[0].settings, district: "Olot" } };
    const c = consolidate([...inputs, copy, renamed], 2);
    expect(c.columns).toEqual(["Jondor", "Qorako'l", "Vobkent"]);
    const listed = c.problems.filter((p) => p.code.startsWith("district."));
    expect(listed.map((p) => [p.code, p.district, p.severity]).sort()).toEqual([
      ["district.duplicate", "Jondor", "error"],
      ["district.same_content", "Olot", "error"],
    ]);
    expect(c.totals.districts).toHaveLength(3);
  });

  it("another year, another quarter's file and an unreadable file are named in the problems, not merged", () => {
    const other = { ...inputs[1], settings: { ...inputs[1].settings, year: 2025 } };
    const c = consolidate([inputs[0], other, { name: "Romitan", plan: null, error: "buzuq fayl" }], 2);
    expect(c.columns).toEqual(["Jondor"]);
    expect(
      c.problems
        .map((p) => p.code)
        .slice(0, 2)
        .sort()
    ).toEqual(["district.other_year", "file.unreadable"]);
    // the example files have facts for I and II: for quarter III they are the previous quarter's files
    const q3 = consolidate(inputs, 3);
    expect(q3.columns).toEqual([]);
    expect(q3.problems.filter((p) => p.code === "district.other_quarter")).toHaveLength(3);
  });
});

describe("matching district plans written differently", () => {
  const districts = Array.from({ length: 12 }, (_x, i) => variantInput(i + 1, i === 4 || i === 9));

  it("groups every item with its counterparts, across renumbering, rewording and Cyrillic", () => {
    const c = consolidate(districts, 2);
    const q = pairQuality(c.mapping, new Map(districts.map((d) => [d.name, d.truth])));
    expect(q.actual).toBeGreaterThan(1000);
    expect(q.precision).toBe(1);
    expect(q.recall).toBeGreaterThan(0.97);
    // never by number alone: the same number in two districts is not the same item when the names differ
    const n5 = c.mapping.filter((m) => m.number === "20");
    expect(new Set(n5.map((m) => m.group)).size).toBeGreaterThan(1);
  });

  it("lists a weak match and does not merge it; a correction in the mapping sheet is honoured next run", () => {
    const a = variantInput(1);
    const b = variantInput(2);
    // a shared item (section II) written the same way in a; in b only the first words of its name are left
    const item = b.plan!.items.find(
      (it) =>
        it.section === "II" && a.plan!.items.some((x) => x.name === it.name) && it.name.split(" ").length > 8
    )!;
    const original = { district: 0, number: item.number, name: item.name, unit: "Tadbir", section: "II" };
    const words = item.name.split(" ");
    let cut = words.length;
    while (matchScore(original, { ...original, name: words.slice(0, cut).join(" ") }) >= 0.7) cut--;
    item.name = words.slice(0, cut).join(" ");
    const first = consolidate([a, b], 2);
    const weak = first.weak.find((w) => w.name === item.name)!;
    expect(weak).toMatchObject({ district: b.name, reason: "weak" });
    expect(weak.score).toBeGreaterThanOrEqual(0.45);
    expect(weak.score).toBeLessThan(0.75);
    expect(first.problems.some((p) => p.code === "match.weak" && p.district === b.name)).toBe(true);
    const groupOf = (c: typeof first, district: string, name: string): string =>
      c.mapping.find((m) => m.district === district && m.name === name)!.group;
    const target = groupOf(first, a.name, weak.candidate);
    expect(groupOf(first, b.name, item.name)).not.toBe(target);

    // the centre writes the target group in the correction column (H) of the weak row
    const grid = specToGrid(regionSheetSet(first).mapping);
    const row = grid.findIndex((r) => r[1] === b.name && r[3] === item.name);
    grid[row][7] = target;
    // and keeps item 1 of the first district apart from its group
    const apart = grid.findIndex((r) => r[1] === a.name && r[2] === "1");
    grid[apart][7] = "-";
    const corrections = readMappingSheet(grid);
    expect(corrections).toHaveLength(2);

    const second = consolidate([a, b], 2, { corrections });
    expect(second.weak.find((w) => w.name === item.name)).toBeUndefined();
    const joined = second.mapping.filter((m) => m.group === groupOf(second, b.name, item.name));
    expect(joined.map((m) => m.district).sort()).toEqual([a.name, b.name]);
    expect(joined.map((m) => m.kind)).toEqual(["manual", "manual"]);
    const alone = groupOf(second, a.name, a.plan!.items[0].name);
    expect(second.mapping.filter((m) => m.group === alone)).toHaveLength(1);
    // the rewritten sheet keeps the corrections (with this run's group codes), so a third run agrees
    const third = consolidate([a, b], 2, {
      corrections: readMappingSheet(specToGrid(regionSheetSet(second).mapping)),
    });
    expect(third.mapping.map((m) => [m.district, m.number, m.group])).toEqual(
      second.mapping.map((m) => [m.district, m.number, m.group])
    );
  });

  it("puts region totals on summable rows and names the districts behind", () => {
    const c = consolidate(districts.slice(0, 3), 2);
    const row = c.rows.find((r) => r.total && r.presentIn.length === 3)!;
    expect(row.total!.plan).toBe(row.cells.reduce((s, x) => s + (x?.plan ?? 0), 0));
    const sheets = regionSheetSet(c);
    expect(specToGrid(sheets.items).some((r) => r[0] === row.group)).toBe(true);
    const partial = c.rows.filter((r) => !isCommonRow(r.presentIn.length, 3));
    expect(partial.length).toBeGreaterThan(0);
    expect(
      specToGrid(sheets.partial).filter((r) => typeof r[0] === "string" && /^G\d+$/.test(r[0])).length
    ).toBe(new Set(partial.map((r) => r.group)).size);
  });

  it("writes the problems errors first, in the workbook language", () => {
    const bad = { ...districts[0], settings: { ...districts[0].settings, year: 2025 } };
    const c = consolidate([districts[1], districts[2], bad], 2);
    const grid = specToGrid(regionSheetSet(c, "ru").problems);
    const severities = grid.slice(3).map((r) => r[0]);
    expect(severities[0]).toBe("Ошибка");
    expect(severities.lastIndexOf("Ошибка")).toBeLessThan(severities.indexOf("Предупреждение"));
  });

  it("says the period in the sheets' language, as the district reports do", () => {
    const c = consolidate([districts[1], districts[2]], 2);
    const title = (lang: "uz" | "ru" | "uz-Cyrl") => String(specToGrid(regionSheetSet(c, lang).items)[0][0]);
    expect(title("uz")).toContain("yarim yillik");
    expect(title("ru")).toContain("первое полугодие");
    expect(title("ru")).not.toContain("yarim yillik");
    expect(title("uz-Cyrl")).toContain("ярим йиллик");
  });
});
