/**
 * The pane's four actions as one table: each names its button (label, hint), the Excel command it runs and
 * how that command's result becomes what the pane shows (notice, findings, summary) and what the pane does
 * next (follow the settings sheet, start live checking). No React here: the hook (useReja) holds the state
 * and calls the table; the action bar renders its buttons from the same table.
 */
import { CellEditModeError, runAfterCellEdit } from "../../excel/cell-edit";
import { checkWorkbook, type CheckResult, type SheetFinding } from "../../excel/commands/check";
import { fillStatuses, type FillResult } from "../../excel/commands/fill";
import { generateReport, type ReportResult } from "../../excel/commands/report";
import type { ExcelRun } from "../../excel/commands/settings";
import { setUpPlanEditor, type SetUpResult } from "../../excel/commands/setup";
import type { MessageKey } from "../i18n";
import { summarize, type QuarterSummary } from "../summary";
import { severityCounts } from "./findings";
import type { ActionName, Notice } from "./types";

/** What the pane shows and does after an action. */
export interface ActionOutcome {
  notice: Notice;
  /** the findings to list; undefined leaves the list as it is */
  findings?: SheetFinding[];
  /** the quarter the action computed; undefined: the pane reads the summary again */
  summary?: QuarterSummary;
  /** the plan editor was just set up: read its settings and follow the settings sheet */
  reloadSettings?: boolean;
  /** the plan sheet to check live from now on */
  liveSheet?: string;
  /** the check just made of that sheet: live checking starts from it (no second check) */
  liveFrom?: CheckResult;
  /** the check found no plan sheet */
  noPlan?: boolean;
  /** the plan has no fact yet (the check was quiet about facts) */
  untracked?: boolean;
}

export interface ActionEnv {
  /** the date written on the report */
  now: () => Date;
}

export interface ActionSpec<R> {
  label: MessageKey;
  hint: MessageKey;
  /** the pane's main action, shown as the primary button */
  primary?: boolean;
  /** the Excel command, inside one run */
  run: (context: Excel.RequestContext, env: ActionEnv) => Promise<R>;
  outcome: (result: R) => ActionOutcome;
  /** check first; when errors remain, ask the person before running (go on, or go to the errors) */
  confirmErrors?: boolean;
}

interface ActionResults {
  setup: SetUpResult;
  check: CheckResult;
  fill: FillResult;
  report: ReportResult;
}

export type ActionTable = { [A in ActionName]: ActionSpec<ActionResults[A]> };

export const ACTION_TABLE: ActionTable = {
  setup: {
    label: "actions.setup",
    hint: "actions.setup.hint",
    run: (context) => setUpPlanEditor(context),
    outcome: (r) =>
      r.ok
        ? {
            notice: { intent: "success", key: "result.setup", params: { sheet: r.sheet } },
            reloadSettings: true,
          }
        : { notice: { intent: "warning", key: `problem.${r.reason}`, params: { sheet: r.source } } },
  },
  check: {
    label: "actions.check",
    hint: "actions.check.hint",
    primary: true,
    run: (context) => checkWorkbook(context),
    outcome: (r) => {
      if (!r.ok)
        return {
          notice: { intent: "warning", key: `problem.${r.reason}` },
          findings: r.findings,
          noPlan: true,
        };
      return {
        notice: checkNotice(r.findings),
        findings: r.findings,
        liveSheet: r.sheet,
        liveFrom: r,
        noPlan: false,
        untracked: !r.tracked,
      };
    },
  },
  fill: {
    label: "actions.fill",
    hint: "actions.fill.hint",
    run: (context) => fillStatuses(context),
    outcome: (r) =>
      r.ok
        ? {
            notice: { intent: "success", key: "result.fill", params: { count: r.cells } },
            summary: summarize(r.report),
          }
        : { notice: { intent: "warning", key: `problem.${r.reason}` } },
  },
  report: {
    label: "actions.report",
    hint: "actions.report.hint",
    confirmErrors: true,
    run: (context, env) => generateReport(context, env.now(), { activate: true }),
    outcome: (r) =>
      r.ok
        ? {
            notice: {
              intent: "success",
              key: r.replaced ? "result.reportReplaced" : "result.report",
              params: { sheet: r.sheet },
            },
            summary: summarize(r.report),
          }
        : { notice: { intent: "warning", key: `problem.${r.reason}`, params: { sheet: r.sheet } } },
  },
};

/**
 * The notice of a check: its colour and icon follow the worst finding (errors red, warnings amber), its counts
 * are the list's counts. A live re-check replaces it with the new counts.
 */
export function checkNotice(findings: readonly SheetFinding[]): Notice {
  if (findings.length === 0) return { intent: "success", key: "result.checkClean" };
  const c = severityCounts(findings);
  return {
    intent: c.error > 0 ? "error" : c.warning > 0 ? "warning" : "info",
    key: "result.checkCounts",
    params: { errors: c.error, warnings: c.warning, infos: c.info },
  };
}

/** True for the notice a check (or a live re-check) shows: the one that must follow the list. */
export function isCheckNotice(notice: Notice | null): boolean {
  return notice !== null && (notice.key === "result.checkCounts" || notice.key === "result.checkClean");
}

/** The actions in button order. */
export const ACTIONS = Object.keys(ACTION_TABLE) as ActionName[];

/** Runs an action's command through `run` (one Excel.run) and maps its result. */
export async function performAction<A extends ActionName>(
  action: A,
  run: ExcelRun,
  env: ActionEnv
): Promise<ActionOutcome> {
  const spec: ActionSpec<ActionResults[A]> = ACTION_TABLE[action];
  // an action started while a cell is being edited waits for the edit to end, or is explained (cell-edit.ts)
  return spec.outcome(await runAfterCellEdit(run, (context) => spec.run(context, env)));
}

export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "";
}

/** An action that threw: the error's own words, after the action's name. */
export function failedOutcome(action: ActionName, error: unknown): ActionOutcome {
  if (error instanceof CellEditModeError)
    return {
      notice: { intent: "warning", key: "host.cellEdit", actionKey: ACTION_TABLE[action].label },
    };
  return {
    notice: {
      intent: "error",
      key: "actions.failed",
      actionKey: ACTION_TABLE[action].label,
      params: { error: errorText(error) || "?" },
    },
  };
}
