/**
 * The plan sheet's protection in Office.js. Its state is loaded alongside a command's one read (queued before
 * readWorkbook's sync, so no extra round trip); a command that writes locked cells of a protected plan sheet
 * (fill: the computed columns) lifts the protection, writes and protects again with the same options, all in
 * the same request — Excel runs the queued operations in order.
 */
import { PROTECTION } from "../core/year/approval";
import type { WriteBatch } from "./batch";
import type { PlanSheetRef } from "./read";

export interface ProtectionState {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
}

/** The approval's protection options in Office.js terms (core/year/approval.ts PROTECTION). */
export const APPROVAL_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: PROTECTION.formatColumns,
  allowFormatRows: PROTECTION.formatRows,
  allowFormatCells: PROTECTION.formatCells,
  allowInsertRows: PROTECTION.insertRows,
  allowInsertColumns: PROTECTION.insertColumns,
  allowDeleteRows: PROTECTION.deleteRows,
  allowDeleteColumns: PROTECTION.deleteColumns,
  allowSort: PROTECTION.sort,
  allowAutoFilter: PROTECTION.autoFilter,
};

/** Queues the load of the plan sheet's protection; read `result()` after the next sync. */
export function loadProtection(
  context: Excel.RequestContext,
  ref: PlanSheetRef
): () => ProtectionState | null {
  const worksheets = context.workbook.worksheets;
  const sheet =
    typeof ref === "string" ? worksheets.getItemOrNullObject(ref) : worksheets.getActiveWorksheet();
  const protection = sheet.protection;
  protection.load("protected,options");
  return () => (sheet.isNullObject ? null : { protected: protection.protected, options: protection.options });
}

/** Queues `queueWrites` between an unprotect and a protect with the same options when the sheet is protected. */
export function queueWithoutProtection(
  batch: WriteBatch,
  getSheet: () => Excel.Worksheet,
  state: ProtectionState | null,
  queueWrites: () => void
): void {
  if (!state?.protected) {
    queueWrites();
    return;
  }
  batch.add(0, () => getSheet().protection.unprotect());
  queueWrites();
  batch.add(0, () => getSheet().protection.protect(state.options));
}
