/**
 * "Tizimni tekshirish": runs the self-test (src/excel/self-test.ts) in the person's Excel and shows each probe
 * with its result, with a button that copies the table for the administrator. The probes' own state (running,
 * results) lives here: it concerns nothing else in the pane.
 */
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { type ProbeResult, selfTestText } from "../../excel/self-test";
import type { MessageKey, Translate } from "../i18n";

export interface SelfTestPanelProps {
  t: Translate;
  onRun: () => Promise<ProbeResult[]>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  failed: { color: tokens.colorPaletteRedForeground1 },
  detail: { wordBreak: "break-word" },
});

/** The probe's name in the pane's language (a probe the catalogue does not name yet shows its id). */
function probeLabel(t: Translate, id: string): string {
  const key = `selftest.probe.${id}` as MessageKey;
  const label = t(key);
  return label === key ? id : label;
}

export function SelfTestPanel({ t, onRun }: SelfTestPanelProps) {
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<ProbeResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const run = async (): Promise<void> => {
    setRunning(true);
    setError(null);
    setCopied(false);
    try {
      setResults(await onRun());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };
  const copy = async (): Promise<void> => {
    if (!results) return;
    try {
      await navigator.clipboard.writeText(selfTestText(results, t("selftest.title")));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const count = (s: ProbeResult["status"]): number => results?.filter((r) => r.status === s).length ?? 0;
  return (
    <section className={styles.panel} aria-label={t("selftest.title")} data-testid="self-test">
      <Text weight="semibold">{t("selftest.title")}</Text>
      <Text size={200}>{t("selftest.hint")}</Text>
      <Button onClick={() => void run()} disabled={running}>
        {running ? t("selftest.running") : t("selftest.run")}
      </Button>
      {error !== null && <Text role="alert">{t("selftest.error", { error })}</Text>}
      {results && (
        <>
          <Text role="status">
            {t("selftest.summary", {
              passed: count("passed"),
              failed: count("failed"),
              skipped: count("skipped"),
            })}
          </Text>
          <Table size="small" aria-label={t("selftest.title")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("selftest.probe")}</TableHeaderCell>
                <TableHeaderCell>{t("selftest.result")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {results.map((r) => (
                <TableRow key={r.id} data-probe={r.id} data-status={r.status}>
                  <TableCell>
                    {probeLabel(t, r.id)} <span className={styles.detail}>({r.id})</span>
                  </TableCell>
                  <TableCell className={r.status === "failed" ? styles.failed : undefined}>
                    {t(`selftest.${r.status}`)} <span className={styles.detail}>{r.detail}</span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button onClick={() => void copy()}>{copied ? t("selftest.copied") : t("selftest.copy")}</Button>
        </>
      )}
    </section>
  );
}
