/**
 * The message dialog's own words, in the four languages. Kept apart from messages.ts (which brings in the
 * pane's catalogues) so that the dialog page loads almost nothing.
 */
import type { Lang } from "../core";

export const CLOSE_LABELS: Record<Lang, string> = {
  uz: "Yopish",
  "uz-Cyrl": "Ёпиш",
  ru: "Закрыть",
  en: "Close",
};

/** The message and language as the command passes them to the dialog page (query parameters). */
export const MESSAGE_PARAM = "message";
export const LANG_PARAM = "lang";

/** The language the command named, Uzbek (Latin) when it names none of the four. */
export function dialogLang(code: string | null): Lang {
  return (Object.keys(CLOSE_LABELS) as Lang[]).find((l) => l === code) ?? "uz";
}
