/** The regional submission's sheet (docs/domain.md §8), laid out from the report computed in ../report. */
import { STATUS_COLUMN_ORDER, STATUS_NAMES } from "../messages/status";
import type { Finding, Lang, Plan, PlanSettings, Status } from "../model";
import { latinToCyrillic } from "../translit";
import { STATUS_LABELS_BY_LANG } from "../status";
import { reportSheetName } from "./names";
import { breakToKeepEnd } from "./page-breaks";
import { printableHeightPoints, printScale, sheetFrame } from "./print";
import { DEFAULT_ROW_POINTS, estimateRowHeights } from "./row-heights";
import { REPORT_TEXTS } from "./report-texts";
import { type Area, type CellSpec, type SheetSpec, STYLES } from "./sheet";
import { widthForWords } from "./text-size";
import { statusStyle } from "./tracking";
import type { Report } from "../report/build";

export const REPORT_HEADERS = REPORT_TEXTS.uz.headers;

/** the count columns (2..8) take the status names on two lines, Cyrillic ones too */
const REPORT_WIDTHS = [7, 45, 14, 12, 12, 12, 13, 12, 13, 17, 32, 32];

/**
 * The report's column widths in language `lang`: REPORT_WIDTHS, widened where a word of a heading would not
 * fit on a line (the item table's headings, and the status names heading the count table in columns 2..7
 * with the total in 8), or a word of a status name in the status column: text then wraps between words only.
 */
export function reportColumnWidths(lang: Lang): number[] {
  const t = REPORT_TEXTS[lang];
  const texts: string[][] = t.headers.map((h) => [h]);
  STATUS_COLUMN_ORDER.forEach((status, i) => texts[2 + i].push(STATUS_NAMES[lang][status]));
  texts[8].push(t.total);
  return REPORT_WIDTHS.map((base, col) => {
    let width = Math.max(base, widthForWords(texts[col], STYLES.header));
    if (col === 9)
      width = Math.max(width, widthForWords(Object.values(STATUS_NAMES[lang]), STYLES["status.done"]));
    return width;
  });
}

/** Column labels of the summary table below the report (cols 2..8), in Uzbek. */
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
export function addressee(region: string, lang: Lang = "uz"): string {
  return REPORT_TEXTS[lang].addressee(region);
}

export function reportTitle(
  report: Pick<Report, "district" | "districtKind" | "year" | "quarter">,
  lang: Lang = "uz"
): string {
  return REPORT_TEXTS[lang].title({
    district: report.district,
    kind: report.districtKind,
    year: report.year,
    quarter: report.quarter,
  });
}

/**
 * Which rows of `report` come from plan rows with an error finding: the report has one row per indicator, in
 * the plan's order (report/build.ts), so the indicators are walked in the same order.
 */
export function reportRowsWithErrors(plan: Plan, findings: readonly Finding[]): Set<number> {
  const errorRows = new Set(findings.filter((f) => f.severity === "error").map((f) => f.row));
  const out = new Set<number>();
  let index = 0;
  for (const item of plan.items) {
    const inds = item.indicators.length > 0 ? item.indicators : [null];
    for (const ind of inds) {
      if (errorRows.has(item.row) || (ind !== null && errorRows.has(ind.row))) out.add(index);
      index++;
    }
  }
  return out;
}

