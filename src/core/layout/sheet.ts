/**
 * A description of a sheet to write, independent of Office.js and ExcelJS: the engine lays sheets out,
 * the adapters write them. Strings are always literal text (an adapter must keep "=…", "+…", "-…", "@…"
 * from becoming formulas); numbers are numbers.
 */

export type CellValue = string | number | boolean | null;

export interface CellSpec {
  v: CellValue;
  /** a key of STYLES */
  style?: StyleName;
}

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ListValidation extends Area {
  /** absent = "list" (the original and most common kind) */
  kind?: "list";
  /** a range on another sheet, absolute, sheet-qualified: "'Reja lug''atlari'!$A$2:$A$200" */
  source: string;
  allowBlank: boolean;
  /** true: a value outside the list is refused; false: it is allowed with a warning (the checks judge it) */
  strict: boolean;
}

/** A formula rule: the cell is valid when `formula` is true. */
export interface CustomValidation extends Area {
  kind: "custom";
  /** without "=", its references relative to the area's top-left cell (Excel shifts them for the other cells) */
  formula: string;
  /** shown when a value fails the rule */
  message?: string;
  allowBlank: boolean;
  /** true: an invalid value is refused; false: it is allowed with a warning (the checks judge it) */
  strict: boolean;
}

export type Validation = ListValidation | CustomValidation;

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4" | "A3";
  /** zero-based rows repeated on every printed page, inclusive */
  titleRows: { from: number; to: number } | null;
  /** zero-based columns repeated at the left of every printed page, inclusive */
  titleCols?: { from: number; to: number };
  fitToWidth: boolean;
  /** a fixed print scale in percent (fitToWidth is then false); see ./print.ts */
  scale?: number;
  /** with fitToWidth: the whole sheet on one page (one page tall too) */
  fitToHeight?: boolean;
  /** zero-based rows that start a new printed page (a manual page break above each) */
  breaksBefore?: number[];
  /** zero-based columns that start a new printed page across (a manual break left of each) */
  colBreaksBefore?: number[];
}

export interface SheetSpec {
  name: string;
  /** zero-based rows of cells; null or missing = leave blank */
  rows: (CellSpec | null)[][];
  /** column widths in Excel character units */
  columns: { width: number; hidden?: boolean }[];
  merges: Area[];
  freeze: { rows: number; cols: number } | null;
  print: PrintSetup | null;
  validations: Validation[];
  visibility?: "visible" | "hidden";
  /**
   * Texts a later action writes into empty cells of these columns (the statuses a fill writes): row heights
   * are estimated as if the cells held them, so the text fits when it comes.
   */
  laterText?: Record<number, string>;
  tabColor?: string;
}

/** One cell written into an existing sheet (fill, highlights): only these cells change. */
export interface CellWrite {
  row: number;
  col: number;
  v: CellValue;
  style?: StyleName;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** font colour, "#RRGGBB" */
  color?: string;
  /** fill colour, "#RRGGBB" */
  fill?: string;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "center" | "bottom";
  /** Excel number format, e.g. "0.0" or "@" */
  numFmt?: string;
  border?: boolean;
}

export const STATUS_COLORS = {
  done: "#C6EFCE",
  partial: "#FFE699",
  partialTolerated: "#E2EFDA",
  not_done: "#FFC7CE",
  in_progress: "#DDEBF7",
  not_due: "#E7E6E6",
} as const;

export const STYLES = {
  title: { bold: true, size: 14, hAlign: "center", wrap: true },
  subtitle: { italic: true, hAlign: "center", wrap: true },
  text: { wrap: true, vAlign: "top", border: true },
  textCenter: { wrap: true, vAlign: "top", hAlign: "center", border: true },
  plain: { vAlign: "top" },
  header: { bold: true, wrap: true, hAlign: "center", vAlign: "center", fill: "#D9E1F2", border: true },
  trackingHeader: {
    bold: true,
    wrap: true,
    hAlign: "center",
    vAlign: "center",
    fill: "#FFF2CC",
    border: true,
  },
  section: { bold: true, fill: "#EDEDED", wrap: true, border: true },
  number: { hAlign: "right", vAlign: "top", border: true, numFmt: "#,##0" },
  percent: { hAlign: "right", vAlign: "top", border: true, numFmt: "0.0" },
  fact: { hAlign: "right", vAlign: "top", border: true, fill: "#FFFBEA" },
  total: { bold: true, border: true },
  signature: { bold: true },
  /** a settings value cell (text or number) */
  settingValue: { hAlign: "left", vAlign: "top", wrap: true, border: true },
  /** a fraction shown as a whole percentage (tolerance 0.1 → 10%) */
  percentSetting: { hAlign: "left", vAlign: "top", border: true, numFmt: "0%" },
  /** the approvers' blocks above the plan table */
  approver: { vAlign: "top", wrap: true },
  /** the report's addressee, top right */
  addressee: { bold: true, hAlign: "right", vAlign: "top", wrap: true },
  /** a date line, right-aligned */
  date: { hAlign: "right" },
  /** a count in a summary table */
  count: { hAlign: "center", vAlign: "top", border: true },
  /** a bold count in a summary table's total row */
  countTotal: { bold: true, hAlign: "center", vAlign: "top", border: true },
  "status.done": { fill: STATUS_COLORS.done, hAlign: "center", vAlign: "top", border: true, wrap: true },
  "status.partial": {
    fill: STATUS_COLORS.partial,
    hAlign: "center",
    vAlign: "top",
    border: true,
    wrap: true,
  },
  "status.partialTolerated": {
    fill: STATUS_COLORS.partialTolerated,
    hAlign: "center",
    vAlign: "top",
    border: true,
    wrap: true,
  },
  "status.not_done": {
    fill: STATUS_COLORS.not_done,
    hAlign: "center",
    vAlign: "top",
    border: true,
    wrap: true,
  },
  "status.in_progress": {
    fill: STATUS_COLORS.in_progress,
    hAlign: "center",
    vAlign: "top",
    border: true,
    wrap: true,
  },
  "status.not_due": {
    fill: STATUS_COLORS.not_due,
    hAlign: "center",
    vAlign: "top",
    border: true,
    wrap: true,
  },
  "status.not_scheduled": { hAlign: "center", vAlign: "top", border: true, wrap: true },
  /** a completion % coloured by how far it is: ≥ 90 %, ≥ 60 %, below */
  "percent.good": {
    fill: STATUS_COLORS.done,
    hAlign: "right",
    vAlign: "top",
    border: true,
    numFmt: "0.0",
    bold: true,
  },
  "percent.mid": {
    fill: STATUS_COLORS.partial,
    hAlign: "right",
    vAlign: "top",
    border: true,
    numFmt: "0.0",
    bold: true,
  },
  "percent.low": {
    fill: STATUS_COLORS.not_done,
    hAlign: "right",
    vAlign: "top",
    border: true,
    numFmt: "0.0",
    bold: true,
  },
} as const satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof STYLES;
