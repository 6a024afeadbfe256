/** What kind of row a body row of the plan table is (spec §2). */
import { rawToText, type RawCell } from "../grid";
import type { PlanColumns } from "../model";
import { looksNumeric } from "../quantity";

export type RowKind =
  | { kind: "empty" }
  | { kind: "separator" }
  | { kind: "section"; number: string; title: string }
  | { kind: "item"; numberText: string; number: string; path: number[]; valid: boolean }
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
  const path: number[] = [];
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
    if (i === text.length) return path;
    if (text.charCodeAt(i) !== 46) return null;
    i++;
    if (i === text.length) return path;
  }
}

function romanValid(s: string): boolean {
  return /^(X{0,3})(IX|IV|V?I{0,3})$/.test(s) || /^L?X{0,3}(IX|IV|V?I{0,3})$/.test(s);
}

/** Texts of the row's non-empty cells with their columns. */
function nonEmpty(row: readonly RawCell[]): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = rawToText(row[c]);
    if (t) out.push({ col: c, text: t });
  }
  return out;
}

function sectionOf(cells: { col: number; text: string }[], cols: PlanColumns): { number: string; title: string } | null {
  const lastCol = Math.max(cols.name, cols.number);
  if (lastCol >= 0 && cells[0].col > lastCol) return null;
  if (cells.length === 1) {
    const m = ROMAN_TITLE.exec(cells[0].text);
    if (m && romanValid(m[1]) && (/^[IVXLC]+[.)]/.test(cells[0].text) || !/\p{Ll}/u.test(m[2].split(/\s/)[0]))) {
      return { number: m[1], title: m[2].trim() };
    }
  }
  if (cells.length === 2 && (lastCol < 0 || cells[1].col <= lastCol + 1)) {
    const m = ROMAN_ALONE.exec(cells[0].text);
    if (m && romanValid(m[1]) && !ROMAN_TITLE.test(cells[1].text) && !/^\d/.test(cells[1].text)) return { number: m[1], title: cells[1].text };
  }
  return null;
}

export interface RowContext {
  /** the unit text in the row is a known unit */
  unitKnown: (text: string) => boolean;
}

export function classifyRow(row: readonly RawCell[] | undefined, cols: PlanColumns, ctx: RowContext): RowKind {
  if (!row) return { kind: "empty" };
  const cells = nonEmpty(row);
  if (cells.length === 0) return { kind: "empty" };
  if (cells.every((c) => DASH_CELL.test(c.text))) return { kind: "separator" };
  const section = sectionOf(cells, cols);
  if (section) return { kind: "section", ...section };

  const at = (c: number): RawCell => (c >= 0 ? row[c] : undefined);
  const txt = (c: number): string => rawToText(at(c));
  const numberText = txt(cols.number);
  const name = txt(cols.name);
  const numeric = looksNumeric(at(cols.previousFact)) || looksNumeric(at(cols.plan));

  if (numberText && !DASH_CELL.test(numberText)) {
    const parsed = parseItemNumber(at(cols.number));
    if (parsed) return { kind: "item", numberText, number: parsed.number, path: parsed.path, valid: true };
    const rest = cells.filter((c) => c.col !== cols.number);
    if (name || rest.length > 0) {
      if (rest.length > 0 && rest.every((c) => /_{3,}/.test(c.text) || DASH_CELL.test(c.text))) return { kind: "other" };
      return { kind: "item", numberText, number: numberText, path: [], valid: false };
    }
    return { kind: "other" };
  }
  if (cells.some((c) => /_{3,}/.test(c.text)) && !numeric) return { kind: "other" };
  if (name) {
    if (TOTAL_ROW.test(name)) return { kind: "other" };
    // a table with no № column: every named row is an item (without a valid number)
    if (cols.number < 0) return { kind: "item", numberText: "", number: "", path: [], valid: false };
    const unit = txt(cols.unit);
    if (numeric && unit) return { kind: "item", numberText: "", number: "", path: [], valid: false };
    return { kind: "continuation" };
  }
  if (numeric) return { kind: "indicator" };
  const unit = txt(cols.unit);
  if (unit && ctx.unitKnown(unit)) return { kind: "indicator" };
  return { kind: "continuation" };
}
