/**
 * The pane's actions as one table: each names its button (label, hint), the Excel command it runs, what it
 * does after that run with what the command read (the Word document: build the file and offer it), and how
 * the result becomes what the pane shows (notice, findings, summary) and what the pane does next (follow the
 * settings sheet, start live checking). No React here: the hook (useReja) holds the state and calls the
 * table; the action bar renders its buttons from the same table.
 */
import { CellEditModeError, runAfterCellEdit } from "../../excel/cell-edit";
import { RangeTooLargeError } from "../../excel/read-blocks";
import { checkWorkbook, type CheckResult, type SheetFinding } from "../../excel/commands/check";
import { fillStatuses, type FillResult } from "../../excel/commands/fill";
import { generateReport, type ReportResult } from "../../excel/commands/report";
import type { ExcelRun } from "../../excel/commands/settings";
import { setUpPlanEditor, type SetUpResult } from "../../excel/commands/setup";
import { readPlanForWord, type PlanForWordResult } from "../../excel/commands/word";
import type { OfferedFile, OfferFile } from "../download";
import type { MessageKey } from "../i18n";
import { summarize, type QuarterSummary } from "../summary";
import { severityCounts } from "./findings";
import type { ActionName, Notice } from "./types";
import { deliverWordFile, type WordFileResult } from "./word-file";

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
  /** a file the action offered: the pane revokes its URL when the notice that links to it goes */
  file?: OfferedFile;
}

export interface ActionEnv {
  /** the date written on the report */
  now: () => Date;
  /** offers a file the action made to the person; a download by default */
  offerFile?: OfferFile;
  /** Office's platform ("PC", "Mac", "OfficeOnline", …); null or absent outside Office (the playground) */
  platform?: string | null;
}

/** `R`: what the Excel command returns; `D`: what the action makes of it after the run (R without `deliver`). */
export interface ActionSpec<R, D = R> {
  label: MessageKey;
  hint: MessageKey;
  /** the pane's main action, shown as the primary button */
  primary?: boolean;
  /** the Excel command, inside one run */
  run: (context: Excel.RequestContext, env: ActionEnv) => Promise<R>;
  /** after the run (the workbook is not held meanwhile): what the action does with what the command read */
  deliver?: (read: R, env: ActionEnv) => Promise<D>;
  outcome: (result: D) => ActionOutcome;
  /**
   * check first; when errors remain, ask the person this question ({count} errors) before running: go on, or
   * go to the errors
   */
  confirmErrors?: MessageKey;
}

/** What each action's outcome is made from. */
interface ActionResults {
  setup: SetUpResult;
  check: CheckResult;
  fill: FillResult;
  report: ReportResult;
  docx: WordFileResult;
}

/** What each action's Excel command returns: its result, unless the action delivers something after the run. */
interface ActionReads extends Omit<ActionResults, "docx"> {
  docx: PlanForWordResult;
}

export type ActionTable = { [A in ActionName]: ActionSpec<ActionReads[A], ActionResults[A]> };

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
        summary: summarize(r.report),
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
    confirmErrors: "confirm.report",
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
  docx: {
    label: "actions.docx",
    hint: "actions.docx.hint",
    confirmErrors: "confirm.docx",
    run: (context) => readPlanForWord(context),
    deliver: (read, env) => deliverWordFile(read, env),
    outcome: (r) => {
      if (!r.ok)
        return {
          notice: {
            intent: r.reason === "writer_unavailable" ? "error" : "warning",
            key: `problem.${r.reason}`,
          },
        };
      return {
        notice: {
          intent: "success",
          key: r.mac ? "result.docxMac" : "result.docx",
          params: { file: r.file.fileName, count: r.items },
          download: { url: r.file.url, fileName: r.file.fileName },
        },
        file: r.file,
      };
    },
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
  const spec: ActionSpec<ActionReads[A], ActionResults[A]> = ACTION_TABLE[action];
  // an action started while a cell is being edited waits for the edit to end, or is explained (cell-edit.ts)
  const read = await runAfterCellEdit(run, (context) => spec.run(context, env));
  // without a deliver step the command's result is the action's (ActionReads and ActionResults agree there)
  return spec.outcome(spec.deliver ? await spec.deliver(read, env) : (read as unknown as ActionResults[A]));
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
  if (error instanceof RangeTooLargeError)
    return {
      notice: {
        intent: "error",
        key: "host.rangeTooLarge",
        actionKey: ACTION_TABLE[action].label,
        params: { sheet: error.where },
      },
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
