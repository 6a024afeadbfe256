/** Fill statuses and ratios: the computed tracking cells (Jami fakt, Bajarilish %, quarter statuses) for the report quarter. */
import { buildReport, fillWrites, type Report, SHEET_NAMES } from "../../core";
import { commitBatch, WriteBatch } from "../batch";
import { asOwnWrite } from "../own-writes";
import { loadProtection, queueWithoutProtection } from "../protection";
import { readWorkbook, type PlanSheetRef } from "../read";
import { hasTrackingColumns, workbookState, type PlanProblem } from "../workbook-state";
import { SheetWriter } from "../write-sheet";

export type FillResult =
  /** `report`: the quarter as filled, so the pane need not read the workbook again for its summary */
  | { ok: true; sheet: string; cells: number; syncs: number; report: Report }
  | { ok: false; reason: PlanProblem | "no_tracking_columns"; sheet: string; syncs: number };

/** Report quarter and tolerance come from the settings sheet; only the cells fillWrites names are written. */
export async function fillStatuses(
  context: Excel.RequestContext,
  options: { sheet?: PlanSheetRef } = {}
): Promise<FillResult> {
  const ref = options.sheet ?? SHEET_NAMES.plan;
  const protection = loadProtection(context, ref);
  const read = await readWorkbook(context, { plan: ref, skipComputedColumns: true });
  const sheet = read.plan?.name ?? "";
  const state = workbookState(read);
  const planSheet = read.planSheet;
  if (!state.plan || !planSheet)
    return { ok: false, reason: state.problem ?? "no_plan_sheet", sheet, syncs: read.syncs };
  if (!hasTrackingColumns(state.plan))
    return { ok: false, reason: "no_tracking_columns", sheet, syncs: read.syncs };
  const writes = fillWrites(state.plan, state.settings);
  const batch = new WriteBatch();
  // an approved (protected) plan: the computed columns are locked, so the write lifts the protection around itself
  const guard = await protection();
  queueWithoutProtection(
    batch,
    () => planSheet,
    guard.state,
    () => new SheetWriter(batch, () => planSheet).cellWrites(writes)
  );
  const syncs = guard.syncs + (await asOwnWrite(() => commitBatch(context, batch)));
  return {
    ok: true,
    sheet,
    cells: writes.length,
    syncs: syncs + read.syncs,
    report: buildReport(state.plan, state.settings),
  };
}
