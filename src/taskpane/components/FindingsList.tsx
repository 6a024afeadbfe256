/**
 * Findings grouped by kind ("II chorak fakti kiritilmagan — 23 ta katak"), errors first; a group opens to its
 * cells (error groups start open, the rest closed: quiet by default). A finding is a button that selects its
 * cell; where Reja knows the correction a second button writes it. The list is one Tab stop: the arrow keys
 * move through its buttons (a roving tabindex; Fluent's arrow navigation group adds aria-hidden focusable
 * guard elements that axe-core reports as aria-hidden-focus).
 */
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { formatMessage, isCode, romanOrAsIs, type Lang } from "../../core";
import type { SheetFinding } from "../../excel/commands/check";
import { groupByCode, SEVERITIES, severityCounts, type CodeGroup } from "../container/findings";
import type { MessageKey, Translate } from "../i18n";

export { groupByCode, SEVERITIES, severityCounts } from "../container/findings";

export interface FindingsListProps {
  findings: SheetFinding[] | null;
  lang: Lang;
  t: Translate;
  live: boolean;
  /** the last check found no plan sheet */
  noPlan?: boolean;
  /** no fact entered yet (facts and reasons not checked) */
  untracked?: boolean;
  onSelect: (finding: SheetFinding) => void;
  onFix?: (finding: SheetFinding) => void;
}

/** The finding's text in the pane's language (the engine's catalogues), or the text it came with. */
export function findingText(f: SheetFinding, lang: Lang): string {
  return isCode(f.code) ? formatMessage(f.code, f.params, lang) : f.message;
}

/** The group's title: the kind in the pane's words, with its quarter. */
export function groupTitle(g: CodeGroup, t: Translate, lang: Lang): string {
  if (!isCode(g.code)) return g.findings[0].message;
  const params = g.quarter === null ? undefined : { roman: romanOrAsIs(g.quarter) };
  return t(`code.${g.code}` as MessageKey, params) || findingText(g.findings[0], lang);
}

