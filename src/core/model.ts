/** The plan model: what the grid reader produces and every later step (checks, statuses, report) consumes. */
import type { InputNote } from "./reader/sanitize";

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** A quarter range [from, to]; the item's annual quantity is split equally over its windows. */
export type Window = readonly [from: Quarter, to: Quarter];

export type ScheduleKind =
  | "year" // davomida, doimiy
  | "quarterly" // har chorak
  | "monthly" // har oy
  | "twice" // ikki marotaba, har yarim yilda
  | "quarter" // I chorak
  | "range" // II – III chorak
  | "halfYear" // yarim yillik
  | "nineMonths" // 9 oylik
  | "month"; // mart, 15-mart, 1-iyulgacha

export interface Schedule {
  kind: ScheduleKind;
  windows: Window[];
  /** A year written in the deadline ("2026-yil …"), or null. */
  year: number | null;
  /** Free text kept beside a known phrase ("Har bir AKM muddatini o'zi belgilaydi"), or null. */
  note: string | null;
}

export type DeadlineParse =
  | { ok: true; schedule: Schedule }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "unknown"; suggestion: string | null; year: number | null };

/** A quantity cell as written and as understood. */
export interface Quantity {
  /** the cell's text as written ("" when blank) */
  text: string;
  /** the number it means, when it is a valid quantity; null when blank or invalid */
  value: number | null;
  /** why it is not a valid quantity */
  error: "negative" | "not_a_number" | "fractional" | null;
}

/** A quarter fact as entered: a number, a done mark (✓, +, ha, bajarildi, x → 1), or an invalid entry. */
export type Fact =
  | { kind: "number"; value: number; text: string }
  | { kind: "mark"; value: 1; text: string }
  | { kind: "invalid"; text: string; reason: "negative" | "not_a_number" };

/** One indicator of an item: its own unit, last year's fact and this year's plan, and (when tracked) facts. */
export interface Indicator {
  /** canonical unit when known, else the text as written; "" when none */
  unit: string;
  unitText: string;
  /** true when the unit was taken from the item or parent because the row had none */
  unitInherited: boolean;
  unitKnown: boolean;
  previousFact: Quantity;
  plan: Quantity;
  mechanism: string;
  /** responsible services of this indicator (canonical where known); inherits the item's when empty */
  responsible: string[];
  /** zero-based grid row */
  row: number;
  /** quarter facts I–IV (null = nothing entered); only when the grid has tracking columns */
  facts: [Fact | null, Fact | null, Fact | null, Fact | null];
  /** "Izoh" text of this row */
  note: string;
}

export interface Item {
  /** normalised number without trailing dot ("4.2"); for an invalid number, the text as written */
  number: string;
  numberText: string;
  /** set when Excel had turned the typed number into a date: the date as Excel showed it ("04.01.2026") */
  numberConvertedFrom?: string;
  numberValid: boolean;
  /** [4, 2] for "4.2"; [] when invalid */
  path: number[];
  /** number of the parent item ("4" for "4.2"), or null */
  parent: string | null;
  /** roman numeral of the section holding it, or null before any section */
  section: string | null;
  name: string;
  mechanism: string;
  deadlineText: string;
  deadlineInherited: boolean;
  deadline: DeadlineParse;
  responsibleText: string;
  responsibleInherited: boolean;
  /** canonical names where known, the text as written otherwise */
  responsible: string[];
  /** the names that matched no vocabulary entry, as written */
  responsibleUnknown: string[];
  /** at least one; the first is the item's own row */
  indicators: Indicator[];
  /** zero-based grid row of the item */
  row: number;
  /** zero-based grid rows that make up the item (its row, continuation rows, extra indicator rows) */
  rows: number[];
}

export interface Section {
  /** roman numeral, "IV" */
  number: string;
  title: string;
  row: number;
}

/** Zero-based column index of each plan column, or -1 when the sheet has none. */
export interface PlanColumns {
  number: number;
  name: number;
  unit: number;
  previousFact: number;
  plan: number;
  mechanism: number;
  deadline: number;
  responsible: number;
  /** tracking columns of docs/domain.md §7 (the structured workbook) */
  facts: [number, number, number, number];
  totalFact: number;
  percent: number;
  statuses: [number, number, number, number];
  note: number;
}

export interface Approver {
  /** "KELISHILDI" or "TASDIQLAYMAN" block text, e.g. the position line */
  position: string;
  name: string;
}

export interface Plan {
  year: number | null;
  /** "Jondor" */
  district: string | null;
  districtKind: "tuman" | "shahar" | null;
  /** the full line naming the centre, e.g. "Jondor tuman axborot-kutubxona markazining" */
  centre: string | null;
  agreedBy: Approver | null;
  approvedBy: Approver | null;
  /** zero-based rows of the header (first and last) */
  headerRow: number;
  headerLastRow: number;
  columns: PlanColumns;
  sections: Section[];
  items: Item[];
  /** size of the grid read */
  rowCount: number;
  colCount: number;
  /** what the reader changed or noticed in cells (characters Excel cannot hold …), reported by the checks */
  inputNotes?: InputNote[];
}

export type Severity = "error" | "warning" | "info";

export interface Finding {
  code: string;
  severity: Severity;
  /** item number, or null when the finding is not about one item */
  item: string | null;
  /** A1 address in the source grid */
  cell: string;
  row: number;
  col: number;
  message: string;
  /** values that fill the message (for other languages and for the pane) */
  params: Record<string, string | number>;
  /** the one-cell correction Reja knows (the closest unit, service or deadline phrase): write `value` into `cell` */
  fix?: FindingFix;
}

export interface FindingFix {
  /** A1 address of the cell to write (the finding's own cell) */
  cell: string;
  /** the cell's whole new text */
  value: string;
}

export type Status = "done" | "partial" | "not_done" | "in_progress" | "not_due" | "not_scheduled";

export type Lang = "uz" | "uz-Cyrl" | "ru" | "en";

/** A vocabulary entry: the canonical form and the variants accepted for it. */
export interface VocabularyEntry {
  canonical: string;
  variants: string[];
}

/** The editable vocabularies (defaults in vocabulary.ts; the workbook keeps its own copy). */
export interface Vocabulary {
  units: VocabularyEntry[];
  responsible: VocabularyEntry[];
  /** deadline phrases offered in the dropdown (the grammar accepts more) */
  deadlines: string[];
}

/** Workbook settings, stored in the workbook itself (the settings sheet) so every co-author sees the same. */
export interface PlanSettings {
  year: number | null;
  district: string;
  districtKind: "tuman" | "shahar";
  /** the regional centre the report is addressed to */
  region: string;
  /** district director, signs the report ("R. Halimov") */
  director: string;
  /** regional director who agreed the plan ("H. Qosimov") */
  approver: string;
  /** 0.1 = partial at ≥ 90 % needs no note */
  tolerance: number;
  /** report quarter R */
  quarter: Quarter;
  lang: Lang;
}
