/**
 * The pane's message catalogues and how a language is chosen. Finding texts come from the engine's
 * catalogues (core/messages); these are the pane's own words.
 */
import { columnNames, type Lang, LANGS } from "../../core";
import type { Catalogue } from "./catalogue";
import { en } from "./en";
import { ru } from "./ru";
import { uz, type MessageKey } from "./uz";
import { uzCyrl } from "./uz-Cyrl";

export type { Catalogue } from "./catalogue";
export type { MessageKey } from "./uz";
export { langFromDisplayLanguage, romanOrAsIs as romanQuarter } from "../../core";

export const PANE_LANGS: readonly Lang[] = LANGS;

export const CATALOGUES: Record<Lang, Catalogue> = { uz, "uz-Cyrl": uzCyrl, ru, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The column names a text may quote ("{noteColumn}", "{planColumns}", "{nameColumn}", "{unitColumn}"), as the
 * workbook writes them: from the catalogues that write the plan sheet's headers, in the workbook's language.
 */
function columnParams(sheetLang: Lang): Record<string, string> {
  const names = columnNames(sheetLang);
  return {
    noteColumn: names.note,
    planColumns: names.planColumns,
    nameColumn: names.name,
    unitColumn: names.unit,
  };
}

/**
 * A translate function for one language: "{name}" placeholders are replaced by params, and "{name|one|other}"
 * by the word form the number in params.name asks for in that language ("{count} {count|error|errors}"; the
 * forms in the order one, few, many, other of the language's plural rules, the last one standing for the rest).
 * Column names are quoted as a workbook in `sheetLang` (its "lang" setting) writes them, whatever `lang` is.
 */
export function translator(lang: Lang, sheetLang: Lang = "uz"): Translate {
  const catalogue = CATALOGUES[lang] ?? uz;
  const columns = columnParams(sheetLang);
  return (key, params) => {
    const text: string = catalogue[key] ?? uz[key] ?? key;
    if (!text.includes("{")) return text;
    const all: Record<string, string | number> = params ? { ...columns, ...params } : columns;
    return text.replace(/\{(\w+)((?:\|[^|{}]*)*)\}/g, (m, name: string, forms: string) => {
      if (!(name in all)) return m;
      return forms ? pluralForm(lang, Number(all[name]), forms.slice(1).split("|")) : String(all[name]);
    });
  };
}

const PLURAL_ORDER: readonly Intl.LDMLPluralRule[] = ["one", "few", "many", "other"];

function pluralForm(lang: Lang, n: number, forms: string[]): string {
  const rules = new Intl.PluralRules(lang);
  const categories = PLURAL_ORDER.filter((c) => rules.resolvedOptions().pluralCategories.includes(c));
  const i = categories.indexOf(rules.select(n));
  return forms[Math.min(i < 0 ? forms.length - 1 : i, forms.length - 1)];
}
