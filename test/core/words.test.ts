/** The typed catalogues of the core: the same keys in every language, no empty text, one source per word. */
import { CODES } from "../../src/core/codes";
import {
  formatNumber as workbookNumber,
  LANG_NUMBERS,
  romanOrAsIs,
  romanQuarter,
} from "../../src/core/format";
import { LANGS, LANGUAGE_NAMES, LANGUAGES, langFromCode } from "../../src/core/languages";
import { SUMMARY_STATUS_COLUMNS } from "../../src/core/layout/report";
import { formatMessage, formatNumber } from "../../src/core/messages";
import { NOT_SCHEDULED_MARK, STATUS_COLUMN_ORDER, STATUS_NAMES } from "../../src/core/messages/status";
import type { Status } from "../../src/core/model";
import { STATUS_LABELS, statusFromLabel, statusLabels } from "../../src/core/status";
import { COUNTED_STATUSES } from "../../src/core/report";

const STATUSES: Status[] = ["done", "partial", "not_done", "in_progress", "not_due", "not_scheduled"];

/** Every language's table has the keys of the first one and no blank text. */
function expectComplete(tables: Record<string, Record<string, string>>): void {
  const [first, ...rest] = Object.values(tables);
  const keys = Object.keys(first).sort();
  for (const table of rest) expect(Object.keys(table).sort()).toEqual(keys);
  for (const table of Object.values(tables))
    for (const text of Object.values(table)) expect(text.trim()).not.toBe("");
}

describe("languages", () => {
  test("four languages, each named once, in the order of the pickers", () => {
    expect(LANGS).toEqual(["uz", "uz-Cyrl", "ru", "en"]);
    expect(new Set(LANGUAGES.map((l) => l.name)).size).toBe(4);
    for (const l of LANGS) expect(LANGUAGE_NAMES[l].trim()).not.toBe("");
    expect(langFromCode("UZ-cyrl")).toBe("uz-Cyrl");
    expect(langFromCode("de")).toBeNull();
  });
});

describe("status names", () => {
  test("every status named in every language", () => {
    expectComplete(STATUS_NAMES);
    for (const l of LANGS) expect(Object.keys(STATUS_NAMES[l]).sort()).toEqual([...STATUSES].sort());
    expect([...STATUS_COLUMN_ORDER].sort()).toEqual([...STATUSES].sort());
  });

  test("the cells, the count columns and the pane's names come from the same names", () => {
    for (const s of STATUSES) {
      const cell = s === "not_scheduled" ? NOT_SCHEDULED_MARK : STATUS_NAMES.uz[s];
      expect(STATUS_LABELS[s]).toBe(cell);
    }
    expect(SUMMARY_STATUS_COLUMNS.map((c) => c.label)).toEqual(
      STATUS_COLUMN_ORDER.map((s) => STATUS_NAMES.uz[s])
    );
  });

  test("the status cells of a workbook in each language carry its names, and read back in every language", () => {
    for (const l of LANGS) {
      const labels = statusLabels(l);
      for (const s of STATUSES) {
        expect(labels[s]).toBe(s === "not_scheduled" ? NOT_SCHEDULED_MARK : STATUS_NAMES[l][s]);
        expect(statusFromLabel(labels[s])).toBe(s);
      }
    }
  });

  test("the report's count order is the one list of statuses in report order", () => {
    expect(COUNTED_STATUSES).toBe(STATUS_COLUMN_ORDER);
  });

  test("a status name in any language reads back as its status", () => {
    for (const l of LANGS) for (const s of STATUSES) expect(statusFromLabel(STATUS_NAMES[l][s])).toBe(s);
  });
});

describe("one rule for numbers and quarters", () => {
  test("the sentences' numbers are the workbook's with the language's separators", () => {
    for (const n of [0, 7, 5167, 1234567.25, -5167, 1.5]) {
      for (const l of LANGS) {
        const { group, decimal } = LANG_NUMBERS[l];
        const expected = workbookNumber(n).replace(/ /g, "G").replace(",", decimal).replace(/G/g, group);
        expect(formatNumber(n, l)).toBe(expected);
      }
    }
  });

  test("Roman quarters", () => {
    expect([1, 2, 3, 4].map((q) => romanQuarter(q as 1 | 2 | 3 | 4))).toEqual(["I", "II", "III", "IV"]);
    expect(romanOrAsIs(3)).toBe("III");
    expect(romanOrAsIs("5")).toBe("5");
    expect(romanOrAsIs(undefined)).toBe("");
  });
});

describe("Russian agreement", () => {
  const invalid = (field: string) =>
    formatMessage(CODES.quantityInvalid, { field, reason: "fractional", text: "2,5", quarter: 2 }, "ru");

  test("the planned quantity is neuter, a fact masculine", () => {
    expect(invalid("plan")).toMatch(/^Плановое количество должно быть целым числом/);
    expect(invalid("fact")).toMatch(/^Факт за II квартал должен быть целым числом/);
    expect(invalid("previous_fact")).toMatch(/^Факт прошлого года должен быть целым числом/);
  });
});
