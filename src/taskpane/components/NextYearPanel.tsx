/** Next year's draft (spec §10): one action writing the draft to a new sheet, with suggestions if asked. Renders props only. */
import { Button, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { YearAction } from "../container/useYear";
import type { Translate } from "../i18n";

export interface NextYearPanelProps {
  t: Translate;
  busy: YearAction | null;
  onNextYear: (suggest: boolean) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  button: { alignSelf: "flex-start", whiteSpace: "normal", textAlign: "start" },
});

export function NextYearPanel({ t, busy, onNextYear }: NextYearPanelProps) {
  const styles = useStyles();
  const [suggest, setSuggest] = useState(false);
  return (
    <div className={styles.root}>
      <Text size={200}>{t("year.nextYear.hint")}</Text>
      <Checkbox
        checked={suggest}
        onChange={(_, d) => setSuggest(d.checked === true)}
        label={t("year.suggest")}
      />
      <Button
        className={styles.button}
        data-year-action="nextYear"
        disabled={busy !== null}
        onClick={() => onNextYear(suggest)}
      >
        {t("year.nextYear")}
      </Button>
    </div>
  );
}
