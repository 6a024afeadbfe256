/**
 * The pane's message catalogues and how a language is chosen. Finding texts come from the engine's
 * catalogues (core/messages); these are the pane's own words.
 */
import { type Lang, LANGS } from "../../core";
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
 * A translate function for one language: "{name}" placeholders are replaced by params, and "{name|one|other}"
 * by the word form the number in params.name asks for in that language ("{count} {count|error|errors}"; the
 * forms in the order one, few, many, other of the language's plural rules, the last one standing for the rest).
 */
export function translator(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang] ?? uz;
  return (key, params) => {
    const text: string = catalogue[key] ?? uz[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)((?:\|[^|{}]*)*)\}/g, (m, name: string, forms: string) => {
      if (!(name in params)) return m;
      return forms ? pluralForm(lang, Number(params[name]), forms.slice(1).split("|")) : String(params[name]);
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
