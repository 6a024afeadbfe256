/**
 * How a value written through `Range.values` / `Range.formulas` becomes cell content, and how
 * cell content reads back as `values`, `formulas`, `text`, `valueTypes`.
 * Every rule here is listed, with its source, in docs/excel-standin-assumptions.md.
 */
import { formatDateSerial } from "./date-format";
export type Scalar = string | number | boolean;

/** What is stored for one cell's content (formats are stored separately). */
export interface CellContent {
  /** Constant value; undefined = empty. For formula cells it is unused. */
  v?: Scalar;
  /** Formula text starting with "=". */
  f?: string;
}

export interface CoercedInput {
  content: CellContent;
  /** Number format Excel applies as a side effect of the typed text (percent, ISO date). */
  numberFormat?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isTextFormat(numberFormat: string | undefined): boolean {
  return numberFormat === "@";
}

/** Excel's date serial: days since 1899-12-30 (the 1900 leap-year bug is irrelevant after March 1900). */
export function dateSerial(y: number, m: number, d: number): number | undefined {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return undefined;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}

export function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
}

/** Parse text the way the stand-in models Excel (en-US) parsing typed input. */
export function parseNumberText(text: string): { value: number; numberFormat?: string } | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  if (NUMBER.test(t)) return { value: Number(t) };
  if (GROUPED.test(t))
    return { value: Number(t.replace(/,/g, "")), numberFormat: t.includes(".") ? "#,##0.00" : "#,##0" };
  const p = PERCENT.exec(t);
  if (p) {
    const decimals = p[1].includes(".") ? p[1].split(".")[1].length : 0;
    return { value: Number(p[1]) / 100, numberFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%" };
  }
  const d = ISO_DATE.exec(t);
  if (d) {
    const serial = dateSerial(Number(d[1]), Number(d[2]), Number(d[3]));
    if (serial !== undefined) return { value: serial, numberFormat: "m/d/yyyy" };
  }
  return undefined;
}

/**
 * One input value -> content. `numberFormat` is the cell's current format ("@" = Text).
 * Returns undefined for `null`/`undefined`, meaning "leave this cell unchanged".
 */
export function coerceInput(input: unknown, numberFormat: string | undefined): CoercedInput | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { content: { v: "#NUM!" } };
    return { content: { v: input } };
  }
  if (typeof input === "boolean") return { content: { v: input } };
  if (input instanceof Date) {
    const serial = dateSerial(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
    return serial === undefined
      ? { content: { v: String(input) } }
      : { content: { v: serial }, numberFormat: "m/d/yyyy" };
  }
  if (typeof input !== "string") return { content: { v: String(input) } };
  if (input === "") return { content: {} };
  // the quote prefix applies in a Text ("@") cell too (Guess, probed by the add-in's self-test)
  if (input.startsWith("'")) {
    const rest = input.slice(1);
    return { content: rest === "" ? {} : { v: rest } };
  }
  if (isTextFormat(numberFormat)) return { content: { v: input } };
  const number = parseNumberText(input);
  if (number) return { content: { v: number.value }, numberFormat: number.numberFormat };
  if (input.startsWith("=")) return { content: input.length > 1 ? { f: input } : { v: input } };
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1)
    return { content: { f: `=${input}` } };
  const upper = input.toUpperCase();
  if (upper === "TRUE") return { content: { v: true } };
  if (upper === "FALSE") return { content: { v: false } };
  return { content: { v: input } };
}

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
]);

export function isErrorValue(v: unknown): boolean {
  return typeof v === "string" && ERRORS.has(v);
}

export function valueTypeOf(v: Scalar | undefined): ValueType {
  if (v === undefined || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return isErrorValue(v) ? "Error" : "String";
}

/** Excel's "General" rendering of a number (up to 11 significant digits, no trailing zeros). */
export function generalNumberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9))
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace("e", "E")
      .replace(/E\+?(-?)(\d)$/, "E$10$2");
  const s = n.toPrecision(10);
  return String(Number(s));
}

/** `Range.text`: a small subset of Excel number formats; anything else falls back to General. */
export function formatText(v: Scalar | undefined, numberFormat: string | undefined): string {
  if (v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const fmt = (numberFormat ?? "General").split(";")[0];
  if (fmt === "General" || fmt === "@" || fmt === "") return generalNumberText(v);
  const pct = /^0(?:\.(0+))?%$/.exec(fmt);
  if (pct) return `${(v * 100).toFixed(pct[1]?.length ?? 0)}%`;
  const fixed = /^(#,##)?0(?:\.(0+))?$/.exec(fmt);
  if (fixed) {
    const s = Math.abs(v).toFixed(fixed[2]?.length ?? 0);
    const [int, dec] = s.split(".");
    const grouped = fixed[1] ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
    return `${v < 0 ? "-" : ""}${grouped}${dec ? "." + dec : ""}`;
  }
  const dated = formatDateSerial(v, fmt);
  if (dated !== null) return dated;
  return generalNumberText(v);
}
