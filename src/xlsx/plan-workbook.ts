/** A structured plan workbook read whole: the plan sheet with the workbook's own vocabulary and settings. */
import {
  defaultSettings,
  type Grid,
  type Plan,
  type PlanSettings,
  readSettings,
  readVocabulary,
  SHEET_NAMES,
  type Vocabulary,
} from "../core";
import { findPlanSheet, type FindPlanResult } from "./find-plan";
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

export type ReadPlanWorkbookResult = ({ ok: true } & PlanWorkbook) | Extract<FindPlanResult, { ok: false }>;

export function readPlanWorkbook(wb: Workbook, sheetName?: string): ReadPlanWorkbookResult {
  const vocabSheet = findSheet(wb, SHEET_NAMES.vocabulary);
  const vocabulary = vocabSheet ? readVocabulary(sheetGrid(vocabSheet)) : undefined;
  const found = findPlanSheet(wb, sheetName, vocabulary);
  if (!found.ok) return found;
  const settingsSheet = findSheet(wb, SHEET_NAMES.settings);
  const storedSettings = settingsSheet ? readSettings(sheetGrid(settingsSheet)) : {};
  const settings: PlanSettings = {
    ...defaultSettings(found.plan),
    ...definedOnly(storedSettings),
  };
  return {
    ok: true,
    workbook: wb,
    sheet: found.sheet,
    grid: found.grid,
    plan: found.plan,
    settings,
    storedSettings,
    vocabulary,
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
