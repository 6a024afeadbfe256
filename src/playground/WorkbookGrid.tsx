/**
 * The in-browser workbook as a grid: sheet tabs, a formula bar to edit the selected cell (a person's edit,
 * through the stand-in's userEdit, so live checking sees it) and the cells with their fills and highlights.
 * Rendering is capped (ROW_LIMIT × COL_LIMIT) so a large sheet stays fast.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import type { StandinWorkbook } from "../standin";
import { ChartView } from "./ChartView";
import { sheetTabs, sheetView } from "./grid-model";
import { recordGridRender, timeGridWork } from "./probe";

export const ROW_LIMIT = 400;
export const COL_LIMIT = 30;
const LIMITS = { maxRows: ROW_LIMIT, maxCols: COL_LIMIT };

export interface WorkbookGridProps {
  book: StandinWorkbook;
  /** changes whenever the workbook may have changed */
  version: number;
  onActivate: (sheet: string) => void;
  onSelect: (sheet: string, address: string) => void;
  onEdit: (sheet: string, address: string, value: string) => Promise<void>;
  /** the sheet tabs' name for screen readers, in the page's language */
  sheetsLabel: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    height: "100%",
    fontFamily: tokens.fontFamilyBase,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: "8px",
    padding: "4px 8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  address: { minWidth: "56px", fontFamily: tokens.fontFamilyMonospace, fontSize: "12px" },
  input: {
    flex: 1,
    font: "inherit",
    fontSize: "13px",
    padding: "3px 6px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: "2px",
  },
  scroller: { flex: 1, overflow: "auto", minHeight: 0, backgroundColor: "#fff" },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: "12px",
    fontFamily: "Calibri, Carlito, 'Segoe UI', sans-serif",
    color: "#000",
  },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: "#f3f3f3",
    border: "1px solid #d4d4d4",
    fontWeight: 400,
    color: "#555",
    height: "20px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "#f3f3f3",
    border: "1px solid #d4d4d4",
    color: "#555",
    textAlign: "center",
    width: "40px",
  },
  corner: {
    position: "sticky",
    left: 0,
    top: 0,
    zIndex: 3,
    backgroundColor: "#e9e9e9",
    border: "1px solid #d4d4d4",
    width: "40px",
  },
  cell: {
    border: "1px solid #e1e1e1",
    padding: "1px 4px",
    height: "20px",
    maxHeight: "48px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    verticalAlign: "top",
    cursor: "cell",
    // keep a cell scrolled into view clear of the sticky headers
    scrollMarginTop: "24px",
    scrollMarginLeft: "44px",
  },
  wrap: {
    whiteSpace: "normal",
    lineHeight: "14px",
    display: "-webkit-box",
    WebkitLineClamp: "3",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  selected: { outline: "2px solid #107c41", outlineOffset: "-2px" },
  tabs: {
    display: "flex",
    gap: "2px",
    padding: "0 8px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: "auto",
    flexShrink: 0,
  },
  tab: {
    border: "none",
    borderBottom: "3px solid transparent",
    background: "transparent",
    padding: "6px 12px",
    font: "inherit",
    fontSize: "12px",
    whiteSpace: "nowrap",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  activeTab: { borderBottomColor: "#107c41", backgroundColor: "#fff", fontWeight: 600, color: "#107c41" },
  note: { padding: "4px 8px", fontSize: "12px", color: tokens.colorNeutralForeground3 },
});

function parseSelection(selected: string): { sheet: string; address: string } {
  const i = selected.lastIndexOf("!");
  const sheet = selected
    .slice(0, i)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const address = selected.slice(i + 1).split(":")[0];
  return { sheet, address };
}

/** Rendered last in the grid: by then React has rendered every cell before it (the bench's grid time, probe.ts). */
function GridRenderClock({ startedAt }: { startedAt: number }) {
  recordGridRender(startedAt);
  return null;
}

