/**
 * The pane's container logic: every read and write goes through the injected `run` (Excel.run in Office,
 * the stand-in's run in the playground); the components only get values and callbacks. What each action
 * runs and how its result shows is the table in ./outcomes; this hook holds the state.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanSettings, Quarter } from "../../core";
import { checkWorkbook, type CheckResult, type SheetFinding } from "../../excel/commands/check";
import { applyFix } from "../../excel/commands/fix";
import { startLiveChecking, type LiveChecker } from "../../excel/commands/live";
import {
  readWorkbookSettings,
  saveSettings,
  watchSettings,
  type ExcelRun,
  type SettingsRead,
  type Watch,
} from "../../excel/commands/settings";
import { offerDownload, type OfferedFile, type OfferFile } from "../download";
import { readQuarterReport, selectCell } from "../excel-actions";
import { officePlatform } from "../office-host";
import { summarize } from "../summary";
import {
  ACTION_TABLE,
  type ActionEnv,
  checkNotice,
  errorText,
  failedOutcome,
  isCheckNotice,
  performAction,
  type ActionOutcome,
} from "./outcomes";
import type { ActionName, ApprovalInfo, Notice, PaneState } from "./types";

export type ActionPerformer = (run: ExcelRun, env: ActionEnv) => Promise<ActionOutcome>;

export interface RejaOptions {
  run: ExcelRun;
  /** the date written on the report; today by default */
  now?: () => Date;
  /** pause of live checking after an edit (ms) */
  liveDelayMs?: number;
  /** how a file an action made is offered; a download link by default */
  offerFile?: OfferFile;
  /** Office's platform; Office.context.platform by default */
  platform?: string | null;
}

export interface RejaController {
  state: PaneState;
  /**
   * `force`: run even though errors remain (the person said go on); `perform` replaces the action table's run
   * (e.g. *Set up* from a Word file the user picked)
   */
  runAction: (action: ActionName, force?: boolean, perform?: ActionPerformer) => Promise<void>;
  /** writes the finding's fix into its cell, then checks again */
  applyFix: (finding: SheetFinding) => Promise<void>;
  /** the pending action is dropped; the first error's cell is selected */
  goToErrors: () => Promise<void>;
  saveSettings: (settings: Partial<PlanSettings>) => Promise<boolean>;
  setQuarter: (quarter: Quarter) => Promise<void>;
  selectFinding: (finding: SheetFinding) => Promise<void>;
  refreshSummary: () => Promise<void>;
  dismissNotice: () => void;
}

function sameSettings(a: PlanSettings | null, b: PlanSettings): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

const INITIAL: PaneState = {
  settings: null,
  settingsLoading: true,
  settingsNotice: null,
  savingSettings: false,
  busy: null,
  notice: null,
  findings: null,
  live: false,
  summary: null,
  summaryLoading: true,
  approval: null,
  noPlan: false,
  untracked: false,
  pending: null,
};

/** The approval part of a settings read (without its snapshot, which only Excel-side commands need). */
function approvalOf(read: Pick<SettingsRead, "approval">): ApprovalInfo | null {
  const a = read.approval;
  return a ? { date: a.date, by: a.by, state: a.state } : null;
}

