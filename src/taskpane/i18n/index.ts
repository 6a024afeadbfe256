/**
 * The pane's message catalogues and how a language is chosen. Finding texts come from the engine's
 * catalogues (core/messages); these are the pane's own words.
 */
import type { Lang } from "../../core";
import type { Catalogue } from "./catalogue";
import { en } from "./en";
import { ru } from "./ru";
import { uz, type MessageKey } from "./uz";
import { uzCyrl } from "./uz-Cyrl";

export type { Catalogue } from "./catalogue";
export type { MessageKey } from "./uz";

export const PANE_LANGS: readonly Lang[] = ["uz", "uz-Cyrl", "ru", "en"];

export const CATALOGUES: Record<Lang, Catalogue> = { uz, "uz-Cyrl": uzCyrl, ru, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translate function for one language: "{name}" placeholders are replaced by params. */
export function translator(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang] ?? uz;
  return (key, params) => {
    const text: string = catalogue[key] ?? uz[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

/**
 * The pane language for Office's display language ("uz-Latn-UZ", "uz-Cyrl-UZ", "ru-RU", "en-US"…).
 * Uzbek (Latin) unless the display language is Cyrillic Uzbek, Russian or English.
 */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  const tag = (displayLanguage ?? "").toLowerCase();
  if (tag.startsWith("uz")) return tag.includes("cyrl") ? "uz-Cyrl" : "uz";
  if (tag.startsWith("ru")) return "ru";
  if (tag.startsWith("en")) return "en";
  return "uz";
}

const ROMAN = ["I", "II", "III", "IV"];

export function romanQuarter(q: number): string {
  return ROMAN[q - 1] ?? String(q);
}
