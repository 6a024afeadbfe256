/** The pane's layout: header, quarter and settings, actions, findings, summary. Renders props only. */
import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, PlanSettings, Quarter } from "../../core";
import type { SheetFinding } from "../../excel/commands/check";
import type { ActionName, PaneState } from "../container/types";
import type { Translate } from "../i18n";
import type { ConsolidateController } from "../container/useConsolidate";
import { ActionBar } from "./ActionBar";
import { ConsolidatePanel } from "./ConsolidatePanel";
import { FindingsList } from "./FindingsList";
import { PaneHeader } from "./PaneHeader";
import { QuarterSummary } from "./QuarterSummary";
import { SettingsForm } from "./SettingsForm";

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
      <ActionBar
        t={t}
        busy={state.busy}
        notice={state.notice}
        onRun={props.onRun}
        onDismiss={props.onDismissNotice}
      />
      <Divider />
      <FindingsList
        findings={state.findings}
        lang={lang}
        t={t}
        live={state.live}
        onSelect={props.onSelectFinding}
      />
      <Divider />
      <QuarterSummary
        summary={state.summary}
        loading={state.summaryLoading}
        lang={lang}
        t={t}
        onRefresh={props.onRefreshSummary}
      />
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
