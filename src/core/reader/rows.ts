/** What kind of row a body row of the plan table is (docs/domain.md §2). */
import { rawToText, type RawCell } from "../grid";
import type { PlanColumns } from "../model";
import { looksNumeric } from "../quantity";

export type RowKind =
  | { kind: "empty" }
  | { kind: "separator" }
  | { kind: "section"; number: string; title: string }
  | {
      kind: "item";
      numberText: string;
      number: string;
      path: number[];
      valid: boolean;
      /** the № cell is a date Excel made of the number typed ("4.1" → 04.01.2026): the date as shown */
      convertedFrom?: string;
    }
  | { kind: "indicator" }
  | { kind: "continuation" }
  /** text outside the table's meaning (a footer, a signature line): skipped */
  | { kind: "other" };

const DASH_CELL = /^[-–—_=.]+$/;
const ROMAN_TITLE = /^([IVXLC]+)[.)]?\s+(\S[\s\S]*)$/;
const ROMAN_ALONE = /^([IVXLC]+)[.)]?$/;
/** "Jami", "Hammasi", "Итого" …: a totals row under the table, not part of an item */
const TOTAL_ROW = /^(jami|hammasi|жами|ҳаммаси|итого|всего)\s*:?\s*$/i;
const DOTTED = /^(\d{1,4})((?:\s*\.\s*\d{1,4})*)\s*\.?$/;

/** "4.2." → {number: "4.2", path: [4, 2]}; null when the text is not a dotted number. */
export function parseItemNumber(raw: RawCell): { number: string; path: number[] } | null {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw <= 0) return null;
    const text = String(raw);
    if (!/^\d+(\.\d+)?$/.test(text)) return null;
    const path = text.split(".").map(Number);
    return { number: path.join("."), path };
  }
  const text = rawToText(raw);
  const plain = plainDottedNumber(text);
  if (plain) return { number: plain.join("."), path: plain };
  const m = DOTTED.exec(text);
  if (!m) return null;
  const path = [m[1], ...m[2].split(".").slice(1)].map((p) => Number(p.trim()));
  if (path.some((p) => !Number.isFinite(p))) return null;
  return { number: path.join("."), path };
}

/**
 * The path of a number written with digits and dots only ("4", "4.2", "23."), as DOTTED reads it; null when
 * the text has anything else (spaces …) or is not such a number, for DOTTED to decide. Per row, so no regex.
 */
function plainDottedNumber(text: string): number[] | null {
  // parts go to a scratch list first: an array grown by push reserves room for 17 numbers
  const path = PATH_SCRATCH;
  path.length = 0;
  let i = 0;
  for (;;) {
    let v = 0;
    const start = i;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
      i++;
    }
    if (i - start < 1 || i - start > 4) return null;
    path.push(v);
    if (i === text.length) return path.slice();
    if (text.charCodeAt(i) !== 46) return null;
    i++;
    if (i === text.length) return path.slice();
  }
}

const PATH_SCRATCH: number[] = [];

function romanValid(s: string): boolean {
  return /^(X{0,3})(IX|IV|V?I{0,3})$/.test(s) || /^L?X{0,3}(IX|IV|V?I{0,3})$/.test(s);
}

/** Texts of the row's non-empty cells with their columns (for the rare rows that need them all). */
function nonEmpty(row: readonly RawCell[]): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = rawToText(row[c]);
    if (t) out.push({ col: c, text: t });
  }
  return out;
}

/**
 * What classifyRow needs of every row, found in one pass without a list of cells: how many cells are
 * non-empty, the first two with their columns, and whether every one is a dash cell.
 */
interface RowScan {
  count: number;
  col0: number;
  text0: string;
  col1: number;
  text1: string;
  allDash: boolean;
}

const SCAN: RowScan = { count: 0, col0: -1, text0: "", col1: -1, text1: "", allDash: true };

/** Fills SCAN (one object reused for every row: classifyRow is called once per row, never re-entered). */
function scanRow(row: readonly RawCell[]): RowScan {
  const s = SCAN;
  s.count = 0;
  s.col0 = s.col1 = -1;
  s.text0 = s.text1 = "";
  s.allDash = true;
  for (let c = 0; c < row.length; c++) {
    const t = rawToText(row[c]);
    if (!t) continue;
    if (s.count === 0) {
      s.col0 = c;
      s.text0 = t;
    } else if (s.count === 1) {
      s.col1 = c;
      s.text1 = t;
    }
    s.count++;
    if (s.allDash && !DASH_CELL.test(t)) s.allDash = false;
  }
  return s;
}

