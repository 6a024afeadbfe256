/** What the container hands to the display components: plain values, no Excel objects. */
import type { SheetFinding } from "../../excel/commands/check";
import type { PlanSettings } from "../../core";
import type { MessageKey } from "../i18n";
import type { QuarterSummary } from "../summary";

export type ActionName = "setup" | "check" | "fill" | "report" | "docx";

/** A message for the pane, translated by the component that shows it. */
export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  key: MessageKey;
  params?: Record<string, string | number>;
  /** a key whose translation fills the {action} param */
  actionKey?: MessageKey;
  /** a file the action offered: the notice links to it again (the URL lives as long as the notice) */
  download?: { url: string; fileName: string };
}

export interface PaneState {
  settings: PlanSettings | null;
  settingsLoading: boolean;
  settingsNotice: Notice | null;
  savingSettings: boolean;
  /** the action running now (others wait) */
  busy: ActionName | null;
  notice: Notice | null;
  /** null until the first check */
  findings: SheetFinding[] | null;
  live: boolean;
  summary: QuarterSummary | null;
  summaryLoading: boolean;
  /** the last check found no plan sheet (said as such, not as "no findings") */
  noPlan: boolean;
  /** the plan has no fact entered yet: the check was quiet about facts and reasons */
  untracked: boolean;
  /** an action waiting for the person's word because errors remain (the report) */
  pending: { action: ActionName; errors: number } | null;
  /** the plan's approval, read with the settings (same sync); null when never approved */
  approval: ApprovalInfo | null;
}

export interface ApprovalInfo {
  date: string;
  by: string;
  state: "approved" | "unlocked";
}
