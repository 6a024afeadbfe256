/**
 * A plan workbook's sheets → what the engine works on: the plan (read with the workbook's own vocabulary),
 * the settings (the settings sheet over defaults taken from the plan) and the vocabulary. Both the ExcelJS
 * and the Office.js adapters read their sheets' grids and hand them here.
 */
import type { Grid } from "./grid";
import { defaultSettings, readSettings } from "./layout/settings-sheet";
import { readVocabulary } from "./layout/vocabulary-sheet";
import type { Plan, PlanSettings, Vocabulary } from "./model";
import { readPlan } from "./reader";
import { DEFAULT_VOCABULARY } from "./vocabulary";

export interface WorkbookGrids<S> {
  /** the sheets that may hold the plan, in the order to try them; the first with a plan table is the plan */
  plan: readonly S[];
  /** the settings sheet's grid, or null when the workbook has none */
  settings: Grid | null;
  /** the vocabulary sheet's grid, or null when the workbook has none */
  vocabulary: Grid | null;
}

export interface WorkbookContent<S> {
  /** null when no candidate sheet holds a plan table */
  plan: Plan | null;
  /** the sheet the plan was read from, and its grid */
  planSheet: S | null;
  planGrid: Grid | null;
  settings: PlanSettings;
  /** what the settings sheet holds (empty when it is missing) */
  storedSettings: Partial<PlanSettings>;
  vocabulary: Vocabulary;
  /** false when the workbook has no vocabulary sheet (the engine's defaults apply) */
  ownVocabulary: boolean;
}

export function readWorkbookGrids<S>(
  grids: WorkbookGrids<S>,
  gridOf: (sheet: S) => Grid
): WorkbookContent<S> {
  const vocabulary = grids.vocabulary ? readVocabulary(grids.vocabulary) : DEFAULT_VOCABULARY;
  const storedSettings = grids.settings ? readSettings(grids.settings) : {};
  let plan: Plan | null = null;
  let planSheet: S | null = null;
  let planGrid: Grid | null = null;
  for (const sheet of grids.plan) {
    const grid = gridOf(sheet);
    const read = readPlan(grid, { vocabulary });
    if (!read.ok) continue;
    [plan, planSheet, planGrid] = [read.plan, sheet, grid];
    break;
  }
  return {
    plan,
    planSheet,
    planGrid,
    settings: settingsOf(plan, storedSettings),
    storedSettings,
    vocabulary,
    ownVocabulary: grids.vocabulary !== null,
  };
}

/** Settings: defaults from the plan, overridden by every value the settings sheet holds. */
export function settingsOf(plan: Plan | null, stored: Partial<PlanSettings>): PlanSettings {
  const out: PlanSettings = defaultSettings(plan);
  for (const [k, v] of Object.entries(stored))
    if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * True when the plan sheet has the quarter tracking columns of docs/domain.md §7 (at least one quarter's fact column):
 * the facts checks and consolidation need them, fill writes beside them, and setup leaves such a sheet alone.
 */
export function hasTrackingColumns(plan: Plan): boolean {
  return plan.columns.facts.some((c) => c >= 0);
}
