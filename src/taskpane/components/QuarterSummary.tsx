/** The current quarter at a glance: counts by status, completion of quantitative indicators, a bar per section. */
import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { formatPercent, type Lang, type Status } from "../../core";
import { romanQuarter, type Translate } from "../i18n";
import type { QuarterSummary as Summary, SummaryLine } from "../summary";
import { CHART_COLORS, CHART_STATUSES, StatusChart } from "./StatusChart";

export interface QuarterSummaryProps {
  summary: Summary | null;
  loading: boolean;
  lang: Lang;
  t: Translate;
  onRefresh: () => void;
}

const useStyles = makeStyles({
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  legend: {
    listStyle: "none",
    margin: `${tokens.spacingVerticalS} 0`,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
  },
  entry: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "10px", height: "10px", borderRadius: "2px", flexShrink: 0 },
  count: { marginInlineStart: "auto", fontWeight: tokens.fontWeightSemibold },
  completion: { display: "block", marginBottom: tokens.spacingVerticalS },
});

export function QuarterSummary({ summary, loading, lang, t, onRefresh }: QuarterSummaryProps) {
  const styles = useStyles();
  const statusLabel = (s: Status) => t(`status.${s}`);
  const percentText = (p: number | null) => (p === null ? "—" : formatPercent(p, lang));
  const lineLabel = (line: SummaryLine) => {
    const name =
      line.number === ""
        ? t("summary.noSection")
        : line.title
          ? `${line.number}. ${line.title}`
          : line.number;
    const counts = CHART_STATUSES.filter((s) => line.counts[s] > 0)
      .map((s) => `${statusLabel(s)}: ${line.counts[s]}`)
      .join(", ");
    return `${name} — ${t("summary.indicators", { count: line.indicators })}${counts ? `; ${counts}` : ""}; ${percentText(line.completion)}`;
  };
  const headingId = "reja-summary-heading";
  return (
    <section aria-labelledby={headingId} aria-busy={loading}>
      <div className={styles.head}>
        <Text as="h2" id={headingId} weight="semibold" size={400}>
          {t("summary.title", { roman: romanQuarter(summary?.quarter ?? 1) })}
        </Text>
        {loading ? (
          <Spinner size="extra-tiny" aria-label={t("loading")} />
        ) : (
          <Button size="small" appearance="subtle" onClick={onRefresh}>
            {t("summary.refresh")}
          </Button>
        )}
      </div>
      {!summary ? (
        !loading && <Text size={200}>{t("summary.empty")}</Text>
      ) : (
        <>
          <ul className={styles.legend} aria-label={t("summary.total")}>
            {CHART_STATUSES.map((s) => (
              <li key={s} className={styles.entry} data-status={s}>
                <span className={styles.swatch} style={{ backgroundColor: CHART_COLORS[s] }} aria-hidden />
                <span>{statusLabel(s)}</span>
                <span className={styles.count}>{summary.total.counts[s]}</span>
              </li>
            ))}
          </ul>
          <Text size={200} className={styles.completion} data-completion={summary.total.completion ?? ""}>
            {summary.total.completion === null
              ? t("summary.completionNone")
              : t("summary.completion", { percent: formatPercent(summary.total.completion, lang) })}
            {" · "}
            {t("summary.indicators", { count: summary.total.indicators })}
          </Text>
          <StatusChart
            lines={summary.sections}
            label={t("summary.chart")}
            statusLabel={statusLabel}
            lineLabel={lineLabel}
            completionText={(line) => percentText(line.completion)}
          />
        </>
      )}
    </section>
  );
}
