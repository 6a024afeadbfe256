/**
 * What the engine needs from a workbook read: the plan (read with the workbook's own vocabulary), the settings
 * (the settings sheet over defaults taken from the plan) and the vocabulary. Pure.
 */
import { DEFAULT_VOCABULARY, defaultSettings, type Plan, type PlanSettings, readPlan, readSettings, readVocabulary, type Vocabulary } from "../core";
import type { SheetValues, WorkbookRead } from "./read";

export type PlanProblem = "no_plan_sheet" | "no_plan_table";

export interface WorkbookState {
  plan: Plan | null;
  problem: PlanProblem | null;
  settings: PlanSettings;
  /** what the settings sheet holds (empty when it is missing) */
  storedSettings: Partial<PlanSettings>;
  vocabulary: Vocabulary;
}

export function vocabularyOf(sheet: SheetValues): Vocabulary {
  return sheet.exists ? readVocabulary(sheet.grid) : DEFAULT_VOCABULARY;
}

/** Settings: defaults from the plan, overridden by every value the settings sheet holds. */
export function settingsOf(plan: Plan | null, stored: Partial<PlanSettings>): PlanSettings {
  const out: PlanSettings = defaultSettings(plan);
  for (const [k, v] of Object.entries(stored)) if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  return out;
}

export function workbookState(read: WorkbookRead): WorkbookState {
  const vocabulary = vocabularyOf(read.vocabulary);
  const storedSettings = read.settings.exists ? readSettings(read.settings.grid) : {};
  let plan: Plan | null = null;
  let problem: PlanProblem | null = null;
  if (!read.plan || !read.plan.exists) problem = "no_plan_sheet";
  else {
    const result = readPlan(read.plan.grid, { vocabulary });
    if (result.ok) plan = result.plan;
    else problem = result.reason;
  }
  return { plan, problem, settings: settingsOf(plan, storedSettings), storedSettings, vocabulary };
}

/** The plan's computed tracking columns (written by fill): a change there is the add-in's own. */
export function computedColumns(plan: Plan): number[] {
  const c = plan.columns;
  return [c.totalFact, c.percent, ...c.statuses].filter((x) => x >= 0);
}

/** True when the plan sheet already has the tracking columns of the structured layout. */
export function hasTrackingColumns(plan: Plan): boolean {
  return plan.columns.totalFact >= 0 && plan.columns.statuses.every((c) => c >= 0);
}
