/** The four languages of the texts, each with its name as its readers write it (for a language picker). */
import type { Lang } from "./model";

export const LANGUAGES: readonly { lang: Lang; name: string }[] = [
  { lang: "uz", name: "O'zbekcha (lotin)" },
  { lang: "uz-Cyrl", name: "Ўзбекча (кирилл)" },
  { lang: "ru", name: "Русский" },
  { lang: "en", name: "English" },
];

/** uz (the default), uz-Cyrl, ru, en. */
export const LANGS: readonly Lang[] = LANGUAGES.map((l) => l.lang);

export const DEFAULT_LANG: Lang = "uz";

export const LANGUAGE_NAMES = Object.fromEntries(LANGUAGES.map((l) => [l.lang, l.name])) as Record<
  Lang,
  string
>;

/** The language a tag names, ignoring case ("UZ-cyrl" → "uz-Cyrl"), or null. */
export function langFromCode(code: string): Lang | null {
  return LANGS.find((l) => l.toLowerCase() === code.toLowerCase()) ?? null;
}

/**
 * The language of the texts for Office's display language ("uz-Latn-UZ", "uz-Cyrl-UZ", "ru-RU", "en-US"…).
 * Uzbek (Latin) unless the display language is Cyrillic Uzbek, Russian or English.
 */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  const tag = (displayLanguage ?? "").toLowerCase();
  if (tag.startsWith("uz")) return tag.includes("cyrl") ? "uz-Cyrl" : "uz";
  if (tag.startsWith("ru")) return "ru";
  if (tag.startsWith("en")) return "en";
  return "uz";
}
