/**
 * The playground page: the real task pane (App) beside the in-browser workbook. The pane talks to the
 * workbook only through `run` (as it talks to Excel through Excel.run); every run and every edit made in the
 * grid bumps a version so the grid re-renders.
 */
import {
  FluentProvider,
  makeStyles,
  Spinner,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Lang } from "../core";
import type { ExcelRun } from "../excel/commands/settings";
import { installExcelGlobal, type StandinWorkbook } from "../standin";
import App from "../taskpane/App";
import { playgroundProbe } from "./probe";
import { createPlaygroundWorkbook, type SeedMode } from "./seed";
import { PLAYGROUND_TEXTS } from "./texts";
import { WorkbookGrid } from "./WorkbookGrid";

export interface PlaygroundProps {
  initialMode: SeedMode;
  paneLang: Lang;
  /** the report date (fixed in tests) */
  now?: () => Date;
  /** another plan instead of the Jondor example, as tab-separated text (`?plan=`; the bench's 1,000-item plan) */
  planTsv?: string;
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: "12px",
    padding: "6px 12px",
    backgroundColor: "#107c41",
    color: "#fff",
    fontSize: "13px",
  },
  title: { fontWeight: 600, fontSize: "15px", marginRight: "auto" },
  control: { display: "flex", alignItems: "center", gap: "6px" },
  select: { font: "inherit", padding: "2px 4px" },
  button: {
    font: "inherit",
    padding: "3px 10px",
    cursor: "pointer",
    border: "1px solid #fff",
    background: "transparent",
    color: "#fff",
    borderRadius: "2px",
  },
  main: { display: "flex", flex: 1, minHeight: 0 },
  grid: { flex: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  refused: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  pane: {
    width: "320px",
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowY: "auto",
    overflowX: "hidden",
  },
});

export function Playground({ initialMode, paneLang, now, planTsv }: PlaygroundProps) {
  const styles = useStyles();
  const [book, setBook] = useState<StandinWorkbook | null>(null);
  const [mode, setMode] = useState<SeedMode>(initialMode);
  const [generation, setGeneration] = useState(0);
  const [version, setVersion] = useState(0);
  const [dark, setDark] = useState(false);
  /** Excel's refusal of the last edit (a locked cell of an approved plan), as Excel shows it in a dialog */
  const [refused, setRefused] = useState<string | null>(null);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let cancelled = false;
    void createPlaygroundWorkbook(mode, planTsv).then((b) => {
      if (cancelled) return;
      installExcelGlobal(b);
      playgroundProbe.book = b;
      setBook(b);
      bump();
    });
    return () => {
      cancelled = true;
    };
  }, [mode, generation, bump, planTsv]);

  const run = useMemo<ExcelRun | null>(
    () =>
      book
        ? async (batch) => {
            try {
              return await book.run(batch);
            } finally {
              bump();
            }
          }
        : null,
    [book, bump]
  );

  const texts = PLAYGROUND_TEXTS[paneLang] ?? PLAYGROUND_TEXTS.uz;
  const reset = (m: SeedMode) => {
    setBook(null);
    setMode(m);
    setGeneration((g) => g + 1);
  };

  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <span className={styles.title}>
          {planTsv === undefined ? `${texts.title} · Jondor 2026` : texts.title}
        </span>
        <label className={styles.control}>
          {texts.theme}
          <select
            className={styles.select}
            value={dark ? "dark" : "light"}
            onChange={(e) => setDark(e.target.value === "dark")}
            data-testid="theme"
          >
            <option value="light">{texts.light}</option>
            <option value="dark">{texts.dark}</option>
          </select>
        </label>
        <button
          type="button"
          className={styles.button}
          onClick={() => reset("pasted")}
          data-testid="reset-pasted"
        >
          {texts.startPasted}
        </button>
        <button
          type="button"
          className={styles.button}
          onClick={() => reset("structured")}
          data-testid="reset-structured"
        >
          {texts.startStructured}
        </button>
      </div>
      {refused && (
        <div role="alert" data-testid="edit-refused" className={styles.refused}>
          {refused}
        </div>
      )}
      <div className={styles.main}>
        <section className={styles.grid} aria-label={texts.workbook}>
          {book ? (
            <WorkbookGrid
              book={book}
              version={version}
              onActivate={(sheet) => {
                void book
                  .run(async (ctx) => {
                    ctx.workbook.worksheets.getItem(sheet).activate();
                    await ctx.sync();
                  })
                  .then(bump);
              }}
              onSelect={(sheet, address) => {
                book.userSelect(sheet, address);
                bump();
              }}
              sheetsLabel={texts.sheets}
              onEdit={async (sheet, address, value) => {
                try {
                  await book.userEdit(sheet, address, value);
                  setRefused(null);
                } catch (error) {
                  setRefused(
                    `${sheet}!${address}: ${error instanceof Error ? error.message : String(error)}`
                  );
                }
                bump();
              }}
            />
          ) : (
            <Spinner label={texts.loading} />
          )}
        </section>
        <aside className={styles.pane} aria-label={texts.pane} data-testid="pane">
          <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
            {run && (
              <App
                key={`${mode}:${generation}`}
                run={run}
                initialLang={paneLang}
                now={now}
                liveDelayMs={300}
              />
            )}
          </FluentProvider>
        </aside>
      </div>
    </div>
  );
}
