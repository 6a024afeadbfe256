import { applyWrites, specToGrid } from "./sheet-grid";
import {
  defaultSettings,
  readSettings,
  regionFromPosition,
  settingsCellWrites,
  settingsSheet,
} from "../../../src/core/layout/settings-sheet";
import { SHEET_NAMES } from "../../../src/core/layout/names";
import type { PlanSettings } from "../../../src/core/model";
import { item, plan } from "./builders";

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

describe("defaultSettings", () => {
  it("takes year, district and names from the plan", () => {
    const p = plan([item("1.")]);
    p.approvedBy = { position: "_____ tuman axborot-kutubxona markazi direktori", name: "_____ R. Halimov" };
    expect(defaultSettings(p)).toEqual({
      year: 2026,
      district: "Jondor",
      districtKind: "tuman",
      region: "Abu Ali ibn Sino nomidagi Buxoro viloyati axborot-kutubxona markazi",
      director: "R. Halimov",
      approver: "H. Qosimov",
      tolerance: 0.1,
      quarter: 1,
      lang: "uz",
    });
  });

  it("leaves the region empty when the approver names none", () => {
    const p = plan([item("1.")]);
    p.agreedBy = null;
    expect(defaultSettings(p).region).toBe("");
    expect(defaultSettings(null)).toMatchObject({
      year: null,
      district: "",
      region: "",
      tolerance: 0.1,
      quarter: 1,
    });
  });

  it("derives a region from a position that names only the viloyat", () => {
    expect(regionFromPosition("Samarqand viloyati AKM direktori")).toBe(
      "Samarqand viloyati axborot-kutubxona markazi"
    );
    expect(regionFromPosition("direktor")).toBe("");
  });
});

describe("settings sheet", () => {
  it("writes key | value | description rows and reads them back", () => {
    const spec = settingsSheet(SETTINGS);
    expect(spec.name).toBe(SHEET_NAMES.settings);
    const grid = specToGrid(spec);
    expect(grid[0]).toEqual(["Kalit", "Qiymat", "Izoh"]);
    expect(grid.slice(1).map((r) => r[0])).toEqual([
      "year",
      "district",
      "districtKind",
      "region",
      "director",
      "approver",
      "tolerance",
      "quarter",
      "lang",
    ]);
    expect(grid[7][1]).toBe(0.1);
    expect(spec.rows[7][1]?.style).toBe("percentSetting");
    expect(readSettings(grid)).toEqual(SETTINGS);
  });

  it("reads Uzbek keys and tolerant values", () => {
    const grid = [
      ["Yil", "2026-yil"],
      ["Tuman", "  Olot "],
      ["Turi", "Shahar"],
      ["Chegara", "15%"],
      ["Hisobot choragi", "III chorak"],
      ["Til", "RU"],
      ["Nomaʼlum", "x"],
    ];
    expect(readSettings(grid)).toEqual({
      year: 2026,
      district: "Olot",
      districtKind: "shahar",
      tolerance: 0.15,
      quarter: 3,
      lang: "ru",
    });
    expect(
      readSettings([
        ["tolerance", 0.05],
        ["quarter", 4],
      ])
    ).toEqual({ tolerance: 0.05, quarter: 4 });
    expect(
      readSettings([
        ["tolerance", 10],
        ["quarter", "2"],
      ])
    ).toEqual({ tolerance: 0.1, quarter: 2 });
    expect(
      readSettings([
        ["tolerance", "0,2"],
        ["quarter", "IV"],
      ])
    ).toEqual({ tolerance: 0.2, quarter: 4 });
  });

  it("ignores unreadable values", () => {
    expect(
      readSettings([
        ["quarter", 5],
        ["tolerance", "ko'p"],
        ["year", "bu yil"],
        ["districtKind", "qishloq"],
      ])
    ).toEqual({});
  });

  it("updates only changed values and appends missing keys", () => {
    const grid = specToGrid(settingsSheet(SETTINGS));
    expect(settingsCellWrites({ quarter: 2 }, grid)).toEqual([]);
    const writes = settingsCellWrites({ quarter: 3, tolerance: 0.2 }, grid);
    expect(writes.map((w) => [w.row, w.col, w.v])).toEqual([
      [7, 1, 0.2],
      [8, 1, 3],
    ]);
    const small = [
      ["Kalit", "Qiymat", "Izoh"],
      ["year", 2026],
    ];
    const added = settingsCellWrites({ year: 2027, district: "Olot" }, small);
    const after = applyWrites(small, added);
    expect(readSettings(after)).toEqual({ year: 2027, district: "Olot" });
    expect(after[2][0]).toBe("district");
    const fromEmpty = applyWrites([], settingsCellWrites(SETTINGS, []));
    expect(readSettings(fromEmpty)).toEqual(SETTINGS);
    expect(fromEmpty[0][0]).toBe("Kalit");
  });
});
