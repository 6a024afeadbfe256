/** The regional submission's sheet (docs/domain.md §8), laid out from the report computed in ../report. */
import { formatDateUz, formatPercent, periodWords } from "../format";
import { STATUS_COLUMN_ORDER, STATUS_NAMES } from "../messages/status";
import type { PlanSettings, Status } from "../model";
import { STATUS_LABELS } from "../status";
import { reportSheetName } from "./names";
import type { Area, CellSpec, SheetSpec } from "./sheet";
import { statusStyle } from "./tracking";
import type { Report } from "../report/build";

export const REPORT_HEADERS = [
  "№",
  "Nomi",
  "O'lchov birligi",
  "Yillik reja",
  "Davr rejasi",
  "Chorak fakti",
  "Yil boshidan fakt",
  "Bajarilish %",
  "Yillik bajarilish %",
  "Holati",
  "Mas'ul",
  "Izoh",
] as const;

const REPORT_WIDTHS = [7, 45, 14, 11, 11, 11, 12, 12, 12, 17, 32, 32];

/** Column labels of the summary table below the report (cols 2..8). */
export const SUMMARY_STATUS_COLUMNS: { status: Status; label: string }[] = STATUS_COLUMN_ORDER.map(
  (status) => ({
    status,
    label: STATUS_NAMES.uz[status],
  })
);

type Row = (CellSpec | null)[];
const WIDTH: number = REPORT_HEADERS.length;

function blank(): Row {
  return new Array<CellSpec | null>(WIDTH).fill(null);
}

/** "Buxoro viloyati axborot-kutubxona markazi" → "… markaziga" (to whom the report goes). */
export function addressee(region: string): string {
  const r = region.trim();
  if (r === "") return "Viloyat axborot-kutubxona markaziga";
  return /ga$/i.test(r) ? r : `${r}ga`;
}

export function reportTitle(report: Pick<Report, "district" | "districtKind" | "year" | "quarter">): string {
  const who = report.district ? `${report.district} ${report.districtKind}` : `_____ ${report.districtKind}`;
  return `${who} axborot-kutubxona markazining ${report.year ?? "_____"}-yil ${periodWords(report.quarter)} ish rejasi ijrosi to'g'risida HISOBOT`;
}

/**
 * Cells that recur on most item rows (blanks, empty texts, the status labels), shared between rows instead of
 * made anew for each: a report of 10,000 rows made 120,000 cell objects. Frozen, as a sheet spec is only read.
 */
const fixedCell = (v: CellSpec["v"], style: CellSpec["style"]): CellSpec => Object.freeze({ v, style });
const BLANK_NUMBER = fixedCell(null, "number");
const BLANK_PERCENT = fixedCell(null, "percent");
const BLANK_TEXT = fixedCell(null, "text");
const BLANK_TEXT_CENTER = fixedCell(null, "textCenter");
const EMPTY_TEXT = fixedCell("", "text");
const STATUS_CELLS = new Map<string, CellSpec>();

function statusCell(status: Status, tolerated: boolean): CellSpec {
  const key = tolerated ? `${status}+` : status;
  let cell = STATUS_CELLS.get(key);
  if (!cell) {
    cell = fixedCell(STATUS_LABELS[status], statusStyle(status, tolerated));
    STATUS_CELLS.set(key, cell);
  }
  return cell;
}

function num(v: number | null): CellSpec {
  return v === null ? BLANK_NUMBER : { v, style: "number" };
}

function pct(v: number | null): CellSpec {
  return v === null ? BLANK_PERCENT : { v, style: "percent" };
}

function text(v: string): CellSpec {
  return v === "" ? EMPTY_TEXT : { v, style: "text" };
}

