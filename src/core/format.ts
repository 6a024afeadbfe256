/** Uzbek output formats (docs/domain.md §3): "87,3%", "5 167", "2026-yil 10-aprel", period words, Roman quarters. */
import type { Lang, Quarter } from "./model";

/**
 * One grouping rule for every number shown as text: the integer part in groups of three digits, at most
 * `maxDecimals` decimals without trailing zeros, percentages with exactly one decimal. Only the two separators
 * depend on where the text goes (NumberStyle).
 *
 * Texts written into the workbook group thousands with a plain space ("5 167"): it is what people type, what
 * the quantity reader accepts, and what a test or a search can write without an invisible character. (Excel
 * cells that hold numbers get a number format instead; this is for text.) Sentences shown in a language
 * (findings, the pane) use a no-break space so "5 167" never wraps, and English writes "5,167" and "1.5".
 */
export interface NumberStyle {
  group: string;
  decimal: string;
}

export const GROUP_SEPARATOR = " ";
export const DECIMAL_SEPARATOR = ",";

/** The workbook's (Uzbek) style: "5 167", "1,5". */
export const WORKBOOK_NUMBERS: NumberStyle = { group: GROUP_SEPARATOR, decimal: DECIMAL_SEPARATOR };

/** The style of sentences in each language. */
export const LANG_NUMBERS: Record<Lang, NumberStyle> = {
  uz: { group: "\u00A0", decimal: "," },
  "uz-Cyrl": { group: "\u00A0", decimal: "," },
  ru: { group: "\u00A0", decimal: "," },
  en: { group: ",", decimal: "." },
};

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** 5167 → "5 167", 1.5 → "1,5", 1234567.25 → "1 234 567,25"; at most `maxDecimals` decimals, no trailing zeros. */
export function formatNumber(n: number, maxDecimals = 2, style: NumberStyle = WORKBOOK_NUMBERS): string {
  if (!Number.isFinite(n)) return "";
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [int, frac] = rounded.toFixed(maxDecimals).split(".");
  const decimals = frac ? frac.replace(/0+$/, "") : "";
  const sign = n < 0 && rounded !== 0 ? "-" : "";
  return sign + groupDigits(int, style.group) + (decimals ? style.decimal + decimals : "");
}

/** 87.34 → "87,3%", 50 → "50,0%" (always one decimal); null → "". */
export function formatPercent(n: number | null, style: NumberStyle = WORKBOOK_NUMBERS): string {
  if (n === null || !Number.isFinite(n)) return "";
  const tenths = Math.round(n * 10);
  const sign = tenths < 0 ? "-" : "";
  const abs = Math.abs(tenths);
  return `${sign}${groupDigits(String(Math.floor(abs / 10)), style.group)}${style.decimal}${abs % 10}%`;
}

export const MONTH_NAMES_UZ = [
  "yanvar",
  "fevral",
  "mart",
  "aprel",
  "may",
  "iyun",
  "iyul",
  "avgust",
  "sentabr",
  "oktabr",
  "noyabr",
  "dekabr",
];

/** A date as official texts write it: "2026-yil 10-aprel" (the date's local calendar day). */
export function formatDateUz(d: Date): string {
  return `${d.getFullYear()}-yil ${d.getDate()}-${MONTH_NAMES_UZ[d.getMonth()]}`;
}

const ROMAN: Record<Quarter, string> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

/** 1 → "I" … 4 → "IV" */
export function romanQuarter(q: Quarter): string {
  return ROMAN[q];
}

/** Like romanQuarter for a value that may not be a quarter (a finding's param): anything else as written. */
export function romanOrAsIs(q: string | number | undefined | null): string {
  const n = Number(q);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? ROMAN[n as Quarter] : String(q ?? "");
}

const PERIOD_WORDS: Record<Quarter, string> = { 1: "I chorak", 2: "yarim yillik", 3: "9 oylik", 4: "yillik" };

/** The report period 1..R in words, as in "2026-yil yarim yillik ish rejasi ijrosi": I chorak, yarim yillik, 9 oylik, yillik. */
export function periodWords(r: Quarter): string {
  return PERIOD_WORDS[r];
}
