/** The pane's help: a button that opens a short page (loaded only when first opened). */
import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { Translate } from "../i18n";

const HelpPage = lazy(() => import(/* webpackChunkName: "help" */ "./HelpPage"));

export interface HelpPanelProps {
  t: Translate;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
});

export function HelpPanel({ t }: HelpPanelProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.panel}>
      <Button
        className={styles.button}
        appearance="subtle"
        aria-expanded={open}
        aria-controls="reja-help"
        data-testid="help-toggle"
        onClick={() => setOpen(!open)}
      >
        {open ? t("help.close") : t("help.open")}
      </Button>
      {open && (
        <div id="reja-help">
          <Suspense fallback={<Spinner size="tiny" label={t("help.loading")} />}>
            <HelpPage t={t} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