export function WorkbookGrid({
  book,
  version,
  onActivate,
  onSelect,
  onEdit,
  sheetsLabel,
}: WorkbookGridProps) {
  const renderStarted = performance.now();
  const styles = useStyles();
  const active = book.activeSheetName();
  const selection = parseSelection(book.selectedAddress());
  const selectedHere = selection.sheet === active ? selection.address : "A1";
  // the stand-in workbook is mutable: `version` is what says it changed
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const snapshot = useMemo(() => book.snapshot(active), [book, active, version]);
  const view = useMemo(() => sheetView(book, active, LIMITS, snapshot), [book, active, snapshot]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const sheets = useMemo(() => sheetTabs(book), [book, version]);
  const selectedText = useMemo(() => {
    try {
      const cell = book.cell(active, selectedHere);
      return cell.formula ?? cell.text;
    } catch {
      return "";
    }
  }, [book, active, selectedHere, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const [draft, setDraft] = useState(selectedText);
  useEffect(() => setDraft(selectedText), [selectedText]);

  // the selected cell scrolls into view (after a finding was clicked in the pane)
  useEffect(() => {
    timeGridWork(() =>
      document
        .querySelector(`[data-grid-sheet] td[data-selected="true"]`)
        ?.scrollIntoView({ block: "nearest", inline: "nearest" })
    );
  }, [selectedHere, active, version]);

  const commit = async () => {
    if (draft !== selectedText) await onEdit(active, selectedHere, draft);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      void commit();
    } else if (e.key === "Escape") setDraft(selectedText);
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <label className={styles.address} htmlFor="formula-bar" data-testid="selected-address">
          {selectedHere}
        </label>
        <input
          id="formula-bar"
          className={styles.input}
          aria-label={`${active}!${selectedHere}`}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKey}
          onBlur={() => void commit()}
        />
      </div>
      <div className={styles.scroller}>
        <table className={styles.table} data-grid-sheet={view.name} data-selected-address={selectedHere}>
          <colgroup>
            <col style={{ width: 40 }} />
            {view.columns.map((c) => (
              <col key={c.name} style={{ width: c.width }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.corner} />
              {view.columns.map((c) => (
                <th key={c.name} className={styles.colHead} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {row.map((cell) =>
                  cell.covered ? null : (
                    <td
                      key={cell.address}
                      data-address={cell.address}
                      data-selected={cell.address === selectedHere ? "true" : undefined}
                      data-highlight={cell.highlight}
                      data-fill={cell.fill}
                      rowSpan={cell.rowSpan}
                      colSpan={cell.colSpan}
                      title={cell.text.length > 20 ? cell.text : undefined}
                      className={
                        cell.address === selectedHere ? `${styles.cell} ${styles.selected}` : styles.cell
                      }
                      style={{
                        backgroundColor: cell.highlight ?? cell.fill,
                        fontWeight: cell.bold ? 700 : undefined,
                        fontStyle: cell.italic ? "italic" : undefined,
                        color: cell.color,
                        textAlign:
                          cell.align === "Center" ? "center" : cell.align === "Right" ? "right" : undefined,
                      }}
                      onClick={() => onSelect(active, cell.address)}
                    >
                      {cell.wrap ? <div className={styles.wrap}>{cell.text}</div> : cell.text}
                    </td>
                  )
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {(view.usedRows > ROW_LIMIT || view.usedCols > COL_LIMIT) && (
          <div className={styles.note}>
            Showing {Math.min(view.usedRows, ROW_LIMIT)} of {view.usedRows} rows,{" "}
            {Math.min(view.usedCols, COL_LIMIT)} of {view.usedCols} columns.
          </div>
        )}
      </div>
      <ChartView snapshot={snapshot} />
      <div className={styles.tabs} role="tablist" aria-label={sheetsLabel}>
        {sheets
          .filter((s) => s.visibility === "Visible")
          .map((s) => (
            <button
              key={s.name}
              type="button"
              role="tab"
              aria-selected={s.name === active}
              data-sheet-tab={s.name}
              className={s.name === active ? `${styles.tab} ${styles.activeTab}` : styles.tab}
              style={s.tabColor && s.name !== active ? { borderBottomColor: s.tabColor } : undefined}
              onClick={() => onActivate(s.name)}
            >
              {s.name}
            </button>
          ))}
      </div>
      <GridRenderClock startedAt={renderStarted} />
    </div>
  );
}
