import { addressee, REPORT_HEADERS, reportSheet } from "../../../src/core/layout/report";
import { buildReport } from "../../../src/core/report";
import { specToGrid } from "./sheet-grid";
import type { PlanSettings } from "../../../src/core/model";
import { item, plan, section, W } from "./builders";

const SETTINGS: PlanSettings = {
  year: 2026,
  district: "Jondor",
  districtKind: "tuman",
  region: "Buxoro viloyati axborot-kutubxona markazi",
  director: "R. Halimov",
  approver: "H. Qosimov",
  tolerance: 0.1,
  quarter: 2,
  lang: "uz",
};

function samplePlan() {
  return plan([
    section("I", "QONUNLAR"),
    item("1.", { name: "Nusxalar", unit: "Nusxa", plan: 1200, facts: [350, 200], note: "sabab" }), // partial, within tolerance
    item("2.", { name: "Tadbir II–III", windows: W.range(2, 3), kind: "range", facts: [null, null, "✓"] }), // in_progress
    section("IV", "ASOSIY"),
    item("3.", { name: "Ikki marotaba", plan: 2, windows: W.twice, kind: "twice", facts: [1, 1] }), // done
    item("4.", { name: "IV chorak", plan: 1, windows: W.q(4), kind: "quarter" }), // not_due
    item("5.", { name: "Bajarilmagan", plan: 40, facts: [0, 0] }), // not_done
    item("19.", {
      name: "Yozuvlar",
      unit: "Bibliografik yozuv",
      plan: 300,
      facts: [75, 75],
      responsible: ["Axborot-kommunikatsiya va raqamlashtirish xizmati"],
      more: [
        {
          plan: 6000,
          facts: [1000, 500],
          responsible: ["Fondlarni to'ldirish, saqlash va ularga ishlov berish xizmati"],
        },
      ],
    }), // done; partial (1500 of 3000)
  ]);
}

