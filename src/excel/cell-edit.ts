/**
 * Actions started while the person is typing in a cell (cell-edit mode).
 *
 * `Excel.run({ delayForCellEdit: true }, …)` makes a host that supports it wait until the edit ends (D "Delay
 * execution while cell is being edited"); no requirement set is documented for the option, so a host may
 * ignore it and fail the batch with InvalidOperationInCellEditMode (or, per the same page's table,
 * InvalidOperation). Then the action is tried again a few times, a pause apart, and finally refused with a
 * CellEditModeError the pane explains in the person's language.
 */
import type { ExcelRun } from "./commands/settings";

export const CELL_EDIT_ATTEMPTS = 4;
export const CELL_EDIT_PAUSE_MS = 2000;

/** The action could not run because a cell is being edited; say so (texts: cellEditNotice). */
export class CellEditModeError extends Error {
  readonly code = "CellEditMode";
  constructor(override readonly cause?: unknown) {
    super("Excel is in cell-edit mode");
  }
}

export function isCellEditError(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  return (
    e.code === "InvalidOperationInCellEditMode" ||
    (e.code === "InvalidOperation" && /edit/i.test(e.message ?? ""))
  );
}

export interface CellEditRetry {
  attempts?: number;
  pauseMs?: number;
  /** waits between attempts (tests pass a quick one) */
  sleep?: (ms: number) => Promise<void>;
}

/** `run(batch)`, tried again while Excel is in cell-edit mode; a CellEditModeError after the last attempt. */
export async function runAfterCellEdit<T>(
  run: ExcelRun,
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: CellEditRetry = {},
  attempt = 1
): Promise<T> {
  const attempts = options.attempts ?? CELL_EDIT_ATTEMPTS;
  try {
    return await run(batch);
  } catch (error) {
    if (!isCellEditError(error)) throw error;
    if (attempt >= attempts) throw new CellEditModeError(error);
    const sleep = options.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
    await sleep(options.pauseMs ?? CELL_EDIT_PAUSE_MS);
    return runAfterCellEdit(run, batch, options, attempt + 1);
  }
}
