import { CATALOGUES, langFromDisplayLanguage, PANE_LANGS, translator } from "../../src/taskpane/i18n";
import { uz } from "../../src/taskpane/i18n/uz";
import { themeFromBackground } from "../../src/taskpane/office-host";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("pane catalogues", () => {
  const keys = Object.keys(uz).sort();

  it.each(PANE_LANGS)("%s has every key, no other, none empty, with the same placeholders", (lang) => {
    const catalogue = CATALOGUES[lang] as Record<string, string>;
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const key of keys) {
      expect(typeof catalogue[key]).toBe("string");
      expect(catalogue[key].trim()).not.toBe("");
      expect([key, placeholders(catalogue[key])]).toEqual([
        key,
        placeholders((uz as Record<string, string>)[key]),
      ]);
    }
  });

  it("the languages differ where they should (not a copy of Uzbek)", () => {
    for (const lang of ["uz-Cyrl", "ru", "en"] as const)
      expect(CATALOGUES[lang]["actions.check"]).not.toBe(uz["actions.check"]);
  });

  it("fills placeholders and leaves unknown ones", () => {
    const t = translator("en");
    expect(t("result.fill", { count: 12 })).toBe(CATALOGUES.en["result.fill"].replace("{count}", "12"));
    expect(t("result.fill")).toContain("{count}");
  });
});

describe("langFromDisplayLanguage", () => {
  it.each([
    ["uz-Latn-UZ", "uz"],
    ["uz-UZ", "uz"],
    ["uz-Cyrl-UZ", "uz-Cyrl"],
    ["ru-RU", "ru"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["de-DE", "uz"],
    ["", "uz"],
    [undefined, "uz"],
  ])("%s → %s", (tag, lang) => {
    expect(langFromDisplayLanguage(tag)).toBe(lang);
  });
});

describe("themeFromBackground", () => {
  it.each([
    ["#FFFFFF", "light"],
    ["#F3F2F1", "light"],
    ["#262626", "dark"],
    ["#000000", "dark"],
    ["#6E6E6E", "dark"], // Office's dark grey: white text reads better
    ["#C8C8C8", "light"],
    ["", "light"],
    [undefined, "light"],
    ["red", "light"],
  ])("%s → %s", (color, kind) => {
    expect(themeFromBackground(color)).toBe(kind);
  });
});