describe("buildReport", () => {
  const report = buildReport(samplePlan(), SETTINGS);

  it("has the report's JSON keys", () => {
    expect(report).toMatchObject({ quarter: 2, period: "yarim yillik", district: "Jondor", year: 2026 });
    for (const r of report.rows) {
      for (const k of [
        "number",
        "unit",
        "plan",
        "periodTarget",
        "quarterFact",
        "factToDate",
        "periodPercent",
        "annualPercent",
        "status",
      ]) {
        expect(r).toHaveProperty(k);
      }
    }
    expect(Object.keys(report.summary.byStatus)).toEqual(
      expect.arrayContaining(["done", "partial", "not_done", "in_progress", "not_due"])
    );
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("gives one row per indicator with targets, facts, percentages and statuses", () => {
    const pick = report.rows.map((r) => [
      r.number,
      r.indicator,
      r.plan,
      r.periodTarget,
      r.quarterFact,
      r.factToDate,
      r.periodPercent,
      r.annualPercent,
      r.status,
    ]);
    expect(pick).toEqual([
      ["1", 0, 1200, 600, 200, 550, 91.7, 45.8, "partial"],
      ["2", 0, null, null, null, 0, null, null, "in_progress"],
      ["3", 0, 2, 1, 1, 2, 200, 100, "done"],
      ["4", 0, 1, 0, null, 0, null, 0, "not_due"],
      ["5", 0, 40, 20, 0, 0, 0, 0, "not_done"],
      ["19", 0, 300, 150, 75, 150, 100, 50, "done"],
      ["19", 1, 6000, 3000, 500, 1500, 50, 25, "partial"],
    ]);
    expect(report.rows[0].withinTolerance).toBe(true);
    expect(report.rows[6].withinTolerance).toBe(false);
    expect(report.rows[6].responsible).toBe("Fondlarni to'ldirish, saqlash va ularga ishlov berish xizmati");
    expect(report.rows[0].note).toBe("sabab");
    expect(report.rows.map((r) => r.section)).toEqual(["I", "I", "IV", "IV", "IV", "IV", "IV"]);
  });

  it("counts statuses per section and in total", () => {
    expect(report.summary.byStatus).toEqual({
      done: 2,
      partial: 2,
      not_done: 1,
      in_progress: 1,
      not_due: 1,
      not_scheduled: 0,
    });
    expect(report.summary.sections.map((s) => [s.number, s.title, s.byStatus])).toEqual([
      ["I", "QONUNLAR", { done: 0, partial: 1, not_done: 0, in_progress: 1, not_due: 0, not_scheduled: 0 }],
      ["IV", "ASOSIY", { done: 2, partial: 1, not_done: 1, in_progress: 0, not_due: 1, not_scheduled: 0 }],
    ]);
  });

  it("takes overall completion as the mean of period percentages, each capped at 100", () => {
    // 91.7, 100 (200 capped), 0, 100, 50 → 341.7 / 5
    expect(report.summary.completionIndicators).toBe(5);
    expect(report.summary.completionPercent).toBe(68.3);
    expect(
      buildReport(plan([item("1.", { windows: W.q(4) })]), SETTINGS).summary.completionPercent
    ).toBeNull();
  });

  it("follows the report quarter", () => {
    const q4 = buildReport(samplePlan(), { ...SETTINGS, quarter: 4 });
    expect(q4.period).toBe("yillik");
    expect(q4.rows.find((r) => r.number === "4")?.status).toBe("not_done");
    expect(q4.rows.find((r) => r.number === "2")?.status).toBe("done");
  });

  it("puts items above the first section in a section of their own", () => {
    const r = buildReport(
      plan([item("1.", { plan: 4, facts: [1, 1] }), section("II", "B"), item("2.")]),
      SETTINGS
    );
    expect(r.summary.sections.map((s) => s.number)).toEqual(["", "II"]);
    expect(r.summary.sections[0].byStatus.done).toBe(1);
  });
});

describe("reportSheet", () => {
  const report = buildReport(samplePlan(), SETTINGS);
  const spec = reportSheet(report, SETTINGS, new Date(2026, 6, 10));
  const grid = specToGrid(spec);
  const texts = grid.map((r) => r.filter((c) => c !== null && c !== "").map(String));
  const headerRow = grid.findIndex((r) => r[0] === "№");

  it("is named for the year and quarter", () => {
    expect(spec.name).toBe("Hisobot 2026 II chorak");
  });

  it("has addressee, title and date above the table", () => {
    expect(texts[0]).toEqual(["Buxoro viloyati axborot-kutubxona markaziga"]);
    expect(texts).toContainEqual([
      "Jondor tuman axborot-kutubxona markazining 2026-yil yarim yillik ish rejasi ijrosi to'g'risida HISOBOT",
    ]);
    expect(texts).toContainEqual(["2026-yil 10-iyul"]);
    expect(texts.findIndex((t) => t[0] === "2026-yil 10-iyul")).toBeLessThan(headerRow);
    expect(addressee("")).toBe("Viloyat axborot-kutubxona markaziga");
  });

  it("has the columns of docs/domain.md §8", () => {
    expect(grid[headerRow]).toEqual([...REPORT_HEADERS]);
    expect(REPORT_HEADERS).toEqual([
      "№",
      "Nomi",
      "O'lchov birligi",
      "Yillik reja",
      "Davr rejasi",
      "Chorak fakti",
      "Yil boshidan fakt",
      "Bajarilish %",
      "Yillik bajarilish %",
      "Holati",
      "Mas'ul",
      "Izoh",
    ]);
  });

  it("has section rows and one coloured row per indicator", () => {
    const body = grid.slice(headerRow + 1, headerRow + 1 + 9);
    expect(body.map((r) => r[0])).toEqual(["I. QONUNLAR", "1", "2", "IV. ASOSIY", "3", "4", "5", "19", null]);
    expect(spec.merges).toContainEqual({ row: headerRow + 1, col: 0, rows: 1, cols: 12 });
    expect(body[1].slice(2, 10)).toEqual(["Nusxa", 1200, 600, 200, 550, 91.7, 45.8, "Qisman bajarildi"]);
    expect(body[8].slice(1, 10)).toEqual([
      null,
      "Bibliografik yozuv",
      6000,
      3000,
      500,
      1500,
      50,
      25,
      "Qisman bajarildi",
    ]);
    const statusStyles = spec.rows.slice(headerRow + 1, headerRow + 10).map((r) => r[9]?.style);
    expect(statusStyles).toEqual([
      "section",
      "status.partialTolerated",
      "status.in_progress",
      "section",
      "status.done",
      "status.not_due",
      "status.not_done",
      "status.done",
      "status.partial",
    ]);
    expect(spec.rows[headerRow + 2][7]?.style).toBe("percent");
  });

  it("has the counts and the overall completion on the first page, above the item table", () => {
    const totalRow = grid.findIndex((r) => r[0] === "Jami");
    expect(totalRow).toBeGreaterThan(0);
    expect(totalRow).toBeLessThan(headerRow);
    expect(grid[totalRow].slice(2, 9)).toEqual([2, 2, 1, 1, 1, 0, 7]);
    const countsHeader = grid[grid.findIndex((r) => r[0] === "Bo'lim")];
    expect(countsHeader.slice(2, 9)).toEqual([
      "Bajarildi",
      "Qisman bajarildi",
      "Bajarilmadi",
      "Jarayonda",
      "Muddati kelmagan",
      "Muddati yo'q",
      "Jami",
    ]);
    expect(grid.some((r) => r[0] === "I. QONUNLAR" && r[2] === 0 && r[3] === 1)).toBe(true);
    const completion = texts.findIndex((t) => t.length === 1 && t[0].includes("68,3%"));
    expect(completion).toBeGreaterThan(totalRow);
    expect(completion).toBeLessThan(headerRow);
  });

  it("ends with the signature block: position, name from the settings, a date line and the stamp's place", () => {
    const end = texts.filter((t) => t.length > 0).slice(-2);
    expect(end[0]).toEqual([
      "Jondor tuman axborot-kutubxona markazi direktori",
      "________________ R. Halimov",
    ]);
    expect(end[1]).toEqual(["2026-yil “____” ______________", "M.O'."]);
  });

  it("is print-ready: A4 landscape, the item table's heading repeated from a page of its own, fit to width", () => {
    expect(spec.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      titleRows: { from: headerRow, to: headerRow },
      fitToWidth: true,
      breaksBefore: [headerRow],
    });
    // nothing below the heading is a table with headings of its own: the repeated heading stands over items only
    expect(grid.slice(headerRow + 1).some((r) => r[0] === "Bo'lim")).toBe(false);
    expect(spec.freeze).toBeNull();
    expect(spec.columns).toHaveLength(12);
  });

  it("is written in the workbook's language", () => {
    const cyrl = reportSheet(report, { ...SETTINGS, lang: "uz-Cyrl" }, new Date(2026, 6, 10));
    const g = specToGrid(cyrl);
    const all = g.flat().filter((c): c is string => typeof c === "string");
    expect(all).toContain(
      "Jondor туман ахборот-кутубхона марказининг 2026-йил ярим йиллик иш режаси ижроси тўғрисида ҲИСОБОТ"
    );
    expect(all).toContain("2026-йил 10-июль");
    expect(all).toContain("Ҳолати");
    expect(all).toContain("Қисман бажарилди");
    expect(all).toContain("М.Ў.");
    // the plan's own texts as written, unless asked
    expect(all).toContain("Nusxalar");
    const translit = specToGrid(
      reportSheet(report, { ...SETTINGS, lang: "uz-Cyrl" }, new Date(2026, 6, 10), { transliterate: true })
    ).flat();
    expect(translit).toContain("Нусхалар");
    expect(translit).toContain("Жондор туман ахборот-кутубхона маркази директори");
    const ru = specToGrid(reportSheet(report, { ...SETTINGS, lang: "ru" }, new Date(2026, 6, 10))).flat();
    expect(ru).toContain("Выполнено частично");
    expect(ru).toContain("10 июля 2026 г.");
    expect(ru.some((c) => typeof c === "string" && /^ОТЧЁТ .* за первое полугодие 2026 года$/.test(c))).toBe(
      true
    );
    expect(
      ru.some(
        (c) =>
          typeof c === "string" &&
          /[a-z]{4}/.test(c) &&
          !/Nusxa|Tadbir|Jondor|Buxoro|Halimov|QONUN|ASOSIY|Ikki|Bajarilmagan|Yozuvlar|Bibliografik|sabab|xizmati|IV chorak|Axborot|Fondlarni/.test(
            c
          )
      )
    ).toBe(false);
  });

  it("marks the rows whose plan row has errors", () => {
    const marked = specToGrid(
      reportSheet(report, SETTINGS, new Date(2026, 6, 10), { errorRows: new Set([0]) })
    );
    const row = marked.find((r) => r[0] === "1")!;
    expect(row[11]).toBe("⚠ Rejaning bu qatorida xato bor.\nsabab");
  });

  it("is the same for the same input", () => {
    expect(reportSheet(buildReport(samplePlan(), SETTINGS), SETTINGS, new Date(2026, 6, 10))).toEqual(spec);
  });
});
