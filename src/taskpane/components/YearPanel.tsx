/** The plan's year in the pane: approval and next year's draft, with the outcome of the last of these actions. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { type Lang, yearTexts } from "../../core";
import type { YearState } from "../container/useYear";
import type { Translate } from "../i18n";
import { ApprovalPanel } from "./ApprovalPanel";
import { NextYearPanel } from "./NextYearPanel";

export interface YearPanelProps {
  state: YearState;
  /** the workbook's language: the texts name its columns as it writes them ("Izoh", "Изоҳ") */
  sheetLang?: Lang;
  director: string;
  onApprove: (by: string) => void;
  onUnlock: () => void;
  onNextYear: (suggest: boolean) => void;
  onDismiss: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function YearPanel(props: YearPanelProps & { t: Translate; lang: Lang }) {
  const { t, lang, state } = props;
  const year = yearTexts(lang, props.sheetLang);
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="reja-year-title" data-testid="year-panel">
      <Text as="h2" id="reja-year-title" weight="semibold" size={400}>
        {t("year.title")}
      </Text>
      <ApprovalPanel
        t={t}
        year={year}
        approval={state.approval}
        director={props.director}
        busy={state.busy}
        changes={state.changes}
        onApprove={props.onApprove}
        onUnlock={props.onUnlock}
      />
      <NextYearPanel t={t} busy={state.busy} onNextYear={props.onNextYear} />
      <div className={styles.status} aria-live="polite">
        {state.busy && <Spinner size="tiny" labelPosition="after" label={t("year.running")} />}
        {!state.busy &&
          state.notices.map((n, i) => (
            <MessageBar
              key={i}
              intent={n.intent}
              layout="multiline"
              role={n.intent === "error" ? "alert" : "status"}
              data-year-notice={n.intent}
            >
              <MessageBarBody>{n.text(year, t)}</MessageBarBody>
              {i === 0 && (
                <MessageBarActions>
                  <Button size="small" appearance="transparent" onClick={props.onDismiss}>
                    {t("actions.dismiss")}
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
          ))}
      </div>
    </section>
  );
}
