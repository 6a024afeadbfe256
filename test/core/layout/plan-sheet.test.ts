import {
  factValidationFormula,
  FACT_DONE_MARKS,
  planColumnWidths,
  planSheet,
  PLAN_COL,
  structuredWorkbook,
  TRACKING_HEADERS,
} from "../../../src/core/layout/plan-sheet";
import { specToGrid } from "./sheet-grid";
import { defaultSettings } from "../../../src/core/layout/settings-sheet";
import { VOCAB_SOURCES } from "../../../src/core/layout/vocabulary-sheet";
import { DEFAULT_VOCABULARY } from "../../../src/core/vocabulary";
import { item, plan, section } from "./builders";

function sample() {
  return plan([
    section("I", "QONUNLAR IJROSI"),
    item("1.", { name: "Qonun ijrosi", mechanism: "birinchi qator\nikkinchi qator" }),
    item("4.2", { name: "Nizom", deadlineText: "2026 yil davomida Ikki marotaba" }),
    item("14.1.", {
      name: "Majburiy nusxa",
      unit: "Nusxa",
      deadlineInherited: true,
      deadlineText: "2026-yil davomida",
      responsibleInherited: true,
    }),
    section("IV", "ASOSIY ISHLAB CHIQRISH FAOLIYATI"),
    item("19.", {
      name: "Yozuvlar",
      unit: "Bibliografik yozuv",
      prev: 365,
      plan: 300,
      mechanism: "Vaqtinchalik yozuvlar",
      responsible: ["Axborot-kommunikatsiya va raqamlashtirish xizmati"],
      facts: [80, "✓", null, null],
      note: "izoh",
      more: [
        {
          prev: 5167,
          plan: 6000,
          mechanism: "Nusxa qo'shish",
          unitInherited: true,
          responsible: ["Fondlarni to'ldirish, saqlash va ularga ishlov berish xizmati"],
        },
      ],
    }),
  ]);
}

