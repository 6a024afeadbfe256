/** Finding codes of spec §6. The codes are part of the interface (the pane, the CLI's --json, the reports). */
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
} as const;

export type Code = (typeof CODES)[keyof typeof CODES];

export const ALL_CODES: readonly Code[] = Object.values(CODES);

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
};

export function isCode(s: string): s is Code {
  return Object.prototype.hasOwnProperty.call(SEVERITY, s);
}
