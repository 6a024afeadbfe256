/** The regional centre's panel: pick the districts' files, consolidate into the open workbook. Renders props only. */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { Lang, Quarter } from "../../core";
import type { ConsolidateNotice } from "../container/useConsolidate";
import type { PickedFile } from "../district-files";
import { CONSOLIDATE_TEXTS } from "../i18n/consolidate";

export interface ConsolidatePanelProps {
  lang: Lang;
  quarter: Quarter;
  busy: boolean;
  notice: ConsolidateNotice | null;
  onQuarterChange: (q: Quarter) => void;
  onPick: (files: readonly PickedFile[]) => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  hidden: { display: "none" },
});

const ROMAN = ["I", "II", "III", "IV"] as const;

export function ConsolidatePanel(props: ConsolidatePanelProps) {
  const t = CONSOLIDATE_TEXTS[props.lang];
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.panel} aria-label={t.title} data-testid="consolidate">
      <Text weight="semibold">{t.title}</Text>
      <Text size={200}>{t.hint}</Text>
      <div className={styles.row}>
        <Field label={t.quarter}>
          <Select
            value={String(props.quarter)}
            onChange={(_e, d) => props.onQuarterChange(Number(d.value) as Quarter)}
            data-testid="consolidate-quarter"
          >
            {ROMAN.map((r, i) => (
              <option key={r} value={i + 1}>
                {r}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={props.busy}
          icon={props.busy ? <Spinner size="tiny" /> : undefined}
          onClick={() => input.current?.click()}
          data-action="consolidate"
        >
          {t.pick}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="consolidate-files"
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = "";
            props.onPick(files);
          }}
        />
      </div>
      {props.notice && (
        <MessageBar intent={props.notice.intent} data-testid="consolidate-notice">
          <MessageBarBody>{props.notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
