/**
 * Fix in one click: writes a finding's known correction (the closest unit, service or deadline phrase) into
 * its one cell. A plain Range.values write in one sync, so it lands on the user's undo stack (Ctrl+Z) like
 * a typed edit; the caller checks again so the finding goes.
 */
import type { FindingFix } from "../../core";
import { asOwnWrite } from "../own-writes";

/** Text Excel would read as a formula or a number sign: written with the text format so it stays text. */
export function needsTextFormat(value: string): boolean {
  return /^[=+\-@]/.test(value);
}

export async function applyFix(
  context: Excel.RequestContext,
  sheet: string,
  fix: FindingFix
): Promise<{ syncs: number }> {
  const range = context.workbook.worksheets.getItem(sheet).getRange(fix.cell);
  if (needsTextFormat(fix.value)) range.numberFormat = [["@"]];
  range.values = [[fix.value]];
  await asOwnWrite(() => context.sync());
  return { syncs: 1 };
}
