import { parseDeadline } from "../../src/core/deadline";
import type { Vocabulary } from "../../src/core/model";
import { DEFAULT_VOCABULARY, isCountUnit, matchUnit, splitResponsible } from "../../src/core/vocabulary";

const DIRECTOR = "Axborot-kutubxona markazi direktori";
const FONDS = "Fondlarni to'ldirish, saqlash va ularga ishlov berish xizmati";
const ABONEMENT = "Abonement va foydalanuvchilarga xizmat ko'rsatish xizmati";
const DIGITAL = "Axborot-kommunikatsiya va raqamlashtirish xizmati";
const HR = "Kadrlar bo'yicha inspektor";

describe("DEFAULT_VOCABULARY", () => {
  test("holds the units, services and deadline phrases of docs/domain.md §4", () => {
    expect(DEFAULT_VOCABULARY.units.map((u) => u.canonical)).toEqual([
      "Tadbir",
      "Nusxa",
      "Nomda",
      "Bibliografik yozuv",
      "Nafar",
      "Dona",
      "Ma'lumot",
      "Sahifa",
      "Ro'yxat",
      "Marotaba",
    ]);
    expect(DEFAULT_VOCABULARY.responsible.map((u) => u.canonical)).toContain(FONDS);
    expect(DEFAULT_VOCABULARY.responsible).toHaveLength(7);
    for (const p of [
      "Yil davomida",
      "Har chorakda",
      "Har oyda",
      "Ikki marotaba",
      "I chorak",
      "IV chorak",
      "Yarim yillik",
      "9 oylik",
    ]) {
      expect(DEFAULT_VOCABULARY.deadlines).toContain(p);
    }
  });
});

describe("matchUnit", () => {
  test.each([
    ["Tadbir", "Tadbir"],
    ["tadbirlar", "Tadbir"],
    ["  TADBIR. ", "Tadbir"],
    ["Тадбир", "Tadbir"],
    ["Нусха", "Nusxa"],
    ["nusxalar", "Nusxa"],
    ["nom", "Nomda"],
    ["Bibliografik yozuvlar", "Bibliografik yozuv"],
    ["Bibliografik yozuvlar (dona)", "Bibliografik yozuv"],
    ["Bibliografik  yozuvlar(dona)", "Bibliografik yozuv"],
    ["kishi", "Nafar"],
    ["Ma’lumot", "Ma'lumot"],
    ["Ro’yxat", "Ro'yxat"],
    ["Ro`yxat", "Ro'yxat"],
    ["marta", "Marotaba"],
    ["Sahifalar", "Sahifa"],
  ])("%j → %s", (text, canonical) => {
    expect(matchUnit(text, DEFAULT_VOCABULARY)).toEqual({ canonical, suggestion: null });
  });

  test("an unknown unit gets the closest known one as a suggestion", () => {
    expect(matchUnit("Tadbr")).toEqual({ canonical: null, suggestion: "Tadbir" });
    expect(matchUnit("Nusxalr").suggestion).toBe("Nusxa");
    expect(matchUnit("Kilogramm qog'oz")).toEqual({ canonical: null, suggestion: null });
    expect(matchUnit("")).toEqual({ canonical: null, suggestion: null });
  });

  test("uses the vocabulary given", () => {
    const vocab: Vocabulary = { ...DEFAULT_VOCABULARY, units: [{ canonical: "Foiz", variants: ["%"] }] };
    expect(matchUnit("%", vocab).canonical).toBe("Foiz");
    expect(matchUnit("Tadbir", vocab).canonical).toBeNull();
  });

  test("isCountUnit", () => {
    for (const u of DEFAULT_VOCABULARY.units) expect(isCountUnit(u.canonical)).toBe(true);
    expect(isCountUnit("Foiz")).toBe(false);
    expect(isCountUnit("Ming so'm")).toBe(false);
  });
});

describe("splitResponsible", () => {
  test("one known name, with variants", () => {
    expect(splitResponsible(DIRECTOR)).toEqual({ names: [DIRECTOR], unknown: [] });
    expect(splitResponsible("AKM direktori")).toEqual({ names: [DIRECTOR], unknown: [] });
    expect(splitResponsible("Direktor")).toEqual({ names: [DIRECTOR], unknown: [] });
    expect(splitResponsible("АКМ директори")).toEqual({ names: [DIRECTOR], unknown: [] });
    expect(splitResponsible("Fondlarni to'ldirish saqlash va ularga ishlov berish")).toEqual({
      names: [FONDS],
      unknown: [],
    });
    expect(splitResponsible("Fondlarni to’ldirish, saqlash va ularga ishlov berish xizmati.")).toEqual({
      names: [FONDS],
      unknown: [],
    });
  });

  test("several names run together on one line", () => {
    expect(splitResponsible("AKM direktori Kadrlar bo'yicha inspektor")).toEqual({
      names: [DIRECTOR, HR],
      unknown: [],
    });
    expect(splitResponsible(`${ABONEMENT} ${DIGITAL}`)).toEqual({ names: [ABONEMENT, DIGITAL], unknown: [] });
    expect(splitResponsible(`${DIRECTOR} Fondlarni to'ldirish saqlash va ularga ishlov berish`)).toEqual({
      names: [DIRECTOR, FONDS],
      unknown: [],
    });
  });

  test("names in <p> blocks and on lines, joined by connectors", () => {
    const html =
      "<p>Axborot-kutubxona markazi direktori</p> <p>Fondlarni to'ldirish saqlash va ularga ishlov berish</p>";
    expect(splitResponsible(html)).toEqual({ names: [DIRECTOR, FONDS], unknown: [] });
    expect(splitResponsible("Kadrlar bo'yicha inspektor\nAKM direktori")).toEqual({
      names: [HR, DIRECTOR],
      unknown: [],
    });
    expect(splitResponsible("Axborot-bibliografiya xizmati va Barcha xizmatlar")).toEqual({
      names: ["Axborot-bibliografiya xizmati", "Barcha xizmatlar"],
      unknown: [],
    });
  });

  test("a cut-short name is unknown, not the director", () => {
    expect(splitResponsible("Axborot-kutubxona markazi")).toEqual({
      names: ["Axborot-kutubxona markazi"],
      unknown: ["Axborot-kutubxona markazi"],
    });
  });

  test("unknown words between known names are kept as written", () => {
    expect(splitResponsible("AKM direktori, Yuridik maslahatchi; Kadrlar bo'yicha inspektor")).toEqual({
      names: [DIRECTOR, "Yuridik maslahatchi", HR],
      unknown: ["Yuridik maslahatchi"],
    });
  });

  test("no repeats; empty text names nobody", () => {
    expect(splitResponsible("AKM direktori\nDirektor")).toEqual({ names: [DIRECTOR], unknown: [] });
    expect(splitResponsible("")).toEqual({ names: [], unknown: [] });
    expect(splitResponsible(" - , ")).toEqual({ names: [], unknown: [] });
  });

  test("results are not shared between calls", () => {
    const a = splitResponsible("AKM direktori");
    a.names.push("x");
    expect(splitResponsible("AKM direktori").names).toEqual([DIRECTOR]);
  });
});

describe("deadline phrases of the dropdown", () => {
  test("every one is understood by the deadline grammar", () => {
    const failing = DEFAULT_VOCABULARY.deadlines.filter((p) => !parseDeadline(p, 2026).ok);
    expect(failing).toEqual([]);
  });
});
