/** The Office.js adapter: each command reads in one sync, calls the pure engine, writes in one sync. */
export { setUpFromGrid, setUpPlanEditor, type SetUpResult } from "./commands/setup";
export {
  checkWorkbook,
  maskSheetName,
  MASK_SHEET,
  type CheckOptions,
  type CheckResult,
  type SheetFinding,
} from "./commands/check";
export { fillStatuses, type FillResult } from "./commands/fill";
export { generateReport, type ReportOptions, type ReportResult } from "./commands/report";
export {
  approvePlan,
  unlockPlan,
  type ApproveOptions,
  type ApproveResult,
  type UnlockResult,
} from "./commands/approve";
export {
  readWorkbookSettings,
  saveSettings,
  watchSettings,
  type ExcelRun,
  type SettingsRead,
  type Watch,
} from "./commands/settings";
export { draftSheetName, writeNextYearDraft, type NextYearResult } from "./commands/next-year";
export { startLiveChecking, type LiveChecker, type LiveOptions } from "./commands/live";
export type { PlanSheetRef } from "./read";
export {
  consolidateInWorkbook,
  type ConsolidateOptions,
  type ConsolidateResult,
} from "./commands/consolidate";
