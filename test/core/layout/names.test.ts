import {
  consolidationSheetName,
  isGeneratedSheetName,
  legalSheetName,
  problemsSheetName,
  reportSheetName,
  SHEET_NAMES,
  uniqueSheetName,
} from "../../../src/core/layout/names";

describe("sheet names", () => {
  it("names the generated sheets by year and quarter", () => {
    expect(reportSheetName(2026, 2)).toBe("Hisobot 2026 II chorak");
    expect(reportSheetName(2026, 4)).toBe("Hisobot 2026 IV chorak");
    expect(consolidationSheetName(2026, 3)).toBe("Viloyat 2026 III chorak");
    expect(problemsSheetName(2026, 1)).toBe("Muammolar 2026 I chorak");
    expect(reportSheetName(null, 1)).toBe("Hisobot I chorak");
  });

  it("recognises only its own generated sheets", () => {
    expect(isGeneratedSheetName(reportSheetName(2026, 2))).toBe(true);
    expect(isGeneratedSheetName(consolidationSheetName(2026, 4))).toBe(true);
    expect(isGeneratedSheetName(reportSheetName(null, 3))).toBe(true);
    for (const n of Object.values(SHEET_NAMES)) expect(isGeneratedSheetName(n)).toBe(false);
    expect(isGeneratedSheetName("Hisobot")).toBe(false);
    expect(isGeneratedSheetName("Hisobot 2026 II chorak (eski)")).toBe(false);
    expect(isGeneratedSheetName("Sheet1")).toBe(false);
  });

  it("makes names legal", () => {
    expect(legalSheetName("a[b]:c*d?e/f\\g")).toBe("a b c d e f g");
    expect(legalSheetName("'quoted'")).toBe("quoted");
    expect(legalSheetName("x".repeat(40))).toHaveLength(31);
    expect(legalSheetName("   ")).toBe("Varaq");
    const long = legalSheetName("Qoraqalpog'iston Respublikasi Nukus shahri");
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).not.toMatch(/[[\]:*?/\\]/);
  });

  it("makes names unique, case-insensitively, within 31 characters", () => {
    const taken = new Set<string>(["Jondor"]);
    expect(uniqueSheetName("jondor", taken)).toBe("jondor (2)");
    expect(uniqueSheetName("Jondor", taken)).toBe("Jondor (3)");
    const long = "y".repeat(40);
    const a = uniqueSheetName(long, taken);
    const b = uniqueSheetName(long, taken);
    expect(a).toHaveLength(31);
    expect(b.length).toBeLessThanOrEqual(31);
    expect(b.endsWith(" (2)")).toBe(true);
    expect(a).not.toBe(b);
  });
});
