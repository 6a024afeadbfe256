/**
 * Pane-side Excel operations the adapter has no command for: selecting a finding's cell and reading the
 * quarter summary. Each takes the request context of one `run` (Excel.run in Office, the stand-in's run in
 * the playground) and syncs once.
 */
import { buildReport, type Report, SHEET_NAMES } from "../core";
import { readWorkbook } from "../excel/read";
import { workbookState } from "../excel/workbook-state";

/** Activates the sheet and selects the cell (or range) at `address` ("B12"). */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

/** The report of the settings' quarter for the plan sheet (statuses, counts, completion); null without a plan. */
export async function readQuarterReport(
  context: Excel.RequestContext,
  sheet: string = SHEET_NAMES.plan
): Promise<Report | null> {
  const read = await readWorkbook(context, { plan: sheet });
  const state = workbookState(read);
  return state.plan ? buildReport(state.plan, state.settings) : null;
}
