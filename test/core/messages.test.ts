import { ALL_CODES, CODES, PARAMS, SEVERITY } from "../../src/core/codes";
import { CATALOGUES, formatMessage, formatNumber, formatPercent } from "../../src/core/messages";
import type { Lang } from "../../src/core/model";

const LANGS: Lang[] = ["uz", "uz-Cyrl", "ru", "en"];

/** Every parameter any message uses, filled. */
const FULL = {
  text: "tez orada",
  number: "4.1",
  first: "A7",
  previous: "5",
  parent: "4",
  unit: "Nusxalr",
  suggestion: "Nusxa",
  reason: "negative",
  field: "plan",
  quarter: 2,
  plan: 300,
  fact: 365,
  year: 2026,
  previousYear: 2025,
  sum: 90,
  count: 2,
  planYear: 2026,
  name: "Axborot-kutubxona markazi",
  percent: 58.3,
  shown: "04.01.2026",
  length: 40000,
  limit: 32767,
  column: "Izoh",
  sample: "ТАСДИ?ЛАЙМАН",
  note: "Izoh",
};

describe("codes", () => {
  it("are the 24 codes of docs/domain.md §6, each with a severity", () => {
    expect(ALL_CODES).toHaveLength(24);
    expect(new Set(ALL_CODES).size).toBe(24);
    expect(Object.keys(SEVERITY).sort()).toEqual([...ALL_CODES].sort());
    expect(SEVERITY[CODES.factSuspicious]).toBe("info");
    expect(SEVERITY[CODES.responsibleUnknown]).toBe("warning");
    expect(SEVERITY[CODES.unitUnknown]).toBe("error");
  });
});

describe("message catalogues", () => {
  it.each(LANGS)("%s has every code and nothing else", (lang) => {
    expect(Object.keys(CATALOGUES[lang]).sort()).toEqual([...ALL_CODES].sort());
  });

  /** Only the params a code always carries. */
  const minimal = (code: (typeof ALL_CODES)[number]) =>
    Object.fromEntries(PARAMS[code].required.map((k) => [k, FULL[k as keyof typeof FULL]]));

  it("every param a code names has a sample value", () => {
    for (const code of ALL_CODES) {
      for (const k of [...PARAMS[code].required, ...PARAMS[code].optional]) expect(FULL).toHaveProperty(k);
    }
  });

  it.each(LANGS)("%s: messages with only the required params are complete", (lang) => {
    for (const code of ALL_CODES) {
      const m = formatMessage(code, minimal(code), lang);
      expect(m.trim().length).toBeGreaterThan(5);
      expect(m).not.toMatch(/undefined|null|NaN|\[object/);
    }
  });

  const variants: Record<string, string | number>[] = [
    FULL,
    { ...FULL, suggestion: "" },
    { ...FULL, reason: "not_a_number", field: "previous_fact" },
    { ...FULL, reason: "fractional", field: "fact", quarter: 4, text: "1,5" },
  ];

  it.each(LANGS)("%s: no message is empty or shows undefined/null/NaN", (lang) => {
    for (const code of ALL_CODES) {
      for (const params of variants) {
        const m = formatMessage(code, params, lang);
        expect(m.trim().length).toBeGreaterThan(5);
        expect(m).not.toMatch(/undefined|null|NaN|\[object/);
      }
    }
  });

  it("uses the parameters", () => {
    expect(formatMessage(CODES.unitUnknown, { unit: "Nusxalr", suggestion: "Nusxa" })).toBe(
      `"Nusxalr" o'lchov birligi lug'atda yo'q. "Nusxa" nazarda tutilganmi?`
    );
    expect(formatMessage(CODES.unitUnknown, { unit: "kg" }, "en")).not.toContain("Did you mean");
    expect(
      formatMessage(CODES.planBelowFact, { plan: 5000, fact: 5167, year: 2026, previousYear: 2025 }, "ru")
    ).toContain("5\u00A0167");
    expect(formatMessage(CODES.factMissing, { quarter: 3 }, "uz")).toContain("III chorak");
    expect(formatMessage(CODES.numberInvalid, { text: "" }, "uz")).not.toContain('""');
    expect(formatMessage(CODES.noteMissing, { percent: 58.33, quarter: 2 }, "uz")).toContain("58,3%");
  });

  it("writes each language in its own script", () => {
    for (const code of ALL_CODES) {
      expect(formatMessage(code, FULL, "uz-Cyrl")).toMatch(/[\u0400-\u04FF]/);
      expect(formatMessage(code, FULL, "ru")).toMatch(/[\u0400-\u04FF]/);
    }
  });
});

describe("number formatting", () => {
  it("groups thousands and uses the local decimal mark", () => {
    expect(formatNumber(5167, "uz")).toBe("5\u00A0167");
    expect(formatNumber(300, "uz")).toBe("300");
    expect(formatNumber(1.5, "uz")).toBe("1,5");
    expect(formatNumber(12345.5, "en")).toBe("12,345.5");
    expect(formatPercent(91.666, "uz")).toBe("91,7%");
    expect(formatPercent(91.666, "en")).toBe("91.7%");
  });
});
