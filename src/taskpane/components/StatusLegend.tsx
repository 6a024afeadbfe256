/** What the colours on the sheet mean: the status fills the fill writes and the check's highlights. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { STATUS_COLORS } from "../../core";
import { HIGHLIGHT_COLORS } from "../../excel/commands/check";
import type { MessageKey, Translate } from "../i18n";

export interface StatusLegendProps {
  t: Translate;
}

/** The legend's rows: a fill and what it stands for. */
export const LEGEND: readonly { color: string; key: MessageKey }[] = [
  { color: STATUS_COLORS.done, key: "status.done" },
  { color: STATUS_COLORS.partialTolerated, key: "legend.partialTolerated" },
  { color: STATUS_COLORS.partial, key: "status.partial" },
  { color: STATUS_COLORS.not_done, key: "status.not_done" },
  { color: STATUS_COLORS.in_progress, key: "status.in_progress" },
  { color: STATUS_COLORS.not_due, key: "status.not_due" },
  { color: HIGHLIGHT_COLORS.error, key: "legend.highlightError" },
  { color: HIGHLIGHT_COLORS.warning, key: "legend.highlightWarning" },
];

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  swatch: {
    width: "16px",
    height: "16px",
    flexShrink: 0,
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

export function StatusLegend({ t }: StatusLegendProps) {
  const styles = useStyles();
  const headingId = "reja-legend-heading";
  return (
    <section aria-labelledby={headingId} data-testid="legend">
      <Text as="h2" id={headingId} weight="semibold" size={300}>
        {t("legend.title")}
      </Text>
      <ul className={styles.list}>
        {LEGEND.map(({ color, key }) => (
          <li key={key} className={styles.row} data-legend={key}>
            <span className={styles.swatch} style={{ backgroundColor: color }} aria-hidden />
            <Text size={200}>{t(key)}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
