/** Which sheet of a workbook holds the plan: the one named, or the first whose grid has a plan table. */
import { type Grid, isGeneratedSheetName, type Plan, readPlan, SHEET_NAMES, type Vocabulary } from "../core";
import { sheetGrid, type Workbook, type Worksheet } from "./read";

export interface FoundPlan {
  sheet: Worksheet;
  grid: Grid;
  plan: Plan;
}

export type FindPlanResult =
  | ({ ok: true } & FoundPlan)
  | {
      ok: false;
      reason: "no_such_sheet" | "no_plan_table";
      sheetName?: string;
    };

/**
 * The named sheet, else the structured workbook's plan sheet ("Ish reja"), else the first other sheet holding a
 * plan table. The add-in's own sheets (settings, vocabulary, reports) are never taken for the plan.
 */
export function findPlanSheet(wb: Workbook, sheetName?: string, vocabulary?: Vocabulary): FindPlanResult {
  if (sheetName !== undefined) {
    const ws = wb.worksheets.find((s) => s.name === sheetName);
    if (!ws) return { ok: false, reason: "no_such_sheet", sheetName };
    const found = tryRead(ws, vocabulary);
    return found ? { ok: true, ...found } : { ok: false, reason: "no_plan_table", sheetName };
  }
  const own = new Set<string>([SHEET_NAMES.settings, SHEET_NAMES.vocabulary]);
  const candidates = wb.worksheets.filter((ws) => !own.has(ws.name) && !isGeneratedSheetName(ws.name));
  candidates.sort((a, b) => Number(b.name === SHEET_NAMES.plan) - Number(a.name === SHEET_NAMES.plan));
  for (const ws of candidates) {
    const found = tryRead(ws, vocabulary);
    if (found) return { ok: true, ...found };
  }
  return { ok: false, reason: "no_plan_table" };
}

function tryRead(ws: Worksheet, vocabulary: Vocabulary | undefined): FoundPlan | null {
  const grid = sheetGrid(ws);
  const read = readPlan(grid, vocabulary ? { vocabulary } : {});
  return read.ok ? { sheet: ws, grid, plan: read.plan } : null;
}
