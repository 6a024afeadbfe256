/** Number, percentage and quarter formatting for the message catalogues: core/format's one rule, per language. */
import {
  formatNumber as formatNumberIn,
  formatPercent as formatPercentIn,
  LANG_NUMBERS,
  romanOrAsIs,
} from "../format";
import type { Lang } from "../model";

export type Params = Record<string, string | number>;

/** 1 → "I" … 4 → "IV"; anything else as written. */
export const roman = romanOrAsIs;

/** Decimals kept in a quantity quoted in a sentence (the plan's own numbers, not a computation). */
const QUOTED_DECIMALS = 6;

/** "5 167", "1,5" (uz, ru: no-break space); "5,167", "1.5" (en). Strings are returned as they are. */
export function formatNumber(v: string | number | undefined, lang: Lang): string {
  if (typeof v !== "number") return String(v ?? "");
  if (!Number.isFinite(v)) return String(v);
  return formatNumberIn(v, QUOTED_DECIMALS, LANG_NUMBERS[lang]);
}

/** A percentage with one decimal: "87,3%" (uz, ru), "87.3%" (en). Strings are returned as they are. */
export function formatPercent(v: string | number | undefined, lang: Lang): string {
  if (typeof v !== "number") return String(v ?? "");
  return formatPercentIn(v, LANG_NUMBERS[lang]);
}

/** The optional string parameter, or null when absent or blank. */
export function opt(p: Params, key: string): string | null {
  const v = p[key];
  return v === undefined || v === "" ? null : String(v);
}

/** One language's messages: a function per code from the finding's params to a plain sentence. */
export type Catalogue = Record<import("../codes").Code, (p: Params) => string>;
