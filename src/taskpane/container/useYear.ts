/**
 * The plan's year in the pane (spec §10): approve and lock, unlock, next year's draft. Each action is one `run`
 * of its Excel command (approvePlan / unlockPlan / writeNextYearDraft); the approval state comes from the pane's
 * settings read (no read of its own) and follows what the actions did.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { columnLetter, type PlanChange, type YearFailure, type YearTexts } from "../../core";

import { approvePlan, unlockPlan } from "../../excel/commands/approve";
import { writeNextYearDraft, type NextYearFailure } from "../../excel/commands/next-year";
import type { ExcelRun } from "../../excel/commands/settings";
import type { Translate } from "../i18n";
import { errorText } from "./outcomes";
import type { ApprovalInfo, Notice } from "./types";

export type YearAction = "approve" | "unlock" | "nextYear";

/** A message of the year actions: its words come from the pane catalogue and the year texts of core. */
export interface YearNotice {
  intent: Notice["intent"];
  text: (year: YearTexts, t: Translate) => string;
}

export interface YearState {
  /** the approval now: the settings read's, or what the last action here made it */
  approval: ApprovalInfo | null;
  busy: YearAction | null;
  notices: YearNotice[];
  /** after an approval: the one before it (null for the first) and what changed since */
  changes: { previous: { date: string; by: string } | null; list: PlanChange[] } | null;
  /** the sheet of the last draft written */
  draftSheet: string | null;
}

export interface YearController {
  state: YearState;
  approve: (by: string) => Promise<void>;
  unlock: () => Promise<void>;
  nextYear: (suggest: boolean) => Promise<void>;
  dismiss: () => void;
}

export interface YearOptions {
  run: ExcelRun;
  /** the approval as the pane's settings read found it */
  approval: ApprovalInfo | null;
  /** the approval date; today by default */
  now?: () => Date;
}

const failure = (reason: YearFailure): YearNotice => ({ intent: "warning", text: (y) => y.failure(reason) });

function nextYearFailure(reason: NextYearFailure, sheet: string | undefined): YearNotice {
  if (reason === "draft_exists")
    return { intent: "warning", text: (_, t) => t("year.draftExists", { sheet: sheet ?? "" }) };
  if (reason === "no_year") return { intent: "warning", text: (y) => y.noYear };
  return failure(reason);
}

const thrown = (error: unknown): YearNotice => ({
  intent: "error",
  text: (_, t) => t("year.failed", { error: errorText(error) || t("error.unknown") }),
});

export function useYear({ run, approval, now = () => new Date() }: YearOptions): YearController {
  const [local, setLocal] = useState<ApprovalInfo | null | undefined>(undefined);
  const [busy, setBusy] = useState<YearAction | null>(null);
  const [notices, setNotices] = useState<YearNotice[]>([]);
  const [changes, setChanges] = useState<YearState["changes"]>(null);
  const [draftSheet, setDraftSheet] = useState<string | null>(null);
  const mounted = useRef(true);
  const nowRef = useRef(now);
  nowRef.current = now;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // a new settings read (a co-author, the settings watch after our own write) is the truth again
  useEffect(() => setLocal(undefined), [approval]);

  const perform = useCallback(async (action: YearAction, body: () => Promise<YearNotice[]>) => {
    setBusy(action);
    setNotices([]);
    let out: YearNotice[];
    try {
      out = await body();
    } catch (error) {
      out = [thrown(error)];
    }
    if (!mounted.current) return;
    setBusy(null);
    setNotices(out);
  }, []);

  const approve = useCallback(
    (by: string) =>
      perform("approve", async () => {
        const r = await run((ctx) => approvePlan(ctx, { by, date: nowRef.current() }));
        if (!r.ok) return [failure(r.reason)];
        if (mounted.current) {
          setLocal({ date: r.date, by: r.by, state: "approved" });
          setChanges({ previous: r.previous, list: r.changes });
        }
        const editable = r.editable.map((c) => columnLetter(c)).join(", ");
        return [
          { intent: "success", text: (y) => `${y.approved(r)} ${y.locked({ editable })}` },
          { intent: "info", text: (_, t) => t("year.undo") },
        ];
      }),
    [run, perform]
  );

  const unlock = useCallback(
    () =>
      perform("unlock", async () => {
        const r = await run((ctx) => unlockPlan(ctx));
        if (!r.ok)
          return [
            r.reason === "not_approved"
              ? { intent: "warning", text: (y) => y.notApproved }
              : failure(r.reason),
          ];
        if (mounted.current) {
          setLocal({ date: r.date, by: r.by, state: "unlocked" });
          setChanges(null);
        }
        return [{ intent: "success", text: (y) => `${y.unlocked(r)} ${y.unlockExplain}` }];
      }),
    [run, perform]
  );

  const nextYear = useCallback(
    (suggest: boolean) =>
      perform("nextYear", async () => {
        const r = await run((ctx) => writeNextYearDraft(ctx, { suggest }));
        if (!r.ok) return [nextYearFailure(r.reason, r.sheet)];
        if (mounted.current) setDraftSheet(r.sheet);
        return [
          { intent: "success", text: (y) => y.nextYear(r) },
          { intent: "info", text: (_, t) => t("year.draft", { sheet: r.sheet }) },
        ];
      }),
    [run, perform]
  );

  const dismiss = useCallback(() => setNotices([]), []);

  return {
    state: {
      approval: local === undefined ? approval : local,
      busy,
      notices,
      changes,
      draftSheet,
    },
    approve,
    unlock,
    nextYear,
    dismiss,
  };
}