function sectionOf(cells: RowScan, cols: PlanColumns): { number: string; title: string } | null {
  const lastCol = Math.max(cols.name, cols.number);
  if (lastCol >= 0 && cells.col0 > lastCol) return null;
  if (cells.count === 1) {
    const m = ROMAN_TITLE.exec(cells.text0);
    if (
      m &&
      romanValid(m[1]) &&
      (/^[IVXLC]+[.)]/.test(cells.text0) || !/\p{Ll}/u.test(m[2].split(/\s/)[0]))
    ) {
      return { number: m[1], title: m[2].trim() };
    }
  }
  if (cells.count === 2 && (lastCol < 0 || cells.col1 <= lastCol + 1)) {
    const m = ROMAN_ALONE.exec(cells.text0);
    if (m && romanValid(m[1]) && !ROMAN_TITLE.test(cells.text1) && !/^\d/.test(cells.text1))
      return { number: m[1], title: cells.text1 };
  }
  return null;
}

export interface RowContext {
  /** the unit text in the row is a known unit */
  unitKnown: (text: string) => boolean;
}

const EMPTY: RowKind = { kind: "empty" };
const SEPARATOR: RowKind = { kind: "separator" };
const INDICATOR: RowKind = { kind: "indicator" };
const CONTINUATION: RowKind = { kind: "continuation" };
const OTHER: RowKind = { kind: "other" };

function at(row: readonly RawCell[], c: number): RawCell {
  return c >= 0 ? row[c] : undefined;
}

function anyUnderscores(row: readonly RawCell[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const t = rawToText(row[c]);
    if (t && /_{3,}/.test(t)) return true;
  }
  return false;
}

/** The row's kind. The kinds without data are shared objects: callers only read them. */
export function classifyRow(
  row: readonly RawCell[] | undefined,
  cols: PlanColumns,
  ctx: RowContext
): RowKind {
  if (!row) return EMPTY;
  const cells = scanRow(row);
  if (cells.count === 0) return EMPTY;
  if (cells.allDash) return SEPARATOR;
  const section = sectionOf(cells, cols);
  if (section) return { kind: "section", number: section.number, title: section.title };

  const numberText = rawToText(at(row, cols.number));
  const name = rawToText(at(row, cols.name));
  const numeric = looksNumeric(at(row, cols.previousFact)) || looksNumeric(at(row, cols.plan));

  const numberCell = at(row, cols.number);
  if (numberCell instanceof Date) {
    const typed = typedAsDate(numberCell);
    if (typed) return { kind: "item", numberText: typed.number, ...typed, valid: true };
  }
  if (numberText && !DASH_CELL.test(numberText)) {
    const parsed = parseItemNumber(at(row, cols.number));
    if (parsed) return { kind: "item", numberText, number: parsed.number, path: parsed.path, valid: true };
    const rest = nonEmpty(row).filter((c) => c.col !== cols.number);
    if (name || rest.length > 0) {
      if (rest.length > 0 && rest.every((c) => /_{3,}/.test(c.text) || DASH_CELL.test(c.text))) return OTHER;
      return { kind: "item", numberText, number: numberText, path: [], valid: false };
    }
    return OTHER;
  }
  if (!numeric && anyUnderscores(row)) return OTHER;
  if (name) {
    if (TOTAL_ROW.test(name)) return OTHER;
    // a table with no № column: every named row is an item (without a valid number)
    if (cols.number < 0) return { kind: "item", numberText: "", number: "", path: [], valid: false };
    const unit = rawToText(at(row, cols.unit));
    if (numeric && unit) return { kind: "item", numberText: "", number: "", path: [], valid: false };
    return CONTINUATION;
  }
  if (numeric) return INDICATOR;
  const unit = rawToText(at(row, cols.unit));
  if (unit && ctx.unitKnown(unit)) return INDICATOR;
  return CONTINUATION;
}

/**
 * The item number a person typed that Excel turned into a date: "4.1" or "14.10" becomes 4 January / 14 October
 * in the day-first locales of Uzbekistan and Russia (a dot is no date separator in month-first ones). Read back
 * as day.month; null when the date cannot be such a number. Dates arrive as UTC midnight (ExcelJS).
 */
export function typedAsDate(d: Date): { number: string; path: number[]; convertedFrom: string } | null {
  if (isNaN(d.getTime())) return null;
  const day = d.getUTCDate();
  const month = d.getUTCMonth() + 1;
  const pad = (n: number): string => String(n).padStart(2, "0");
  return {
    number: `${day}.${month}`,
    path: [day, month],
    convertedFrom: `${pad(day)}.${pad(month)}.${d.getUTCFullYear()}`,
  };
}
