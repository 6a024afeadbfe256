/** The one entrance to the pure engine: what the adapters (xlsx, cli, excel, taskpane, commands, playground, stand-in, bench) use. */
// Checking a plan
export { checkPlan } from "./checks";
export { INPUT_CODES, isCode } from "./codes";
// Words and numbers: languages, status names, formatting
export { romanOrAsIs, romanQuarter } from "./format";
export { LANGS, LANGUAGE_NAMES, langFromDisplayLanguage } from "./languages";
export { STATUS_COLUMN_ORDER, STATUS_NAMES } from "./messages/status";
// Sheets: cell addresses, the sheets the core lays out, the report and consolidation
export { columnIndex, columnLetter, type Grid, rangeA1, type RawCell, toA1 } from "./grid";
export { fillWrites } from "./layout/fill";
export { isGeneratedSheetName, legalSheetName, SHEET_NAMES, uniqueSheetName } from "./layout/names";
export { PLAN_COL, structuredWorkbook } from "./layout/plan-sheet";
export { relabelWrites } from "./layout/relabel";
export { buildReport, COUNTED_STATUSES, emptyCounts, type Report, type StatusCounts } from "./report";
export { reportSheet } from "./layout/report";
export { defaultSettings, readSettings, settingsCellWrites, settingsSheet } from "./layout/settings-sheet";
export {
  type Area,
  type CellSpec,
  type CellStyle,
  type CellValue,
  type CellWrite,
  type PrintSetup,
  type SheetSpec,
  type StyleName,
  STYLES,
  type Validation,
} from "./layout/sheet";
// Findings in words, the model, reading a plan and a workbook
export { formatMessage, formatPercent } from "./messages";
export {
  type Finding,
  type Item,
  type Lang,
  type Plan,
  type PlanSettings,
  type Quarter,
  type Severity,
  type Status,
  type Vocabulary,
  type Window,
} from "./model";
export { findHeader, readPlan } from "./reader";
export { percent } from "./status";
export { parseTsv } from "./tsv";
export { DEFAULT_VOCABULARY } from "./vocabulary";
export { hasTrackingColumns, readWorkbookGrids, settingsOf } from "./workbook";
// Lines appended by feature branches (approval, next year, carried facts, …)
export { PROTECTION } from "./year/approval";
export { type PlanChange } from "./year/approval";
export { type YearFailure } from "./year/messages";
export { approvalCellWrites } from "./year/approval";
export { editableColumns } from "./year/approval";
export { factsToDate } from "./year/next-year";
export { isoDate } from "./year/approval";
export { nextYearPlan } from "./year/next-year";
export { planChanges } from "./year/approval";
export { planSnapshot } from "./year/approval";
export { readApproval } from "./year/approval";
export { unlockedRows } from "./year/approval";
export { yearTexts } from "./year/messages";
export { type Fact } from "./model";
export { carryFacts } from "./carry-facts";
export { type ApprovalRecord } from "./year/approval";
export { type YearTexts } from "./year/messages";
export { isReservedSheetName } from "./layout/reserved";
export { decodeNotes, decodeText, type Decoded, type DecodeWarning, type TextEncoding } from "./decode";
export { detectFileKind, type FileKind } from "./file-kind";
export { CUT_MARK, EXCEL_CELL_LIMIT, excelSafe, excelSafeText } from "./excel-text";
export { gridAsShown, valueAsShown } from "./number-format";
export { documentGrid, type DocumentGrid, type XmlNode } from "./docx/table-grid";
export { type DocCell, planDocument, type PlanDocument } from "./docx/plan-document";
export { planDocxFileName } from "./docx/file-name";
export {
  BASE_FONT_POINTS,
  columnPoints,
  MIN_PRINTED_POINTS,
  pagesAcross,
  PRINT_MARGINS,
  printableWidthPoints,
  printableHeightPoints,
  printedFontPoints,
  printScale,
  sheetFrame,
} from "./layout/print";
export { reportRowsWithErrors, type ReportSheetOptions } from "./layout/report";
export { REPORT_TEXTS } from "./layout/report-texts";
export { latinToCyrillic } from "./translit";
export { TRACKING_HEADER_TEXTS } from "./messages/tracking-headers";
export { planTracked } from "./checks";
export type { FindingFix } from "./model";
export { STATUS_COLORS } from "./layout/sheet";
export { consolidate, type Consolidation, type DistrictInput } from "./consolidate";
export { type MappingCorrection, type ScorecardRow, type ConsolidationProblem } from "./consolidate";
export { problemText } from "./consolidate/problems";
export { CONSOLIDATION_TEXTS } from "./consolidate/messages";
export {
  consolidationSheets,
  readMappingSheet,
  regionSheets,
  regionSheetSet,
} from "./layout/consolidate-sheets";
export { SCORECARD_COMPLETION_COL, SCORECARD_FIRST_ROW } from "./layout/consolidate-sheets";
export { MAPPING_SHEET } from "./layout/names";
export { linesNeeded, widthForWords } from "./layout/text-size";
export { DEFAULT_ROW_POINTS, estimateRowHeights } from "./layout/row-heights";
export { breakToKeepEnd, pageStarts, type KeepEnd, type RowPaging } from "./layout/page-breaks";
export { PLAN_SHEET_TEXTS } from "./messages/plan-sheet-texts";
export { columnNames, type ColumnNames } from "./messages/column-names";