export interface ReportSheetOptions {
  /** indexes of report rows whose plan row has errors (reportRowsWithErrors): their note says so */
  errorRows?: ReadonlySet<number>;
  /** write the plan's and the settings' Uzbek Latin texts in Cyrillic (only for uz-Cyrl) */
  transliterate?: boolean;
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

function statusCell(status: Status, tolerated: boolean, lang: Lang): CellSpec {
  const key = `${lang}:${status}${tolerated ? "+" : ""}`;
  let cell = STATUS_CELLS.get(key);
  if (!cell) {
    const label = STATUS_LABELS_BY_LANG[lang][status];
    cell = fixedCell(label, statusStyle(status, tolerated));
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

export function reportSheet(
  report: Report,
  settings: PlanSettings,
  date: Date,
  options: ReportSheetOptions = {}
): SheetSpec {
  const lang: Lang = settings.lang ?? "uz";
  const t = REPORT_TEXTS[lang];
  // the plan's and the settings' own texts: as written, or in Cyrillic when asked
  const own = options.transliterate && lang === "uz-Cyrl" ? latinToCyrillic : (x: string) => x;
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

  single(t.addressee(own(settings.region)), "addressee", 8, 4);
  line(blank());
  single(
    t.title({
      district: own(report.district),
      kind: report.districtKind,
      year: report.year,
      quarter: report.quarter,
    }),
    "title"
  );
  single(t.date(date), "date");
  line(blank());

  // counts by status, per section and in total, on the first page: above the item table, so the item table's
  // column headings (repeated on every page from where the table starts) never stand over them
  single(t.summaryTitle, "subtitle", 0, 9);
  const countsHeader = blank();
  countsHeader[0] = { v: t.section, style: "header" };
  countsHeader[1] = { v: null, style: "header" };
  STATUS_COLUMN_ORDER.forEach(
    (status, i) => (countsHeader[2 + i] = { v: STATUS_NAMES[lang][status], style: "header" })
  );
  countsHeader[8] = { v: t.total, style: "header" };
  line(countsHeader, { col: 0, cols: 2 });
  const countsRow = (label: string, counts: Record<Status, number>, total: boolean): void => {
    const row = blank();
    row[0] = { v: label, style: total ? "total" : "text" };
    row[1] = { v: null, style: total ? "total" : "text" };
    let all = 0;
    STATUS_COLUMN_ORDER.forEach((status, i) => {
      row[2 + i] = { v: counts[status], style: total ? "countTotal" : "count" };
      all += counts[status];
    });
    row[8] = { v: all, style: "countTotal" };
    line(row, { col: 0, cols: 2 });
  };
  for (const s of report.summary.sections) {
    const title = own(s.title);
    const label = s.number === "" ? t.noSection : title ? `${s.number}. ${title}` : s.number;
    countsRow(label, s.byStatus, false);
  }
  countsRow(t.total, report.summary.byStatus, true);
  line(blank());
  single(
    t.completion(report.summary.completionPercent, report.summary.completionIndicators),
    "signature",
    0,
    WIDTH
  );
  line(blank());

  const headerRow = line(t.headers.map((h) => ({ v: h, style: "header" as const })));
  const sectionTitles = new Map(report.sections.map((s) => [s.number, s.title]));
  let current: string | null | undefined = undefined;
  // rows a printed page must not start with (the first item under its section), or had better not (an
  // indicator under its item)
  const noBreakBefore = new Set<number>();
  const avoidBreakBefore = new Set<number>();
  for (let rIndex = 0; rIndex < report.rows.length; rIndex++) {
    const r = report.rows[rIndex];
    if (r.section !== current) {
      current = r.section;
      if (r.section !== null) {
        const row = blank();
        const title = own(sectionTitles.get(r.section) ?? "");
        row[0] = { v: title ? `${r.section}. ${title}` : `${r.section}.`, style: "section" };
        for (let c = 1; c < WIDTH; c++) row[c] = { v: null, style: "section" };
        noBreakBefore.add(line(row, { col: 0, cols: WIDTH }) + 1);
      }
    }
    const first = r.indicator === 0;
    if (!first) avoidBreakBefore.add(rows.length);
    const note = options.errorRows?.has(rIndex)
      ? [t.sourceError, own(r.note)].filter(Boolean).join("\n")
      : own(r.note);
    line([
      first ? { v: r.number, style: "textCenter" } : BLANK_TEXT_CENTER,
      first ? { v: own(r.name), style: "text" } : BLANK_TEXT,
      { v: own(r.unit), style: "textCenter" },
      num(r.plan),
      num(r.periodTarget),
      num(r.quarterFact),
      num(r.factToDate),
      pct(r.periodPercent),
      pct(r.annualPercent),
      statusCell(r.status, r.withinTolerance, lang),
      text(own(r.responsible)),
      text(note),
    ]);
  }

  // the end: who signs, when, and where the stamp goes
  const endFrom = line(blank());
  line(blank());
  const signature = line(blank());
  rows[signature][0] = { v: t.position(own(report.district), report.districtKind), style: "signature" };
  merges.push({ row: signature, col: 0, rows: 1, cols: 6 });
  rows[signature][7] = { v: `________________ ${own(settings.director)}`.trimEnd(), style: "signature" };
  merges.push({ row: signature, col: 7, rows: 1, cols: 5 });
  line(blank());
  const dated = line(blank());
  rows[dated][0] = { v: t.dateLine(report.year), style: "plain" };
  merges.push({ row: dated, col: 0, rows: 1, cols: 6 });
  rows[dated][7] = { v: t.stamp, style: "signature" };

  const frame = {
    widths: reportColumnWidths(lang),
    // no frozen rows: the heading is far down the sheet, below the counts; print titles repeat it on paper
    freeze: null,
    titleRows: { from: headerRow, to: headerRow },
    breaksBefore: [headerRow],
  };
  const spec: SheetSpec = {
    name: reportSheetName(report.year, report.quarter),
    rows,
    merges,
    ...sheetFrame({ ...frame, fit: "width" }),
    validations: [],
    tabColor: "#4472C4",
  };
  const keep = breakToKeepEndOfReport(spec, { from: endFrom, to: dated }, noBreakBefore, avoidBreakBefore);
  if (keep !== null) spec.print!.breaksBefore = [headerRow, keep];
  return spec;
}

/**
 * The break that keeps the signature block on paper with the item table's last rows (a signature alone under
 * the repeated column headings is no proper end), estimated from the row heights the writers set.
 */
function breakToKeepEndOfReport(
  spec: SheetSpec,
  end: { from: number; to: number },
  noBreakBefore: Set<number>,
  avoidBreakBefore: ReadonlySet<number>
): number | null {
  const print = spec.print!;
  const set = estimateRowHeights(spec);
  const heights = spec.rows.map((_, r) => set.get(r) ?? DEFAULT_ROW_POINTS);
  for (const m of spec.merges) for (let r = m.row + 1; r < m.row + m.rows; r++) noBreakBefore.add(r);
  return breakToKeepEnd(
    {
      heights,
      room: printableHeightPoints(print) / printScale(spec),
      titleRows: print.titleRows,
      breaksBefore: print.breaksBefore ?? [],
    },
    { end, noBreakBefore, avoidBreakBefore }
  );
}
