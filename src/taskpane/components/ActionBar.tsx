/** The four commands, each with a spinner while it runs; the outcome as a plain message below. */
import { Button, makeStyles, Spinner, tokens, Tooltip } from "@fluentui/react-components";
import { useState } from "react";
import { ACTION_TABLE, ACTIONS } from "../container/outcomes";
import type { ActionName, Notice } from "../container/types";
import type { Translate } from "../i18n";
import { NoticeBar } from "./NoticeBar";

export interface ActionBarProps {
  t: Translate;
  busy: ActionName | null;
  notice: Notice | null;
  onRun: (action: ActionName) => void;
  onDismiss: () => void;
}

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
            label={t(ACTION_TABLE[action].label)}
            hint={t(ACTION_TABLE[action].hint)}
            primary={ACTION_TABLE[action].primary === true}
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
            label={t("actions.running", { action: t(ACTION_TABLE[busy].label) })}
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
  primary: boolean;
  busy: ActionName | null;
  className: string;
  onRun: (action: ActionName) => void;
}

/** A command button; its hint shows on hover and focus, and goes once the command starts (not to cover the pane). */
function ActionButton({ action, label, hint, primary, busy, className, onRun }: ActionButtonProps) {
  const [hintVisible, setHintVisible] = useState(false);
  // after a click the hint stays away until the pointer leaves or focus comes back: when the action ends and the
  // button is enabled again under a resting pointer, it must not come back over the settings
  const [quiet, setQuiet] = useState(false);
  return (
    <Tooltip
      content={hint}
      relationship="description"
      withArrow
      positioning="below"
      visible={hintVisible && !quiet}
      onVisibleChange={(_, d) => setHintVisible(d.visible)}
    >
      <Button
        className={className}
        data-action={action}
        appearance={primary ? "primary" : "secondary"}
        disabled={busy !== null}
        aria-busy={busy === action}
        icon={busy === action ? <Spinner size="extra-tiny" aria-hidden /> : undefined}
        onPointerLeave={() => setQuiet(false)}
        onFocus={() => setQuiet(false)}
        onClick={() => {
          setHintVisible(false);
          setQuiet(true);
          onRun(action);
        }}
      >
        {label}
      </Button>
    </Tooltip>
  );
}