describe("plan sheet", () => {
  const p = sample();
  const settings = defaultSettings(p);
  const spec = planSheet(p, [], settings);
  const grid = specToGrid(spec);
  const headerRow = grid.findIndex((r) => r[0] === "№");
  const dataRow = headerRow + 2;

  it("puts approvers and title above the table", () => {
    const above = grid.slice(0, headerRow).map((r) => r.filter((c) => c !== null && c !== "").join(" | "));
    expect(above).toEqual([
      "“KELISHILDI”",
      "Abu Ali ibn Sino nomidagi Buxoro viloyati axborot-kutubxona markazi direktori v.v.b.",
      "_____ H. Qosimov",
      "“TASDIQLAYMAN”",
      "_____ tuman axborot-kutubxona markazi direktori",
      "_____ R. Halimov",
      "2026-yil “ _____ ” _____",
      "",
      "Jondor tuman axborot-kutubxona markazining",
      "2026-yil uchun mo'ljallangan ISH REJASI",
    ]);
  });

  it("has the 2-row header of the original, then the tracking columns", () => {
    expect(grid[headerRow]).toEqual([
      "№",
      "Nomi",
      "O'lchov birligi",
      "Miqdori",
      null,
      "Amalga oshirish mexanizmi",
      "Bajarilish muddati",
      "Mas'ullar",
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
    ]);
    expect(grid[headerRow + 1].slice(3, 5)).toEqual(["2025-yil (fakt)", "2026-yil (reja)"]);
    expect(grid[headerRow + 1].filter((c) => c !== null)).toHaveLength(2);
    expect(spec.merges).toContainEqual({ row: headerRow, col: 3, rows: 1, cols: 2 });
    for (const c of [0, 1, 2, 5, 6, 7])
      expect(spec.merges).toContainEqual({ row: headerRow, col: c, rows: 2, cols: 1 });
    TRACKING_HEADERS.forEach((_h, i) =>
      expect(spec.merges).toContainEqual({ row: headerRow, col: 8 + i, rows: 2, cols: 1 })
    );
    expect(spec.rows[headerRow][8]?.style).toBe("trackingHeader");
  });

  it("writes sections merged and styled, items with their numbers as text", () => {
    expect(grid[dataRow][0]).toBe("I. QONUNLAR IJROSI");
    expect(spec.rows[dataRow][0]?.style).toBe("section");
    // one merge per printed page: the plan columns (0..7), then the tracking columns (8..18)
    expect(spec.merges).toContainEqual({ row: dataRow, col: 0, rows: 1, cols: 8 });
    expect(spec.merges).toContainEqual({ row: dataRow, col: 8, rows: 1, cols: 11 });
    expect(spec.merges.filter((m) => m.row === dataRow)).toHaveLength(2);
    expect(grid[dataRow + 1][0]).toBe("1.");
    expect(typeof grid[dataRow + 1][0]).toBe("string");
    expect(grid[dataRow + 2][0]).toBe("4.2");
    expect(grid[dataRow + 1][5]).toBe("birinchi qator\nikkinchi qator");
    expect(grid[dataRow + 2][6]).toBe("2026 yil davomida Ikki marotaba");
  });

  it("leaves inherited deadline and responsible blank, as in the source", () => {
    const row = grid[dataRow + 3];
    expect(row[0]).toBe("14.1.");
    expect(row[2]).toBe("Nusxa");
    expect(row[6]).toBe("");
    expect(row[7]).toBe("");
  });

  it("writes one row per extra indicator with empty № and Nomi, quantities as numbers, facts copied", () => {
    const r19 = dataRow + 5;
    expect(grid[r19 - 1][0]).toBe("IV. ASOSIY ISHLAB CHIQRISH FAOLIYATI");
    expect(grid[r19].slice(0, 8)).toEqual([
      "19.",
      "Yozuvlar",
      "Bibliografik yozuv",
      365,
      300,
      "Vaqtinchalik yozuvlar",
      "2026-yil davomida",
      "Axborot-kommunikatsiya va raqamlashtirish xizmati",
    ]);
    expect(grid[r19].slice(8, 12)).toEqual([80, "✓", null, null]);
    expect(grid[r19][18]).toBe("izoh");
    expect(grid[r19 + 1].slice(0, 8)).toEqual([
      null,
      null,
      "",
      5167,
      6000,
      "Nusxa qo'shish",
      "",
      "Fondlarni to'ldirish, saqlash va ularga ishlov berish xizmati",
    ]);
    expect(grid).toHaveLength(r19 + 2);
    // tracking outputs are left to fill
    expect(grid[r19].slice(12, 18)).toEqual([null, null, null, null, null, null]);
  });

  it("keeps an item that has no indicator", () => {
    const bare = plan([item("7.", { name: "Yalang'och", mechanism: "mexanizm" })]);
    bare.items[0].indicators = [];
    const g = specToGrid(planSheet(bare, [], settings));
    expect(g[g.length - 1].slice(0, 2)).toEqual(["7.", "Yalang'och"]);
    expect(g[g.length - 1][5]).toBe("mexanizm");
  });

  it("keeps invalid quantities as their text", () => {
    const q = planSheet(plan([item("1.", { plan: "ko'p" })]), [], settings);
    const g = specToGrid(q);
    expect(g[g.length - 1][4]).toBe("ko'p");
  });

  it("freezes the header, prints A4 landscape at 75 % with header rows and № + name repeated", () => {
    expect(spec.freeze).toEqual({ rows: headerRow + 2, cols: 2 });
    expect(spec.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      titleRows: { from: headerRow, to: headerRow + 1 },
      titleCols: { from: PLAN_COL.number, to: PLAN_COL.name },
      fitToWidth: false,
      scale: 75,
      colBreaksBefore: [PLAN_COL.facts[0]],
    });
    expect(spec.columns).toHaveLength(19);
    expect(spec.columns[PLAN_COL.name].width).toBeGreaterThanOrEqual(40);
    expect(spec.columns[PLAN_COL.mechanism].width).toBeGreaterThanOrEqual(40);
    expect(spec.rows[dataRow + 1][1]?.style).toBe("text");
  });

  it("has non-strict dropdowns for unit, deadline and responsible only", () => {
    const lists = spec.validations.flatMap((v) => (v.kind === "custom" ? [] : [v]));
    expect(lists).toHaveLength(3);
    const byCol = new Map(lists.map((v) => [v.col, v]));
    expect(byCol.get(2)?.source).toBe(VOCAB_SOURCES.unit);
    expect(byCol.get(6)?.source).toBe(VOCAB_SOURCES.deadline);
    expect(byCol.get(7)?.source).toBe(VOCAB_SOURCES.responsible);
    for (const v of lists) {
      expect(v).toMatchObject({ row: dataRow, cols: 1, strict: false, allowBlank: true });
      expect(v.row + v.rows).toBeGreaterThan(grid.length + 100);
    }
  });

  it("has one non-strict formula rule over the four fact columns: blank, a number >= 0 or a done mark", () => {
    const customs = spec.validations.flatMap((v) => (v.kind === "custom" ? [v] : []));
    expect(customs).toHaveLength(1);
    const [facts] = customs;
    expect(facts).toMatchObject({
      row: dataRow,
      col: PLAN_COL.facts[0],
      cols: 4,
      allowBlank: true,
      strict: false,
    });
    expect(PLAN_COL.facts.map((_, i) => facts.col + i)).toEqual([...PLAN_COL.facts]);
    expect(facts.row + facts.rows).toBeGreaterThan(grid.length + 100);
    // relative to the top-left fact cell (column I, the first data row)
    const a1 = `I${dataRow + 1}`;
    expect(facts.formula).toBe(factValidationFormula(a1));
    expect(facts.formula.startsWith("=")).toBe(false);
    expect(facts.formula).toContain(`ISBLANK(${a1})`);
    expect(facts.formula).toContain(`AND(ISNUMBER(${a1}),${a1}>=0)`);
    for (const m of ["✓", "✔", "+", "ha", "bajarildi", "x"]) expect(facts.formula).toContain(`${a1}="${m}"`);
    expect(FACT_DONE_MARKS).toHaveLength(6);
    expect(facts.formula.length).toBeLessThan(255);
  });

  it("keeps the fact formula under Excel's 255 characters even far down a sheet", () => {
    expect(factValidationFormula("I1048576").length).toBeLessThan(255);
    expect(factValidationFormula("B7")).toBe(
      'OR(ISBLANK(B7),AND(ISNUMBER(B7),B7>=0),B7="✓",B7="✔",B7="+",B7="ha",B7="bajarildi",B7="x")'
    );
  });

  it("makes a workbook of plan, vocabulary and settings sheets", () => {
    const wb = structuredWorkbook(p, [], settings, DEFAULT_VOCABULARY);
    expect(wb.map((s) => s.name)).toEqual(["Ish reja", "Reja lug'atlari", "Reja sozlamalari"]);
  });
});

describe("plan column widths", () => {
  const tracking = (widths: number[]): number => widths.slice(PLAN_COL.facts[0]).reduce((a, b) => a + b, 0);

  it("keep the tracking columns as wide together in every language: the note column gives back what words took", () => {
    const uz = planColumnWidths("uz");
    for (const lang of ["uz-Cyrl", "ru", "en"] as const) {
      const widths = planColumnWidths(lang);
      expect(tracking(widths)).toBeLessThanOrEqual(tracking(uz));
      expect(widths[PLAN_COL.note]).toBeGreaterThanOrEqual(16);
    }
  });
});
