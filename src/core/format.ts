/** Uzbek output formats (docs/domain.md §3): "87,3%", "5 167", "2026-yil 10-aprel", period words, Roman quarters. */
import type { Quarter } from "./model";

/**
 * Thousands are grouped with a plain space ("5 167"): it is what people type, what the quantity reader
 * accepts, and what a test or a search can write without an invisible character. (Excel cells that hold
 * numbers get a number format instead; this is for text.)
 */
export const GROUP_SEPARATOR = " ";
export const DECIMAL_SEPARATOR = ",";

/** 5167 → "5 167", 1.5 → "1,5", 1234567.25 → "1 234 567,25"; at most `maxDecimals` decimals, no trailing zeros. */
export function formatNumber(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return "";
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [int, frac] = rounded.toFixed(maxDecimals).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR);
  const decimals = frac ? frac.replace(/0+$/, "") : "";
  const sign = n < 0 && rounded !== 0 ? "-" : "";
  return sign + grouped + (decimals ? DECIMAL_SEPARATOR + decimals : "");
}

/** 87.34 → "87,3%", 50 → "50,0%" (always one decimal); null → "". */
export function formatPercent(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return "";
  const tenths = Math.round(n * 10);
  const sign = tenths < 0 ? "-" : "";
  const abs = Math.abs(tenths);
  const int = String(Math.floor(abs / 10)).replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR);
  return `${sign}${int}${DECIMAL_SEPARATOR}${abs % 10}%`;
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

const PERIOD_WORDS: Record<Quarter, string> = { 1: "I chorak", 2: "yarim yillik", 3: "9 oylik", 4: "yillik" };

/** The report period 1..R in words, as in "2026-yil yarim yillik ish rejasi ijrosi": I chorak, yarim yillik, 9 oylik, yillik. */
export function periodWords(r: Quarter): string {
  return PERIOD_WORDS[r];
}
