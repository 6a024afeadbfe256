/** The one entrance to the pure engine: what the adapters (xlsx, cli, excel, taskpane, commands, playground, stand-in, bench) use. */
export { checkPlan } from "./checks";
export { isCode } from "./codes";
export { formatNumber, romanOrAsIs, romanQuarter } from "./format";
export {
  DEFAULT_LANG,
  LANGS,
  LANGUAGE_NAMES,
  LANGUAGES,
  langFromCode,
  langFromDisplayLanguage,
} from "./languages";
export { NOT_SCHEDULED_MARK, STATUS_COLUMN_ORDER, STATUS_NAMES } from "./messages/status";
export { columnIndex, columnLetter, type Grid, rangeA1, type RawCell, toA1 } from "./grid";
export { fillWrites } from "./layout/fill";
export { isGeneratedSheetName, legalSheetName, SHEET_NAMES, uniqueSheetName } from "./layout/names";
export { PLAN_COL, structuredWorkbook } from "./layout/plan-sheet";
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
export { readVocabulary } from "./layout/vocabulary-sheet";
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
export {
  hasTrackingColumns,
  readWorkbookGrids,
  settingsOf,
  type WorkbookContent,
  type WorkbookGrids,
} from "./workbook";
export { PROTECTION } from "./year/approval";
export { type PlanChange } from "./year/approval";
export { TRACKING_HEADERS } from "./layout/plan-sheet";
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