export function reportSheet(report: Report, settings: PlanSettings, date: Date): SheetSpec {
  const rows: Row[] = [];
  const merges: Area[] = [];
  const line = (cells: Row, merge?: { col: number; cols: number }): number => {
    const r = rows.length;
    rows.push(cells);
    if (merge) merges.push({ row: r, col: merge.col, rows: 1, cols: merge.cols });
    return r;
  };
  const single = (text: string, style: CellSpec["style"], col = 0, cols = WIDTH): number => {
    const row = blank();
    row[col] = { v: text, style };
    return line(row, { col, cols });
  };

  single(addressee(settings.region), "addressee", 8, 4);
  line(blank());
  single(reportTitle(report), "title");
  single(formatDateUz(date), "date");
  line(blank());
  const headerRow = line(REPORT_HEADERS.map((h) => ({ v: h, style: "header" as const })));

  const sectionTitles = new Map(report.sections.map((s) => [s.number, s.title]));
  let current: string | null | undefined = undefined;
  for (let rIndex = 0; rIndex < report.rows.length; rIndex++) {
    const r = report.rows[rIndex];
    if (r.section !== current) {
      current = r.section;
      if (r.section !== null) {
        const row = blank();
        const title = sectionTitles.get(r.section) ?? "";
        row[0] = { v: title ? `${r.section}. ${title}` : `${r.section}.`, style: "section" };
        for (let c = 1; c < WIDTH; c++) row[c] = { v: null, style: "section" };
        line(row, { col: 0, cols: WIDTH });
      }
    }
    const first = r.indicator === 0;
    line([
      first ? { v: r.number, style: "textCenter" } : BLANK_TEXT_CENTER,
      first ? { v: r.name, style: "text" } : BLANK_TEXT,
      { v: r.unit, style: "textCenter" },
      num(r.plan),
      num(r.periodTarget),
      num(r.quarterFact),
      num(r.factToDate),
      pct(r.periodPercent),
      pct(r.annualPercent),
      statusCell(r.status, r.withinTolerance),
      text(r.responsible),
      text(r.note),
    ]);
  }

  // counts by status, per section and in total — on a page of their own, so the table never splits under the
  // item table's repeated column headings
  line(blank());
  const summaryRow = rows.length;
  single("Holatlar bo'yicha ko'rsatkichlar soni", "subtitle", 0, 9);
  const countsHeader = blank();
  countsHeader[0] = { v: "Bo'lim", style: "header" };
  countsHeader[1] = { v: null, style: "header" };
  SUMMARY_STATUS_COLUMNS.forEach((c, i) => (countsHeader[2 + i] = { v: c.label, style: "header" }));
  countsHeader[8] = { v: "Jami", style: "header" };
  line(countsHeader, { col: 0, cols: 2 });
  const countsRow = (label: string, counts: Record<Status, number>, total: boolean): void => {
    const row = blank();
    row[0] = { v: label, style: total ? "total" : "text" };
    row[1] = { v: null, style: total ? "total" : "text" };
    let all = 0;
    SUMMARY_STATUS_COLUMNS.forEach((c, i) => {
      row[2 + i] = { v: counts[c.status], style: total ? "countTotal" : "count" };
      all += counts[c.status];
    });
    row[8] = { v: all, style: "countTotal" };
    line(row, { col: 0, cols: 2 });
  };
  for (const s of report.summary.sections) {
    const label = s.number === "" ? "Bo'limsiz" : s.title ? `${s.number}. ${s.title}` : s.number;
    countsRow(label, s.byStatus, false);
  }
  countsRow("Jami", report.summary.byStatus, true);

  line(blank());
  const completion =
    report.summary.completionPercent === null
      ? "Miqdoriy ko'rsatkichlar bo'yicha umumiy bajarilish: hisobot davrida rejali miqdor yo'q"
      : `Miqdoriy ko'rsatkichlar bo'yicha umumiy bajarilish: ${formatPercent(report.summary.completionPercent)} ` +
        `(${report.summary.completionIndicators} ta ko'rsatkichning o'rtachasi, har biri ko'pi bilan 100%)`;
  single(completion, "signature", 0, WIDTH);
  line(blank());
  line(blank());
  single(`Direktor ________ ${settings.director}`.trimEnd(), "signature", 0, 6);

  return {
    name: reportSheetName(report.year, report.quarter),
    rows,
    columns: REPORT_WIDTHS.map((width) => ({ width })),
    merges,
    freeze: { rows: headerRow + 1, cols: 0 },
    print: {
      orientation: "landscape",
      paper: "A4",
      titleRows: { from: headerRow, to: headerRow },
      fitToWidth: true,
      breaksBefore: [summaryRow],
    },
    validations: [],
    tabColor: "#4472C4",
  };
}
