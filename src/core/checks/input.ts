/**
 * What the reader met in the input rather than in the plan: an item number Excel made a date, characters Excel
 * cannot hold, texts over the cell limit, a tracking column whose header was renamed past recognition.
 */
import { CODES } from "../codes";
import type { Item } from "../model";
import { columnOr, type Rule, type RuleFinding } from "./rule";

export const convertedNumbers: Rule = ({ plan }) => {
  const col = columnOr(plan, plan.columns.number);
  const out: RuleFinding[] = [];
  for (const item of plan.items) {
    if (item.numberConvertedFrom === undefined) continue;
    out.push({
      code: CODES.numberConverted,
      item: item.number,
      row: item.row,
      col,
      params: { shown: item.numberConvertedFrom, number: item.number },
    });
  }
  return out;
};

/** The reader's notes on cells (core/reader/sanitize), on the item whose rows hold the cell. */
export const inputNotes: Rule = ({ plan }) => {
  const notes = plan.inputNotes ?? [];
  if (notes.length === 0) return [];
  const itemOfRow = new Map<number, Item>();
  for (const item of plan.items) for (const r of item.rows) itemOfRow.set(r, item);
  return notes.map((n) => ({
    code: n.code,
    item: itemOfRow.get(n.row)?.number ?? null,
    row: n.row,
    col: n.col,
    params: n.params,
  }));
};

/**
 * Tracking columns a plan with tracking columns lacks (a header renamed past recognition, or deleted): a quarter
 * column when the other quarters of its kind are there; "Jami fakt", "Bajarilish %", "Izoh" when all four quarter
 * facts are. (Status columns come with fill, so a sheet without any is complete.)
 */
export const missingTrackingColumns: Rule = ({ plan, columnNames }) => {
  const c = plan.columns;
  const missing: number[] = [];
  const quarters = (cols: readonly number[], first: number): void => {
    if (!cols.some((x) => x >= 0)) return;
    cols.forEach((x, i) => x < 0 && missing.push(first + i));
  };
  quarters(c.facts, 0);
  quarters(c.statuses, 6);
  if (c.facts.every((x) => x >= 0)) {
    if (c.totalFact < 0) missing.push(4);
    if (c.percent < 0) missing.push(5);
    if (c.note < 0) missing.push(10);
  }
  const n = columnNames;
  // in the order of the tracking columns (docs/domain.md §7): the indexes pushed above
  const headers = [...n.facts, n.totalFact, n.percent, ...n.statuses, n.note];
  const col = columnOr(plan, -1);
  return missing
    .sort((a, b) => a - b)
    .map((i): RuleFinding => ({
      code: CODES.columnMissing,
      item: null,
      row: plan.headerRow,
      col,
      params: { column: headers[i] },
    }));
};

export const inputRules: readonly Rule[] = [convertedNumbers, inputNotes, missingTrackingColumns];
