/** What the engine needs from a workbook read (the plan, settings and vocabulary), through the core's one step. */
import { type Plan, type PlanSettings, readWorkbookGrids, type Vocabulary } from "../core";
import type { WorkbookRead } from "./read";

export { hasTrackingColumns, settingsOf } from "../core";

export type PlanProblem = "no_plan_sheet" | "no_plan_table";

export interface WorkbookState {
  plan: Plan | null;
  problem: PlanProblem | null;
  settings: PlanSettings;
  /** what the settings sheet holds (empty when it is missing) */
  storedSettings: Partial<PlanSettings>;
  vocabulary: Vocabulary;
}

export function workbookState(read: WorkbookRead): WorkbookState {
  const planSheet = read.plan && read.plan.exists ? [read.plan.grid] : [];
  const content = readWorkbookGrids(
    {
      plan: planSheet,
      settings: read.settings.exists ? read.settings.grid : null,
      vocabulary: read.vocabulary.exists ? read.vocabulary.grid : null,
    },
    (grid) => grid
  );
  const { plan, settings, storedSettings, vocabulary } = content;
  const problem: PlanProblem | null = plan ? null : planSheet.length ? "no_plan_table" : "no_plan_sheet";
  return { plan, problem, settings, storedSettings, vocabulary };
}

/** The plan's computed tracking columns (written by fill): a change there is the add-in's own. */
export function computedColumns(plan: Plan): number[] {
  const c = plan.columns;
  return [c.totalFact, c.percent, ...c.statuses].filter((x) => x >= 0);
}
