/** A structured plan workbook read whole: the plan sheet with the workbook's own vocabulary and settings. */
import {
  type Grid,
  type Plan,
  type PlanSettings,
  readWorkbookGrids,
  SHEET_NAMES,
  type Vocabulary,
} from "../core";
import { planCandidates } from "./find-plan";
import { findSheet, sheetGrid, type Workbook, type Worksheet } from "./read";

export interface PlanWorkbook {
  workbook: Workbook;
  sheet: Worksheet;
  grid: Grid;
  plan: Plan;
  /** defaults from the plan, overridden by what the settings sheet holds */
  settings: PlanSettings;
  /** what the settings sheet held (empty when the workbook has none) */
  storedSettings: Partial<PlanSettings>;
  /** the workbook's vocabulary sheet, or undefined (the engine's defaults apply) */
  vocabulary: Vocabulary | undefined;
}

export type ReadPlanWorkbookResult =
  | ({ ok: true } & PlanWorkbook)
  | { ok: false; reason: "no_such_sheet" | "no_plan_table"; sheetName?: string };

export function readPlanWorkbook(wb: Workbook, sheetName?: string): ReadPlanWorkbookResult {
  const candidates = planCandidates(wb, sheetName);
  if (!candidates.ok) return candidates;
  const gridOfSheet = (name: string): Grid | null => {
    const ws = findSheet(wb, name);
    return ws ? sheetGrid(ws) : null;
  };
  const content = readWorkbookGrids(
    {
      plan: candidates.sheets,
      settings: gridOfSheet(SHEET_NAMES.settings),
      vocabulary: gridOfSheet(SHEET_NAMES.vocabulary),
    },
    sheetGrid
  );
  if (!content.plan || !content.planSheet || !content.planGrid)
    return sheetName === undefined
      ? { ok: false, reason: "no_plan_table" }
      : { ok: false, reason: "no_plan_table", sheetName };
  return {
    ok: true,
    workbook: wb,
    sheet: content.planSheet,
    grid: content.planGrid,
    plan: content.plan,
    settings: content.settings,
    storedSettings: content.storedSettings,
    vocabulary: content.ownVocabulary ? content.vocabulary : undefined,
  };
}
