/**
 * The plan sheet's protection in Office.js. Its state is loaded alongside a command's one read (queued before
 * readWorkbook's sync, so no extra round trip); a command that writes locked cells of a protected plan sheet
 * (fill: the computed columns) lifts the protection, writes and protects again with the same options, all in
 * the same request — Excel runs the queued operations in order.
 */
import { PROTECTION } from "../core";
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

export interface ProtectionRead {
  state: ProtectionState | null;
  /** 1 when the state had to be fetched on its own (see loadProtection) */
  syncs: number;
}

/**
 * Queues the load of the plan sheet's protection; call the returned function after the command's read. The
 * load rides in the read's sync. When that sync failed (a response above 5 MB, so readWorkbook read the
 * sheets again in row blocks), the load went with it and is made once more, in a sync of its own.
 */
export function loadProtection(
  context: Excel.RequestContext,
  ref: PlanSheetRef
): () => Promise<ProtectionRead> {
  const queue = (): (() => ProtectionState | null) => {
    const worksheets = context.workbook.worksheets;
    const sheet =
      typeof ref === "string" ? worksheets.getItemOrNullObject(ref) : worksheets.getActiveWorksheet();
    const protection = sheet.protection;
    protection.load("protected,options");
    return () =>
      sheet.isNullObject ? null : { protected: protection.protected, options: protection.options };
  };
  const first = queue();
  return async () => {
    try {
      return { state: first(), syncs: 0 };
    } catch (e) {
      if ((e as { code?: string }).code !== "PropertyNotLoaded") throw e;
      const again = queue();
      await context.sync();
      return { state: again(), syncs: 1 };
    }
  };
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
