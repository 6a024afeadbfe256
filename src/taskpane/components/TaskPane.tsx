/** The pane's layout: header, quarter and settings, actions, findings, summary. Renders props only. */
import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, PlanSettings, Quarter } from "../../core";
import type { SheetFinding } from "../../excel/commands/check";
import { ACTION_TABLE } from "../container/outcomes";
import type { ActionName, PaneState } from "../container/types";
import type { Translate } from "../i18n";
import type { ConsolidateController } from "../container/useConsolidate";
import { ActionBar } from "./ActionBar";
import { ConfirmErrors } from "./ConfirmErrors";
import { ConsolidatePanel } from "./ConsolidatePanel";
import { FindingsList } from "./FindingsList";
import { HelpPanel } from "./HelpPanel";
import { PaneHeader } from "./PaneHeader";
import { QuarterSummary } from "./QuarterSummary";
import { SelfTestPanel } from "./SelfTestPanel";
import { SettingsForm } from "./SettingsForm";
import { YearPanel, type YearPanelProps } from "./YearPanel";
import { WordSetup } from "./WordSetup";
import { StatusLegend } from "./StatusLegend";
import type { ProbeResult } from "../../excel/self-test";

export interface TaskPaneProps {
  state: PaneState;
  lang: Lang;
  t: Translate;
  onLangChange: (lang: Lang) => void;
  onRun: (action: ActionName) => void;
  onDismissNotice: () => void;
  onQuarterChange: (quarter: Quarter) => void;
  onSaveSettings: (settings: Partial<PlanSettings>) => void;
  onSelectFinding: (finding: SheetFinding) => void;
  onRefreshSummary: () => void;
  /** approve / unlock / next year (spec §10) */
  year?: YearPanelProps;
  /** *Set up* from a Word file the user picked (absent: no such button) */
  onSetUpFromWord?: (file: File) => void;
  /** writes a finding's known correction */
  onFix?: (finding: SheetFinding) => void;
  /** the pending action runs although errors remain */
  onConfirmPending?: () => void;
  /** the pending action is dropped; the first error is selected */
  onGoToErrors?: () => void;
  /** the settings' "Tizimni tekshirish" (absent: not shown) */
  onSelfTest?: () => Promise<ProbeResult[]>;
  /** the regional centre's consolidation panel (absent: not shown) */
  consolidate?: ConsolidateController;
}

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "640px",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100%",
  },
});

export function TaskPane(props: TaskPaneProps) {
  const { state, lang, t } = props;
  const styles = useStyles();
  return (
    <main className={styles.pane} lang={lang}>
      <PaneHeader lang={lang} t={t} onLangChange={props.onLangChange} />
      <SettingsForm
        settings={state.settings}
        t={t}
        saving={state.savingSettings}
        notice={state.settingsNotice}
        onQuarterChange={props.onQuarterChange}
        onSave={props.onSaveSettings}
      />
      {props.onSelfTest && <SelfTestPanel t={t} onRun={props.onSelfTest} />}
      <ActionBar
        t={t}
        busy={state.busy}
        notice={state.notice}
        onRun={props.onRun}
        onDismiss={props.onDismissNotice}
      />
      {props.onSetUpFromWord && (
        <WordSetup t={t} disabled={state.busy !== null} onPick={props.onSetUpFromWord} />
      )}
      {state.pending && !state.busy && (
        <ConfirmErrors
          errors={state.pending.errors}
          question={ACTION_TABLE[state.pending.action].confirmErrors ?? "confirm.report"}
          t={t}
          onGoOn={() => props.onConfirmPending?.()}
          onGoTo={() => props.onGoToErrors?.()}
        />
      )}
      <Divider />
      <FindingsList
        findings={state.findings}
        lang={lang}
        t={t}
        live={state.live}
        noPlan={state.noPlan}
        untracked={state.untracked}
        onSelect={props.onSelectFinding}
        onFix={props.onFix}
      />
      <Divider />
      <QuarterSummary
        summary={state.summary}
        loading={state.summaryLoading}
        lang={lang}
        t={t}
        onRefresh={props.onRefreshSummary}
      />
      {props.year && <Divider />}
      {props.year && <YearPanel {...props.year} t={t} lang={lang} />}
      <StatusLegend t={t} />
      <Divider />
      <HelpPanel t={t} />
      {props.consolidate && (
        <>
          <Divider />
          <ConsolidatePanel
            lang={lang}
            quarter={props.consolidate.quarter}
            busy={props.consolidate.busy}
            notice={props.consolidate.notice}
            onQuarterChange={props.consolidate.setQuarter}
            onPick={(files) => void props.consolidate?.pick(files)}
          />
        </>
      )}
    </main>
  );
}
