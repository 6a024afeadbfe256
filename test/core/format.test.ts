import { formatDateUz, formatNumber, formatPercent, periodWords, romanQuarter } from "../../src/core/format";
import type { Quarter } from "../../src/core/model";

describe("formatPercent", () => {
  test.each<[number | null, string]>([
    [87.3, "87,3%"],
    [87.34, "87,3%"],
    [91.66, "91,7%"],
    [50, "50,0%"],
    [0, "0,0%"],
    [45.8, "45,8%"],
    [100, "100,0%"],
    [1234.5, "1 234,5%"],
    [-2.5, "-2,5%"],
    [null, ""],
    [NaN, ""],
  ])("%s → %s", (n, s) => {
    expect(formatPercent(n)).toBe(s);
  });
});

describe("formatNumber", () => {
  test.each<[number, string]>([
    [5167, "5 167"],
    [300, "300"],
    [0, "0"],
    [1000, "1 000"],
    [1234567, "1 234 567"],
    [1.5, "1,5"],
    [1234.25, "1 234,25"],
    [2.005, "2,01"],
    [1 / 3, "0,33"],
    [-5167, "-5 167"],
    [12.0, "12"],
  ])("%s → %s", (n, s) => {
    expect(formatNumber(n)).toBe(s);
  });

  test("decimals can be limited", () => {
    expect(formatNumber(91.666, 1)).toBe("91,7");
    expect(formatNumber(91.666, 0)).toBe("92");
  });
});

describe("formatDateUz", () => {
  test.each<[Date, string]>([
    [new Date(2026, 3, 10), "2026-yil 10-aprel"],
    [new Date(2026, 0, 1), "2026-yil 1-yanvar"],
    [new Date(2025, 11, 31), "2025-yil 31-dekabr"],
    [new Date(2026, 8, 5), "2026-yil 5-sentabr"],
    [new Date(2026, 4, 9), "2026-yil 9-may"],
  ])("%s → %s", (d, s) => {
    expect(formatDateUz(d)).toBe(s);
  });
});

describe("period words and Roman quarters", () => {
  test.each<[Quarter, string, string]>([
    [1, "I chorak", "I"],
    [2, "yarim yillik", "II"],
    [3, "9 oylik", "III"],
    [4, "yillik", "IV"],
  ])("%s → %s, %s", (q, words, roman) => {
    expect(periodWords(q)).toBe(words);
    expect(romanQuarter(q)).toBe(roman);
  });
});
