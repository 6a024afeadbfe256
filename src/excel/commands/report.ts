/** Generate the regional submission sheet (docs/domain.md §8) for the current report quarter. */
import {
  buildReport,
  checkPlan,
  isGeneratedSheetName,
  type Report,
  reportRowsWithErrors,
  reportSheet,
  SHEET_NAMES,
} from "../../core";
import { commitBatch, WriteBatch } from "../batch";
import { asOwnWrite } from "../own-writes";
import { readWorkbook, type PlanSheetRef } from "../read";
import { workbookState, type PlanProblem } from "../workbook-state";
import { SheetWriter } from "../write-sheet";

export type ReportResult =
  /** `report`: what the sheet shows, so the pane need not read the workbook again for its summary */
  | { ok: true; sheet: string; replaced: boolean; syncs: number; report: Report }
  | { ok: false; reason: PlanProblem | "name_taken"; sheet: string; syncs: number };

export interface ReportOptions {
  sheet?: PlanSheetRef;
  /** make the new sheet the active one (the ribbon button does) */
  activate?: boolean;
}

/**
 * Builds the report of the settings' report quarter and writes it to the add-in's sheet for that quarter
 * ("Hisobot 2026 II chorak"). An existing sheet of that name is the add-in's own (the name pattern is
 * reserved for generated sheets) and is rewritten in place: cleared (values, formats, merges, validation,
 * freeze, page breaks) and written again in the same request, so no other sheet and no other cell changes.
 * Not deleted and added again: Worksheet.delete cannot be undone and clears the person's whole undo history
 * (D "Undo with the Excel JavaScript API"); Range.clear is undoable, so Ctrl+Z still reaches the person's edits.
 */
export async function generateReport(
  context: Excel.RequestContext,
  date: Date,
  options: ReportOptions = {}
): Promise<ReportResult> {
  const read = await readWorkbook(context, {
    plan: options.sheet ?? SHEET_NAMES.plan,
    skipComputedColumns: true,
  });
  const state = workbookState(read);
  if (!state.plan)
    return { ok: false, reason: state.problem ?? "no_plan_sheet", sheet: "", syncs: read.syncs };
  const report = buildReport(state.plan, state.settings);
  // rows whose plan row has errors say so in their note (the pane offers to fix them first)
  const findings = checkPlan(state.plan, {
    reportQuarter: state.settings.quarter,
    tolerance: state.settings.tolerance,
    vocabulary: state.vocabulary,
  });
  const spec = reportSheet(report, state.settings, date, {
    errorRows: reportRowsWithErrors(state.plan, findings),
  });
  const old = read.sheets.find((s) => s.name.toLowerCase() === spec.name.toLowerCase());
  if (old && !isGeneratedSheetName(old.name))
    return { ok: false, reason: "name_taken", sheet: spec.name, syncs: read.syncs };

  const batch = new WriteBatch();
  const sheets = context.workbook.worksheets;
  let sheet: Excel.Worksheet | null = null;
  batch.add(
    spec.name.length * 2,
    () => {
      if (!old) {
        sheet = sheets.add(spec.name);
        return;
      }
      sheet = sheets.getItem(old.name);
      const all = sheet.getRange();
      all.clear("All");
      all.dataValidation.clear();
      all.conditionalFormats.clearAll();
      sheet.freezePanes.unfreeze();
      sheet.horizontalPageBreaks.removePageBreaks();
    },
    6
  );
  const writer = new SheetWriter(batch, () => sheet as unknown as Excel.Worksheet);
  writer.sheetSpec(spec);
  if (options.activate) writer.queue(0, (added) => added.activate());
  const syncs = await asOwnWrite(() => commitBatch(context, batch));
  return { ok: true, sheet: spec.name, replaced: old !== undefined, syncs: syncs + read.syncs, report };
}
