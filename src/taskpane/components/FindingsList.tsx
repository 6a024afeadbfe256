/**
 * Findings grouped by item, worst first within an item, with counts by severity. Each finding is a button:
 * click or Enter selects its cell.
 */
import { Badge, makeStyles, mergeClasses, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatMessage, isCode, type Lang, type Severity } from "../../core";
import type { SheetFinding } from "../../excel/commands/check";
import type { Translate } from "../i18n";

export interface FindingsListProps {
  findings: SheetFinding[] | null;
  lang: Lang;
  t: Translate;
  live: boolean;
  onSelect: (finding: SheetFinding) => void;
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingGroup {
  /** item number, or null for findings about no single item */
  item: string | null;
  findings: SheetFinding[];
  counts: Record<Severity, number>;
}

export function severityCounts(findings: readonly SheetFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Groups in the order their first finding appears (sheet order); inside a group errors first, then by cell. */
export function groupFindings(findings: readonly SheetFinding[]): FindingGroup[] {
  const groups = new Map<string, SheetFinding[]>();
  for (const f of findings) {
    const k = f.item ?? "";
    const list = groups.get(k) ?? [];
    list.push(f);
    groups.set(k, list);
  }
  return [...groups.entries()].map(([k, list]) => {
    const sorted = [...list].sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.row - b.row || a.col - b.col
    );
    return { item: k === "" ? null : k, findings: sorted, counts: severityCounts(list) };
  });
}

/** The finding's text in the pane's language (the engine's catalogues), or the text it came with. */
export function findingText(f: SheetFinding, lang: Lang): string {
  return isCode(f.code) ? formatMessage(f.code, f.params, lang) : f.message;
}

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  live: { color: tokens.colorNeutralForeground3, display: "block", marginTop: tokens.spacingVerticalXXS },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
  },
  groupHead: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  inner: { listStyle: "none", margin: 0, padding: 0 },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    gap: `0 ${tokens.spacingHorizontalS}`,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  marker: { width: "4px", borderRadius: "2px", gridRow: "1 / span 2", alignSelf: "stretch" },
  error: { backgroundColor: tokens.colorPaletteRedBorder2 },
  warning: { backgroundColor: tokens.colorPaletteMarigoldBorder2 },
  info: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  cell: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  message: { overflowWrap: "anywhere" },
  chip: { minWidth: 0, fontWeight: tokens.fontWeightRegular },
  errorChip: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
  warningChip: {
    backgroundColor: tokens.colorPaletteMarigoldBackground2,
    color: tokens.colorPaletteMarigoldForeground2,
  },
  infoChip: {
    backgroundColor: tokens.colorPaletteBlueBackground2,
    color: tokens.colorPaletteBlueForeground2,
  },
});

export function FindingsList({ findings, lang, t, live, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const headingId = "reja-findings-heading";
  const counts = severityCounts(findings ?? []);
  // severities hidden by the person (a long list of warnings can hide the few errors)
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const toggle = (s: Severity) => {
    const next = new Set(hidden);
    if (!next.delete(s)) next.add(s);
    setHidden(next);
  };
  const shown = (findings ?? []).filter((f) => !hidden.has(f.severity));
  return (
    <section aria-labelledby={headingId}>
      <div className={styles.header}>
        <Text as="h2" id={headingId} weight="semibold" size={400}>
          {t("findings.title")}
        </Text>
        {findings && findings.length > 0 && (
          <span role="group" aria-label={t("findings.filter")} className={styles.header}>
            {SEVERITIES.map((s) =>
              counts[s] > 0 ? (
                <ToggleButton
                  key={s}
                  size="small"
                  shape="circular"
                  appearance="outline"
                  checked={!hidden.has(s)}
                  className={mergeClasses(styles.chip, !hidden.has(s) && styles[`${s}Chip`])}
                  data-severity-count={s}
                  onClick={() => toggle(s)}
                >
                  {t(`severity.count.${s}`, { count: counts[s] })}
                </ToggleButton>
              ) : null
            )}
          </span>
        )}
      </div>
      {live && (
        <Text size={200} className={styles.live}>
          {t("findings.live")}
        </Text>
      )}
      {findings === null ? (
        <Text size={200}>{t("findings.notChecked")}</Text>
      ) : findings.length === 0 ? (
        <Text size={200}>{t("findings.none")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("findings.list")}>
          {groupFindings(shown).map((g) => (
            <li key={g.item ?? ""} className={styles.group} data-item={g.item ?? ""}>
              <h3 className={styles.groupHead}>
                <span>{g.item === null ? t("findings.general") : t("findings.item", { item: g.item })}</span>
                {SEVERITIES.map((s) =>
                  g.counts[s] > 0 ? (
                    <Badge key={s} size="small" appearance="outline" color={BADGE_COLOR[s]}>
                      {t(`severity.count.${s}`, { count: g.counts[s] })}
                    </Badge>
                  ) : null
                )}
              </h3>
              <ul className={styles.inner}>
                {g.findings.map((f, i) => {
                  const message = findingText(f, lang);
                  return (
                    <li key={`${f.code}:${f.cell}:${i}`}>
                      <button
                        type="button"
                        className={styles.finding}
                        data-code={f.code}
                        data-cell={f.cell}
                        aria-label={`${t(`severity.${f.severity}`)}. ${t("findings.select", { cell: f.cell, message })}`}
                        onClick={() => onSelect(f)}
                      >
                        <span className={mergeClasses(styles.marker, styles[f.severity])} aria-hidden />
                        <span className={styles.cell}>
                          {t(`severity.${f.severity}`)} · {t("findings.cell", { cell: f.cell })}
                        </span>
                        <span className={styles.message}>{message}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
