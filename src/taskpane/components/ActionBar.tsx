/** The four commands, each with a spinner while it runs; the outcome as a plain message below. */
import { Button, makeStyles, Spinner, tokens, Tooltip } from "@fluentui/react-components";
import { useState } from "react";
import { ACTIONS, type ActionName, type Notice } from "../container/types";
import type { MessageKey, Translate } from "../i18n";
import { NoticeBar } from "./NoticeBar";

export interface ActionBarProps {
  t: Translate;
  busy: ActionName | null;
  notice: Notice | null;
  onRun: (action: ActionName) => void;
  onDismiss: () => void;
}

const LABELS: Record<ActionName, MessageKey> = {
  setup: "actions.setup",
  check: "actions.check",
  fill: "actions.fill",
  report: "actions.report",
};
const HINTS: Record<ActionName, MessageKey> = {
  setup: "actions.setup.hint",
  check: "actions.check.hint",
  fill: "actions.fill.hint",
  report: "actions.report.hint",
};

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(132px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  button: { justifyContent: "flex-start", minWidth: 0, whiteSpace: "normal", textAlign: "start" },
  status: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
});

export function ActionBar({ t, busy, notice, onRun, onDismiss }: ActionBarProps) {
  const styles = useStyles();
  return (
    <section aria-label={t("actions.title")}>
      <div className={styles.grid}>
        {ACTIONS.map((action) => (
          <ActionButton
            key={action}
            action={action}
            label={t(LABELS[action])}
            hint={t(HINTS[action])}
            busy={busy}
            className={styles.button}
            onRun={onRun}
          />
        ))}
      </div>
      <div className={styles.status} aria-live="polite">
        {busy && (
          <Spinner
            size="tiny"
            labelPosition="after"
            label={t("actions.running", { action: t(LABELS[busy]) })}
          />
        )}
        {notice && !busy && <NoticeBar notice={notice} t={t} onDismiss={onDismiss} />}
      </div>
    </section>
  );
}

interface ActionButtonProps {
  action: ActionName;
  label: string;
  hint: string;
  busy: ActionName | null;
  className: string;
  onRun: (action: ActionName) => void;
}

/** A command button; its hint shows on hover and focus, and goes once the command starts (not to cover the pane). */
function ActionButton({ action, label, hint, busy, className, onRun }: ActionButtonProps) {
  const [hintVisible, setHintVisible] = useState(false);
  return (
    <Tooltip
      content={hint}
      relationship="description"
      withArrow
      visible={hintVisible}
      onVisibleChange={(_, d) => setHintVisible(d.visible)}
    >
      <Button
        className={className}
        data-action={action}
        appearance={action === "check" ? "primary" : "secondary"}
        disabled={busy !== null}
        aria-busy={busy === action}
        icon={busy === action ? <Spinner size="extra-tiny" aria-hidden /> : undefined}
        onClick={() => {
          setHintVisible(false);
          onRun(action);
        }}
      >
        {label}
      </Button>
    </Tooltip>
  );
}
