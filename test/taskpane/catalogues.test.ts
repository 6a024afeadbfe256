/** The ribbon command's texts and the pane's plural forms. */
import { COMMAND_MESSAGES, reportFailureMessage } from "../../src/commands/messages";
import { LANGS } from "../../src/core/languages";
import { CATALOGUES, translator } from "../../src/taskpane/i18n";

describe("ribbon command texts", () => {
  test("every language has every text, none empty, and they are translations", () => {
    const keys = Object.keys(COMMAND_MESSAGES.uz).sort();
    for (const l of LANGS) {
      expect(Object.keys(COMMAND_MESSAGES[l]).sort()).toEqual(keys);
      for (const text of Object.values(COMMAND_MESSAGES[l])) expect(text.trim()).not.toBe("");
    }
    for (const l of ["uz-Cyrl", "ru", "en"] as const)
      expect(COMMAND_MESSAGES[l].close).not.toBe(COMMAND_MESSAGES.uz.close);
  });

  test("the set-up hint names the pane's own button, in the same language", () => {
    for (const l of LANGS)
      expect(COMMAND_MESSAGES[l].no_plan_sheet).toContain(CATALOGUES[l]["actions.setup"]);
  });

  test("a failure's detail follows the text", () => {
    expect(reportFailureMessage("error", "boom", "en")).toBe(`${COMMAND_MESSAGES.en.error} boom`);
    expect(reportFailureMessage("name_taken", null, "ru")).toBe(COMMAND_MESSAGES.ru.name_taken);
  });
});

describe("plural forms in the pane", () => {
  test("English counts agree with their noun", () => {
    const t = translator("en");
    expect(t("severity.count.error", { count: 1 })).toBe("1 error");
    expect(t("severity.count.error", { count: 2 })).toBe("2 errors");
    expect(t("severity.count.error", { count: 0 })).toBe("0 errors");
    expect(t("summary.indicators", { count: 1 })).toBe("1 indicator");
  });

  test("no placeholder or form list is left in any language", () => {
    for (const l of LANGS) {
      const t = translator(l);
      for (const key of Object.keys(CATALOGUES.uz) as (keyof typeof CATALOGUES.uz)[]) {
        for (const count of [1, 2, 5, 21]) {
          const text = t(key, {
            count,
            roman: "II",
            sheet: "S",
            percent: "1%",
            detail: "d",
            name: "n",
            n: 1,
          });
          expect(text).not.toMatch(/\{count/);
        }
      }
    }
  });
});