const useStyles = makeStyles({
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  note: { color: tokens.colorNeutralForeground2, display: "block", marginTop: tokens.spacingVerticalXXS },
  count: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  dot: { width: "8px", height: "8px", borderRadius: "50%", flexShrink: 0 },
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
  button: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    gap: `0 ${tokens.spacingHorizontalS}`,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  groupHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase300,
    ":hover": { backgroundColor: tokens.colorNeutralBackground3Hover },
  },
  finding: {
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  fix: {
    display: "block",
    width: `calc(100% - 2 * ${tokens.spacingHorizontalS})`,
    margin: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    textAlign: "start",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorBrandBackground2 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  marker: { width: "4px", borderRadius: "2px", gridRow: "1 / span 2", alignSelf: "stretch" },
  error: { backgroundColor: tokens.colorPaletteRedBorder2 },
  warning: { backgroundColor: tokens.colorPaletteMarigoldBorder2 },
  info: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  small: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  message: { overflowWrap: "anywhere" },
  inner: { listStyle: "none", margin: 0, padding: 0 },
});

export function FindingsList(props: FindingsListProps) {
  const { findings, lang, t, live, noPlan, untracked, onSelect, onFix } = props;
  const styles = useStyles();
  const headingId = "reja-findings-heading";
  const counts = severityCounts(findings ?? []);
  // groups the person opened or closed (error groups start open, others closed)
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const roving = useRovingFocus();
  const toggle = (key: string) => {
    const next = new Set(toggled);
    if (!next.delete(key)) next.add(key);
    setToggled(next);
  };
  return (
    <section aria-labelledby={headingId}>
      <div className={styles.header}>
        <Text as="h2" id={headingId} weight="semibold" size={400}>
          {t("findings.title")}
        </Text>
        {findings &&
          SEVERITIES.map((s) =>
            counts[s] > 0 ? (
              <span key={s} className={styles.count} data-severity-count={s} data-count={counts[s]}>
                <span className={mergeClasses(styles.dot, styles[s])} aria-hidden />
                {t(`severity.count.${s}`, { count: counts[s] })}
              </span>
            ) : null
          )}
      </div>
      {live && (
        <Text size={200} className={styles.note}>
          {t("findings.live")}
        </Text>
      )}
      {untracked && !noPlan && findings !== null && (
        <Text size={200} className={styles.note} data-testid="findings-untracked">
          {t("findings.quietFacts")}
        </Text>
      )}
      {noPlan ? (
        <Text size={200} data-testid="findings-no-plan">
          {t("findings.noPlan")}
        </Text>
      ) : findings === null ? (
        <Text size={200}>{t("findings.notChecked")}</Text>
      ) : findings.length === 0 ? (
        <Text size={200}>{t("findings.none")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("findings.list")} {...roving}>
          {groupByCode(findings).map((g) => {
            const open = (g.severity === "error") !== toggled.has(g.key);
            const title = groupTitle(g, t, lang);
            return (
              <li key={g.key} className={styles.group} data-group={g.key} data-severity={g.severity}>
                <button
                  type="button"
                  className={mergeClasses(styles.button, styles.groupHead)}
                  aria-expanded={open}
                  data-group-toggle={g.key}
                  onClick={() => toggle(g.key)}
                >
                  <span className={mergeClasses(styles.marker, styles[g.severity])} aria-hidden />
                  <span className={styles.message}>{title}</span>
                  <span className={styles.small}>
                    {t(`severity.${g.severity}`)} · {t("findings.groupCount", { count: g.findings.length })}
                  </span>
                </button>
                {open && (
                  <ul className={styles.inner}>
                    {g.findings.map((f, i) => (
                      <FindingRow
                        key={`${f.cell}:${i}`}
                        f={f}
                        lang={lang}
                        t={t}
                        styles={styles}
                        onSelect={onSelect}
                        onFix={onFix}
                      />
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

const MOVES: Record<string, (i: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * A roving tabindex over the buttons of a list: only the current one is in the Tab order (the last one
 * focused, the first one at the start); ArrowUp/ArrowDown/Home/End move the focus.
 */
export function useRovingFocus() {
  const ref = useRef<HTMLUListElement>(null);
  const current = useRef(0);
  const buttons = () => [...(ref.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
  // after every render (groups open and close): exactly one button is tabbable
  useEffect(() => {
    const all = buttons();
    const keep = Math.min(current.current, all.length - 1);
    all.forEach((b, i) => (b.tabIndex = i === keep ? 0 : -1));
  });
  return {
    ref,
    onFocus: (e: FocusEvent<HTMLUListElement>) => {
      const all = buttons();
      const target: EventTarget = e.target;
      const i = all.findIndex((b) => b === target);
      if (i < 0) return;
      current.current = i;
      all.forEach((b, k) => (b.tabIndex = k === i ? 0 : -1));
    },
    onKeyDown: (e: KeyboardEvent<HTMLUListElement>) => {
      const move = MOVES[e.key];
      if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
      const all = buttons();
      const i = all.indexOf(document.activeElement as HTMLButtonElement);
      if (i < 0) return;
      e.preventDefault();
      all[move(i, all.length - 1)].focus();
    },
  };
}

interface FindingRowProps {
  f: SheetFinding;
  lang: Lang;
  t: Translate;
  styles: ReturnType<typeof useStyles>;
  onSelect: (finding: SheetFinding) => void;
  onFix?: (finding: SheetFinding) => void;
}

/** One cell of a group: its button's name is its visible text (cell, item, message). */
function FindingRow({ f, lang, t, styles, onSelect, onFix }: FindingRowProps) {
  const where = f.item === null ? t("findings.general") : t("findings.item", { item: f.item });
  return (
    <li data-item={f.item ?? ""}>
      <button
        type="button"
        className={mergeClasses(styles.button, styles.finding)}
        data-code={f.code}
        data-cell={f.cell}
        onClick={() => onSelect(f)}
      >
        <span className={mergeClasses(styles.marker, styles[f.severity])} aria-hidden />
        <span className={styles.small}>
          {t("findings.cell", { cell: f.cell })} · {where}
        </span>
        <span className={styles.message}>{findingText(f, lang)}</span>
      </button>
      {f.fix && onFix && (
        <button type="button" className={styles.fix} data-fix={f.cell} onClick={() => onFix(f)}>
          {t("fix.button", { value: f.fix.value })}
        </button>
      )}
    </li>
  );
}
