/**
 * The pane's message catalogues and how a language is chosen. Finding texts come from the engine's
 * catalogues (core/messages); these are the pane's own words.
 */
import { LANGS } from "../../core/languages";
import type { Lang } from "../../core/model";
import type { Catalogue } from "./catalogue";
import { en } from "./en";
import { ru } from "./ru";
import { uz, type MessageKey } from "./uz";
import { uzCyrl } from "./uz-Cyrl";

export type { Catalogue } from "./catalogue";
export type { MessageKey } from "./uz";
export { langFromDisplayLanguage } from "../../core/languages";
export { romanOrAsIs as romanQuarter } from "../../core/format";

export const PANE_LANGS: readonly Lang[] = LANGS;

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
