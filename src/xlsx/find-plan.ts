/** Which sheets of a workbook may hold the plan: the one named, or every sheet but the add-in's own. */
import { isGeneratedSheetName, SHEET_NAMES } from "../core";
import type { Workbook, Worksheet } from "./read";

export type PlanCandidates =
  { ok: true; sheets: Worksheet[] } | { ok: false; reason: "no_such_sheet"; sheetName: string };

/**
 * The named sheet, else the structured workbook's plan sheet ("Ish reja") first and then the other sheets: the
 * first of them holding a plan table is the plan. The add-in's own sheets (settings, vocabulary, reports) are
 * never taken for the plan.
 */
export function planCandidates(wb: Workbook, sheetName?: string): PlanCandidates {
  if (sheetName !== undefined) {
    const ws = wb.worksheets.find((s) => s.name === sheetName);
    return ws ? { ok: true, sheets: [ws] } : { ok: false, reason: "no_such_sheet", sheetName };
  }
  const own = new Set<string>([SHEET_NAMES.settings, SHEET_NAMES.vocabulary]);
  const candidates = wb.worksheets.filter((ws) => !own.has(ws.name) && !isGeneratedSheetName(ws.name));
  candidates.sort((a, b) => Number(b.name === SHEET_NAMES.plan) - Number(a.name === SHEET_NAMES.plan));
  return { ok: true, sheets: candidates };
}