export function useReja({
  run,
  now = () => new Date(),
  liveDelayMs,
  offerFile = offerDownload,
  platform,
}: RejaOptions): RejaController {
  const [state, setState] = useState<PaneState>(INITIAL);
  const patch = useCallback((p: Partial<PaneState> | ((s: PaneState) => Partial<PaneState>)) => {
    setState((s) => ({ ...s, ...(typeof p === "function" ? p(s) : p) }));
  }, []);
  /** the file the current notice links to: its URL is revoked when that notice goes */
  const offered = useRef<OfferedFile | null>(null);
  const letFileGo = useCallback(() => {
    offered.current?.revoke();
    offered.current = null;
  }, []);
  const envRef = useRef({ offerFile, platform });
  envRef.current = { offerFile, platform };
  // whatever replaces the notice that links to the file (another action, Dismiss, a failed selection) lets it go
  useEffect(() => {
    if (offered.current && state.notice?.download?.url !== offered.current.url) letFileGo();
  }, [state.notice, letFileGo]);
  const mounted = useRef(true);
  const live = useRef<LiveChecker | null>(null);
  const watch = useRef<Watch | null>(null);
  const settingsRef = useRef<PlanSettings | null>(null);
  const nowRef = useRef(now);
  nowRef.current = now;

  const refreshSummary = useCallback(async () => {
    patch({ summaryLoading: true });
    try {
      const report = await run((ctx) => readQuarterReport(ctx));
      if (mounted.current) patch({ summary: report ? summarize(report) : null, summaryLoading: false });
    } catch {
      if (mounted.current) patch({ summary: null, summaryLoading: false });
    }
  }, [run, patch]);

  const applySettings = useCallback(
    (settings: PlanSettings, notice: Notice | null, approval?: ApprovalInfo | null) => {
      const changed = !sameSettings(settingsRef.current, settings);
      settingsRef.current = settings;
      if (approval !== undefined) patch({ approval });
      patch((s) => ({
        settings,
        settingsLoading: false,
        settingsNotice: changed && notice ? notice : s.settingsNotice,
      }));
      if (changed) void refreshSummary();
    },
    [patch, refreshSummary]
  );

  /** Watches the settings sheet once it exists; a change made elsewhere (a co-author) updates the form. */
  const ensureWatch = useCallback(async () => {
    if (watch.current?.watching) return;
    try {
      const w = await watchSettings(run, (read) => {
        if (mounted.current)
          applySettings(read.settings, { intent: "info", key: "settings.coauthor" }, approvalOf(read));
      });
      if (!mounted.current) return void w.stop();
      watch.current = w;
    } catch {
      // no settings watch: the form still works, it just does not follow other people's edits
    }
  }, [run, applySettings]);

  const onLiveFindings = useCallback(
    (result: CheckResult) => {
      if (!mounted.current) return;
      // the notice of the last check follows the list: its counts are the list's counts
      patch((s) => ({
        findings: result.findings,
        noPlan: !result.ok,
        untracked: result.ok ? !result.tracked : s.untracked,
        notice: isCheckNotice(s.notice) ? checkNotice(result.findings) : s.notice,
        // the re-check computed the quarter from its own read: no second round trip for the summary
        summary: result.ok ? summarize(result.report) : null,
        summaryLoading: false,
      }));
    },
    [patch]
  );

  const ensureLive = useCallback(
    async (sheet: string, initial?: CheckResult) => {
      if (live.current) return;
      try {
        const checker = await startLiveChecking(run, {
          sheet,
          delayMs: liveDelayMs,
          onFindings: onLiveFindings,
          initial,
        });
        if (!mounted.current) return void checker.stop();
        live.current = checker;
        patch({ live: true });
      } catch {
        patch({ live: false });
      }
    },
    [run, liveDelayMs, onLiveFindings, patch]
  );

  useEffect(() => {
    mounted.current = true;
    void (async () => {
      try {
        const read = await run((ctx) => readWorkbookSettings(ctx));
        if (mounted.current) applySettings(read.settings, null, approvalOf(read));
      } catch (error) {
        if (mounted.current)
          patch({
            settingsLoading: false,
            settingsNotice: { intent: "error", key: "settings.failed", params: { error: errorText(error) } },
          });
      }
      await ensureWatch();
      await refreshSummary();
    })();
    return () => {
      mounted.current = false;
      letFileGo();
      void live.current?.stop();
      live.current = null;
      void watch.current?.stop();
      watch.current = null;
    };
    // all of these change only with `run`: the pane mounts once per run function
  }, [run, patch, applySettings, ensureWatch, refreshSummary, letFileGo]);

  const runAction = useCallback(
    async (action: ActionName, force = false, perform?: ActionPerformer) => {
      patch({ busy: action, notice: null, pending: null });
      let outcome: ActionOutcome;
      try {
        if (ACTION_TABLE[action].confirmErrors && !force) {
          const checked = await run((ctx) => checkWorkbook(ctx));
          const errors = checked.findings.filter((f) => f.severity === "error").length;
          if (checked.ok && errors > 0) {
            if (mounted.current)
              patch((s) => ({
                busy: null,
                findings: checked.findings,
                untracked: !checked.tracked,
                pending: { action, errors },
                notice: isCheckNotice(s.notice) ? checkNotice(checked.findings) : s.notice,
              }));
            return;
          }
        }
        const { offerFile: offer, platform: host } = envRef.current;
        const env: ActionEnv = {
          now: () => nowRef.current(),
          offerFile: offer,
          platform: host === undefined ? officePlatform() : host,
        };
        outcome = await (perform ? perform(run, env) : performAction(action, run, env));
        if (outcome.findings) patch({ findings: outcome.findings });
        if (outcome.noPlan !== undefined) patch({ noPlan: outcome.noPlan });
        if (outcome.untracked !== undefined) patch({ untracked: outcome.untracked });
        if (outcome.reloadSettings) {
          const read = await run((ctx) => readWorkbookSettings(ctx));
          applySettings(read.settings, null, approvalOf(read));
          await ensureWatch();
        }
        if (outcome.liveSheet !== undefined) await ensureLive(outcome.liveSheet, outcome.liveFrom);
      } catch (error) {
        outcome = failedOutcome(action, error);
      }
      if (!mounted.current) return void outcome.file?.revoke();
      offered.current = outcome.file ?? null;
      patch({ busy: null, notice: outcome.notice });
      // check, fill and report computed the quarter already: no second read of the workbook for the summary
      if (outcome.summary) patch({ summary: outcome.summary, summaryLoading: false });
      else await refreshSummary();
    },
    [run, patch, applySettings, ensureWatch, ensureLive, refreshSummary]
  );

  const save = useCallback(
    async (partial: Partial<PlanSettings>): Promise<boolean> => {
      patch({ savingSettings: true, settingsNotice: null });
      try {
        const r = await run((ctx) => saveSettings(ctx, partial));
        if (!mounted.current) return true;
        applySettings(r.settings, null, approvalOf(r));
        // a new workbook language rewrote the plan sheet's own headers too: the notice says so
        const key = r.relabelled > 0 ? "settings.savedRelabelled" : "settings.saved";
        patch({ savingSettings: false, settingsNotice: { intent: "success", key } });
        await ensureWatch();
        return true;
      } catch (error) {
        if (mounted.current)
          patch({
            savingSettings: false,
            settingsNotice: { intent: "error", key: "settings.failed", params: { error: errorText(error) } },
          });
        return false;
      }
    },
    [run, patch, applySettings, ensureWatch]
  );

  const setQuarter = useCallback(
    async (quarter: Quarter) => {
      const ok = await save({ quarter });
      // findings about missing facts depend on the report quarter
      if (ok && live.current) {
        try {
          const r = await run((ctx) => checkWorkbook(ctx));
          if (mounted.current) patch({ findings: r.findings });
        } catch {
          // the next edit re-checks
        }
      }
    },
    [save, run, patch]
  );

  const selectFinding = useCallback(
    async (finding: SheetFinding) => {
      try {
        await run((ctx) => selectCell(ctx, finding.sheet, finding.cell));
      } catch (error) {
        patch({
          notice: {
            intent: "error",
            key: "findings.selectFailed",
            params: { cell: finding.cell, error: errorText(error) },
          },
        });
      }
    },
    [run, patch]
  );

  const dismissNotice = useCallback(() => patch({ notice: null, pending: null }), [patch]);

  const fix = useCallback(
    async (finding: SheetFinding) => {
      const change = finding.fix;
      if (!change) return;
      try {
        await run((ctx) => applyFix(ctx, finding.sheet, change));
        const r = await run((ctx) => checkWorkbook(ctx));
        if (!mounted.current) return;
        patch({
          findings: r.findings,
          notice: {
            intent: "success",
            key: "fix.applied",
            params: { cell: change.cell, value: change.value },
          },
        });
        void refreshSummary();
      } catch (error) {
        if (mounted.current)
          patch({
            notice: {
              intent: "error",
              key: "fix.failed",
              params: { cell: change.cell, error: errorText(error) || "?" },
            },
          });
      }
    },
    [run, patch, refreshSummary]
  );

  const goToErrors = useCallback(async () => {
    const first = state.findings?.find((f) => f.severity === "error");
    patch({ pending: null });
    if (first) await selectFinding(first);
  }, [state.findings, patch, selectFinding]);

  return {
    state,
    runAction,
    applyFix: fix,
    goToErrors,
    saveSettings: save,
    setQuarter,
    selectFinding,
    refreshSummary,
    dismissNotice,
  };
}
