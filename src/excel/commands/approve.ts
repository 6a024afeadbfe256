/**
 * Approve and lock / unlock the plan (spec §10) in Excel: the approval rows of the settings sheet, the plan
 * sheet's protection with the fact columns and "Izoh" unlocked. One read, one write each. Results are plain
 * data; their texts are in core/year/messages.ts (YEAR_TEXTS), for the pane to show.
 */
import {
  approvalCellWrites,
  editableColumns,
  type Grid,
  isoDate,
  type PlanChange,
  planChanges,
  planSnapshot,
  readApproval,
  settingsSheet,
  SHEET_NAMES,
  unlockedRows,
  type YearFailure,
} from "../../core";
import { commitBatch, WriteBatch } from "../batch";
import { asOwnWrite } from "../own-writes";
import { APPROVAL_PROTECTION, loadProtection } from "../protection";
import { readWorkbook, type PlanSheetRef } from "../read";
import { workbookState } from "../workbook-state";
import { SheetWriter } from "../write-sheet";

export type ApproveResult =
  | {
      ok: true;
      date: string;
      by: string;
      items: number;
      /** the approval before this one, or null for the first */
      previous: { date: string; by: string } | null;
      /** what changed in the plan since `previous` */
      changes: PlanChange[];
      /** zero-based columns left editable */
      editable: number[];
      syncs: number;
    }
  | { ok: false; reason: YearFailure; syncs: number };

export type UnlockResult =
  | { ok: true; date: string; by: string; syncs: number }
  | { ok: false; reason: Extract<YearFailure, "no_plan_sheet" | "not_approved">; syncs: number };

export interface ApproveOptions {
  by: string;
  /** default: today */
  date?: Date;
  sheet?: PlanSheetRef;
}

export async function approvePlan(
  context: Excel.RequestContext,
  options: ApproveOptions
): Promise<ApproveResult> {
  const by = options.by.trim();
  if (by === "") return { ok: false, reason: "no_approver", syncs: 0 };
  const ref = options.sheet ?? SHEET_NAMES.plan;
  const protection = loadProtection(context, ref);
  const read = await readWorkbook(context, { plan: ref, skipComputedColumns: true });
  const state = workbookState(read);
  const planSheet = read.planSheet;
  if (!state.plan || !planSheet)
    return { ok: false, reason: state.problem ?? "no_plan_sheet", syncs: read.syncs };
  const plan = state.plan;
  const editable = editableColumns(plan);
  if (editable.length < 5) return { ok: false, reason: "no_tracking_columns", syncs: read.syncs };

  const batch = new WriteBatch();
  const sheets = context.workbook.worksheets;
  let settingsGrid: Grid = read.settings.grid;
  let settings: Excel.Worksheet | null = null;
  // a workbook without a settings sheet gets one (as set up makes it), the approval rows below its settings
  const getSettings = (): Excel.Worksheet =>
    (settings ??= read.settings.exists
      ? sheets.getItem(SHEET_NAMES.settings)
      : sheets.add(SHEET_NAMES.settings));
  if (!read.settings.exists) {
    const spec = settingsSheet(state.settings);
    settingsGrid = spec.rows.map((row) => row.map((c) => c?.v ?? null));
    new SheetWriter(batch, getSettings).sheetSpec(spec);
  }
  const previous = readApproval(settingsGrid);
  const snapshot = planSnapshot(plan);
  const changes = previous?.snapshot ? planChanges(previous.snapshot, snapshot) : [];
  const date = isoDate(options.date ?? new Date());
  new SheetWriter(batch, getSettings).cellWrites(
    approvalCellWrites({ date, by, state: "approved", snapshot }, settingsGrid)
  );

  const guard = await protection();
  const wasProtected = guard.state?.protected === true;
  const { first, count: rows } = unlockedRows(plan);
  batch.add(
    0,
    () => {
      if (wasProtected) planSheet.protection.unprotect();
      for (const col of editable)
        planSheet.getRangeByIndexes(first, col, rows, 1).format.protection.locked = false;
      planSheet.protection.protect(APPROVAL_PROTECTION);
    },
    editable.length + 2
  );
  const syncs = await asOwnWrite(() => commitBatch(context, batch));
  return {
    ok: true,
    date,
    by,
    items: plan.items.length,
    previous: previous ? { date: previous.date, by: previous.by } : null,
    changes,
    editable,
    syncs: syncs + read.syncs + guard.syncs,
  };
}

/** Lifts the lock; the approval and its snapshot stay, so the next approval lists what changed. */
export async function unlockPlan(
  context: Excel.RequestContext,
  options: { sheet?: PlanSheetRef } = {}
): Promise<UnlockResult> {
  const ref = options.sheet ?? SHEET_NAMES.plan;
  const protection = loadProtection(context, ref);
  const read = await readWorkbook(context, { plan: null });
  const guard = await protection();
  const state = guard.state;
  read.syncs += guard.syncs;
  if (!state) return { ok: false, reason: "no_plan_sheet", syncs: read.syncs };
  const record = read.settings.exists ? readApproval(read.settings.grid) : null;
  if (!record && !state.protected) return { ok: false, reason: "not_approved", syncs: read.syncs };
  const batch = new WriteBatch();
  const worksheets = context.workbook.worksheets;
  if (state.protected)
    batch.add(0, () =>
      (typeof ref === "string"
        ? worksheets.getItem(ref)
        : worksheets.getActiveWorksheet()
      ).protection.unprotect()
    );
  if (record)
    new SheetWriter(batch, () => worksheets.getItem(SHEET_NAMES.settings)).cellWrites(
      approvalCellWrites({ state: "unlocked" }, read.settings.grid)
    );
  const syncs = await asOwnWrite(() => commitBatch(context, batch));
  return { ok: true, date: record?.date ?? "", by: record?.by ?? "", syncs: syncs + read.syncs };
}
