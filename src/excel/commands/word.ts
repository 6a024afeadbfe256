/**
 * What the plan's official Word document (issue 15.3) is made from, in one read: the plan and the settings,
 * and the name the file is offered under (core planDocxFileName). Making the document is not Excel's work:
 * the pane does it after the Excel run with the Word writer (src/docx-file/write.ts planWordBytes, loaded on
 * demand), as `reja docx` does with the same function.
 */
import { type Plan, planDocxFileName, type PlanSettings, SHEET_NAMES } from "../../core";
import { readWorkbook } from "../read";
import { workbookState, type PlanProblem } from "../workbook-state";

export type PlanForWordResult =
  | {
      ok: true;
      plan: Plan;
      settings: PlanSettings;
      /** "Jondor-2026-ish-reja.docx" */
      fileName: string;
      syncs: number;
    }
  | { ok: false; reason: PlanProblem; syncs: number };

export interface PlanForWordOptions {
  /** the plan sheet; default "Ish reja" */
  sheet?: string;
}

/** Reads the plan sheet (its input columns: the document has no tracking data) and the settings in one sync. */
export async function readPlanForWord(
  context: Excel.RequestContext,
  options: PlanForWordOptions = {}
): Promise<PlanForWordResult> {
  const read = await readWorkbook(context, {
    plan: options.sheet ?? SHEET_NAMES.plan,
    skipComputedColumns: true,
  });
  const state = workbookState(read);
  if (!state.plan) return { ok: false, reason: state.problem ?? "no_plan_sheet", syncs: read.syncs };
  return {
    ok: true,
    plan: state.plan,
    settings: state.settings,
    fileName: planDocxFileName(state.plan, state.settings),
    syncs: read.syncs,
  };
}
