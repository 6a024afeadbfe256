/** Finding codes of docs/domain.md §6. The codes are part of the interface (the pane, the CLI's --json, the reports). */
import type { Severity } from "./model";

export const CODES = {
  numberInvalid: "number.invalid",
  numberDuplicate: "number.duplicate",
  numberOrder: "number.order",
  subitemOrphan: "subitem.orphan",
  unitMissing: "unit.missing",
  unitUnknown: "unit.unknown",
  quantityInvalid: "quantity.invalid",
  planBelowFact: "plan.below_fact",
  subitemsSumMismatch: "subitems.sum_mismatch",
  deadlineMissing: "deadline.missing",
  deadlineUnknown: "deadline.unknown",
  deadlineWrongYear: "deadline.wrong_year",
  responsibleMissing: "responsible.missing",
  responsibleUnknown: "responsible.unknown",
  factMissing: "fact.missing",
  factSuspicious: "fact.suspicious",
  noteMissing: "note.missing",
  numberConverted: "number.converted",
  cellInvalidChars: "cell.invalid_chars",
  cellTooLong: "cell.too_long",
  columnMissing: "column.missing",
  textLostCharacters: "text.lost_characters",
  textInvalidBytes: "text.invalid_bytes",
  textUncertainEncoding: "text.uncertain_encoding",
} as const;

export type Code = (typeof CODES)[keyof typeof CODES];

export const ALL_CODES: readonly Code[] = Object.values(CODES);

/** Codes about the input as Excel or a text export delivered it (issue 10), not about the plan's content. */
export const INPUT_CODES: readonly Code[] = [
  "number.converted",
  "cell.invalid_chars",
  "cell.too_long",
  "column.missing",
  "text.lost_characters",
  "text.invalid_bytes",
  "text.uncertain_encoding",
];

export const SEVERITY: Record<Code, Severity> = {
  "number.invalid": "error",
  "number.duplicate": "error",
  "number.order": "warning",
  "subitem.orphan": "warning",
  "unit.missing": "error",
  "unit.unknown": "error",
  "quantity.invalid": "error",
  "plan.below_fact": "warning",
  "subitems.sum_mismatch": "warning",
  "deadline.missing": "error",
  "deadline.unknown": "error",
  "deadline.wrong_year": "warning",
  "responsible.missing": "error",
  "responsible.unknown": "warning",
  "fact.missing": "warning",
  "fact.suspicious": "info",
  "note.missing": "warning",
  "number.converted": "warning",
  "cell.invalid_chars": "warning",
  "cell.too_long": "warning",
  "column.missing": "warning",
  "text.lost_characters": "warning",
  "text.invalid_bytes": "warning",
  "text.uncertain_encoding": "warning",
};

export function isCode(s: string): s is Code {
  return Object.prototype.hasOwnProperty.call(SEVERITY, s);
}

/**
 * The params each code's findings carry (Finding.params): `required` always, `optional` when known. Numbers
 * stay numbers (formatted by the catalogue); `percent` is in percent units (87.3), `quarter` is 1–4.
 */
export const PARAMS: Record<Code, { required: readonly string[]; optional: readonly string[] }> = {
  "number.invalid": { required: ["text"], optional: [] },
  "number.duplicate": { required: ["number", "first"], optional: [] },
  "number.order": { required: ["number", "previous"], optional: [] },
  "subitem.orphan": { required: ["number", "parent"], optional: [] },
  "unit.missing": { required: [], optional: [] },
  "unit.unknown": { required: ["unit"], optional: ["suggestion"] },
  // field: "plan" | "previous_fact" | "fact"; reason: "negative" | "not_a_number" | "fractional"
  "quantity.invalid": { required: ["text", "reason", "field"], optional: ["quarter"] },
  "plan.below_fact": { required: ["plan", "fact"], optional: ["year", "previousYear"] },
  "subitems.sum_mismatch": { required: ["number", "sum", "plan", "count"], optional: [] },
  "deadline.missing": { required: [], optional: [] },
  "deadline.unknown": { required: ["text"], optional: ["suggestion"] },
  "deadline.wrong_year": { required: ["text", "year", "planYear"], optional: [] },
  "responsible.missing": { required: [], optional: [] },
  "responsible.unknown": { required: ["name"], optional: ["suggestion"] },
  "fact.missing": { required: ["quarter"], optional: [] },
  "fact.suspicious": { required: ["fact", "plan", "percent"], optional: [] },
  // note: the note column's header in the workbook's language ("Izoh")
  "note.missing": { required: ["quarter", "note"], optional: ["percent"] },
  // shown: the date as Excel showed it ("04.01.2026"); number: the number read back ("4.1")
  "number.converted": { required: ["shown", "number"], optional: [] },
  "cell.invalid_chars": { required: ["count"], optional: [] },
  "cell.too_long": { required: ["length", "limit"], optional: [] },
  // column: the tracking column's header as Reja writes it in the workbook's language ("Izoh")
  "column.missing": { required: ["column"], optional: [] },
  // a text file's decoding (core/decode), on the cell of the first case: count in the whole file, sample = a
  // piece of the text around the first case
  "text.lost_characters": { required: ["count", "sample"], optional: [] },
  "text.invalid_bytes": { required: ["count"], optional: [] },
  "text.uncertain_encoding": { required: ["count", "sample"], optional: [] },
};
