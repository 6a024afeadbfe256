/** The ribbon command's texts and the pane's plural forms. */
import { CLOSE_LABELS } from "../../src/commands/dialog-texts";
import { COMMAND_MESSAGES, reportFailureMessage } from "../../src/commands/messages";
import { LANGS } from "../../src/core/languages";
import { formatMessage } from "../../src/core/messages";
import { columnNames } from "../../src/core/messages/column-names";
import { yearTexts } from "../../src/core/year/messages";
import { PROBE_IDS } from "../../src/excel/self-test";
import { CATALOGUES, type MessageKey, translator } from "../../src/taskpane/i18n";

describe("ribbon command texts", () => {
  test("every language has every text, none empty, and they are translations", () => {
    const keys = Object.keys(COMMAND_MESSAGES.uz).sort();
    for (const l of LANGS) {
      expect(Object.keys(COMMAND_MESSAGES[l]).sort()).toEqual(keys);
      for (const text of Object.values(COMMAND_MESSAGES[l])) expect(text.trim()).not.toBe("");
    }
    for (const l of ["uz-Cyrl", "ru", "en"] as const) {
      expect(COMMAND_MESSAGES[l].error).not.toBe(COMMAND_MESSAGES.uz.error);
      expect(COMMAND_MESSAGES[l].cell_edit).not.toBe(COMMAND_MESSAGES.uz.cell_edit);
      expect(CLOSE_LABELS[l]).not.toBe(CLOSE_LABELS.uz);
    }
    expect(Object.keys(CLOSE_LABELS).sort()).toEqual([...LANGS].sort());
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

describe("the words issue 13 named", () => {
  test("every text names a column as the workbook writes it (its language), whatever the pane's language", () => {
    const mentions = Object.keys(CATALOGUES.uz).filter((k) =>
      /\{(noteColumn|planColumns|nameColumn|unitColumn)\}/.test(
        CATALOGUES.uz[k as keyof typeof CATALOGUES.uz]
      )
    ) as (keyof typeof CATALOGUES.uz)[];
    expect(mentions).toEqual(
      expect.arrayContaining(["year.suggest", "year.state.approved", "help.status.partial", "help.setup"])
    );
    for (const pane of LANGS)
      for (const book of LANGS) {
        const t = translator(pane, book);
        const names = columnNames(book);
        for (const key of mentions) {
          const text = t(key, { date: "2026-07-10", by: "R. Halimov" });
          expect(text).not.toMatch(/\{\w+\}/);
          // the column's name as that workbook's header has it, and no other language's name for it
          const own = [names.note, names.planColumns, names.name].filter((n) => text.includes(n));
          expect({ pane, book, key, own: own.length > 0 }).toEqual({ pane, book, key, own: true });
          for (const other of LANGS.filter((l) => columnNames(l).note !== names.note))
            expect(text).not.toContain(`"${columnNames(other).note}"`);
        }
      }
    // the words issue 13 named: a Cyrillic pane over a Cyrillic workbook says "Изоҳ", over a Latin one "Izoh"
    expect(translator("uz-Cyrl", "uz-Cyrl")("year.suggest")).toContain('"Изоҳ"');
    expect(translator("uz-Cyrl", "uz")("year.suggest")).toContain('"Izoh"');
    expect(translator("ru", "ru")("year.suggest")).toContain("«Примечание»");
  });

  test("the engine's messages and the year texts name the note column as the workbook writes it", () => {
    const finding = (book: (typeof LANGS)[number]) =>
      formatMessage("note.missing", { quarter: 2, percent: 50, note: columnNames(book).note }, "uz-Cyrl");
    expect(finding("uz-Cyrl")).toContain('"Изоҳ"');
    expect(finding("uz")).toContain('"Izoh"');
    expect(yearTexts("uz-Cyrl", "uz-Cyrl").failure("no_tracking_columns")).toContain("Изоҳ");
    expect(yearTexts("ru", "uz").nextYear({ year: 2027, items: 3, facts: 2, suggestions: 1 })).toContain(
      '"Izoh"'
    );
    expect(yearTexts("en", "ru").locked({ editable: "I" })).toContain("№ … Ответственные");
  });

  test('English never says "1 errors"; Russian counts read "ошибок — N"', () => {
    const en = translator("en");
    expect(en("confirm.report", { count: 1 })).toBe("1 error is not fixed yet. Generate the report with it?");
    expect(en("confirm.report", { count: 3 })).toContain("3 errors are");
    expect(en("findings.groupCount", { count: 1 })).toBe("1 cell");
    expect(translator("ru")("result.checkCounts", { errors: 1, warnings: 2, infos: 0 })).toBe(
      "Проверено: ошибок — 1, предупреждений — 2, сведений — 0."
    );
  });
});

describe("self-test probe names", () => {
  test("every probe the self-test runs has a name in each language (not its code id)", () => {
    for (const l of LANGS) {
      const t = translator(l);
      for (const id of PROBE_IDS) {
        const key = `selftest.probe.${id}` as MessageKey;
        expect([id, CATALOGUES[l][key]]).toEqual([id, expect.any(String)]);
        expect(t(key)).not.toBe(id);
      }
    }
    expect(CATALOGUES.ru["selftest.probe.undo" as MessageKey]).not.toBe(
      CATALOGUES.uz["selftest.probe.undo" as MessageKey]
    );
  });
});
