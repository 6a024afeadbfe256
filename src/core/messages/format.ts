/** Number, percentage and quarter formatting for the message catalogues. */
import type { Lang } from "../model";

export type Params = Record<string, string | number>;

const ROMAN = ["I", "II", "III", "IV"];

/** 1 → "I" … 4 → "IV"; anything else as written. */
export function roman(q: string | number | undefined): string {
  const n = Number(q);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? ROMAN[n - 1] : String(q ?? "");
}

/** "5 167", "1,5" (uz, ru); "5,167", "1.5" (en). Strings are returned as they are. */
export function formatNumber(v: string | number | undefined, lang: Lang): string {
  if (typeof v !== "number") return String(v ?? "");
  if (!Number.isFinite(v)) return String(v);
  const [int, frac] = String(Math.abs(v)).split(".");
  const group = lang === "en" ? "," : "\u00A0";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sep = lang === "en" ? "." : ",";
  return (v < 0 ? "-" : "") + grouped + (frac ? sep + frac : "");
}

/** A percentage with one decimal: "87,3%" (uz, ru), "87.3%" (en). */
export function formatPercent(v: string | number | undefined, lang: Lang): string {
  if (typeof v !== "number") return String(v ?? "");
  const s = (Math.round(v * 10) / 10).toFixed(1);
  return (lang === "en" ? s : s.replace(".", ",")) + "%";
}

/** The optional string parameter, or null when absent or blank. */
export function opt(p: Params, key: string): string | null {
  const v = p[key];
  return v === undefined || v === "" ? null : String(v);
}

/** One language's messages: a function per code from the finding's params to a plain sentence. */
export type Catalogue = Record<import("../codes").Code, (p: Params) => string>;
