/**
 * The structured plan sheet ("Ish reja", docs/domain.md §7): the approvers and title as in the original, the 2-row header
 * of the plan columns in the original order, then the tracking columns; one row per section, item and extra
 * indicator. Reading it back with readPlan gives the same plan.
 */
import { toA1, type Grid } from "../grid";
import type {
  Fact,
  Indicator,
  Item,
  Lang,
  Plan,
  PlanSettings,
  Quantity,
  Section,
  Vocabulary,
} from "../model";
import { PLAN_SHEET_TEXTS } from "../messages/plan-sheet-texts";
import { STATUS_NAMES } from "../messages/status";
import { TRACKING_HEADER_TEXTS } from "../messages/tracking-headers";
import { SHEET_NAMES } from "./names";
import { sheetFrame } from "./print";
import { settingsSheet } from "./settings-sheet";
import {
  type Area,
  type CellSpec,
  type CustomValidation,
  type ListValidation,
  type SheetSpec,
  type StyleName,
  STYLES,
} from "./sheet";
import { widthForWords } from "./text-size";
import { VOCAB_SOURCES, vocabularySheet } from "./vocabulary-sheet";

/** Zero-based columns of the structured plan sheet. */
export const PLAN_COL = {
  number: 0,
  name: 1,
  unit: 2,
  previousFact: 3,
  plan: 4,
  mechanism: 5,
  deadline: 6,
  responsible: 7,
  facts: [8, 9, 10, 11] as const,
  totalFact: 12,
  percent: 13,
  statuses: [14, 15, 16, 17] as const,
  note: 18,
} as const;

export const PLAN_COLUMN_COUNT = 19;

/** The tracking headers of docs/domain.md §7, exactly (columns 8..18), in Uzbek (other languages: the catalogue). */
export const TRACKING_HEADERS = TRACKING_HEADER_TEXTS.uz;

/**
 * Column widths for print at PLAN_PRINT_SCALE on A4 landscape: the plan columns (0..7) on the first page
 * across, the tracking columns (8..18) on the second, with № and the name repeated at its left. Each set is
 * some 6 % narrower than the page: LibreOffice measures a character a little wider than Excel does.
 */
const WIDTHS = [6, 42, 12, 10, 10, 50, 16, 36, 10, 10, 10, 10, 10, 11, 12, 12, 12, 12, 26];

/** The narrowest the note column gets when the tracking columns' words need room. */
const MIN_NOTE_WIDTH = 16;

/** 75 %: the 11 pt text prints at 8.25 pt (docs/domain.md §7: legible on paper). */
export const PLAN_PRINT_SCALE = 75;

/** The longest status text a fill writes: the rows keep room for it (it wraps onto two lines). */
function longestStatus(lang: Lang): string {
  return Object.values(STATUS_NAMES[lang]).reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * The column widths in the workbook's language: WIDTHS, widened where a word of a header (or of a status name
 * a fill writes) would not fit on a line, so that text wraps between words only ("Бажарилмади" needs more
 * room than "Bajarilmadi").
 */
export function planColumnWidths(lang: Lang): number[] {
  const words = PLAN_SHEET_TEXTS[lang];
  const headers: string[][] = [
    [words.number],
    [words.name],
    [words.unit],
    [words.previousFact(2000)],
    [words.plan(2000)],
    [words.mechanism],
    [words.deadline],
    [words.responsible],
    ...TRACKING_HEADER_TEXTS[lang].map((h) => [h]),
  ];
  const statuses = Object.values(STATUS_NAMES[lang]);
  const widths = WIDTHS.map((base, col) => {
    const style = col >= PLAN_COL.facts[0] ? STYLES.trackingHeader : STYLES.header;
    let width = Math.max(base, widthForWords(headers[col], style));
    if ((PLAN_COL.statuses as readonly number[]).includes(col))
      width = Math.max(width, widthForWords(statuses, STYLES["status.done"]));
    return width;
  });
  // the tracking columns print on one page: what words took, the note column (free text, it wraps) gives back
  let widened = 0;
  for (let col = PLAN_COL.facts[0]; col < PLAN_COL.note; col++) widened += widths[col] - WIDTHS[col];
  widths[PLAN_COL.note] = Math.max(MIN_NOTE_WIDTH, widths[PLAN_COL.note] - widened);
  return widths;
}

/** Rows below the last plan row that still get the dropdowns, for rows users add. */
const SPARE_VALIDATION_ROWS = 200;

/** The done marks a fact cell's validation accepts (docs/domain.md §7); Excel compares text case-insensitively. */
export const FACT_DONE_MARKS = ["✓", "✔", "+", "ha", "bajarildi", "x"] as const;

/**
 * The validation formula of a fact cell at `a1` (relative, no "="): blank, a number ≥ 0 or a done mark.
 * Excel's AND evaluates every argument, but text >= 0 is just TRUE there, not an error.
 */
export function factValidationFormula(a1: string): string {
  const marks = FACT_DONE_MARKS.map((m) => `${a1}="${m}"`).join(",");
  return `OR(ISBLANK(${a1}),AND(ISNUMBER(${a1}),${a1}>=0),${marks})`;
}

type Row = (CellSpec | null)[];

function blankRow(): Row {
  return new Array<CellSpec | null>(PLAN_COLUMN_COUNT).fill(null);
}

function personName(name: string | undefined | null): string {
  return (name ?? "")
    .replace(/^[\s_.\-–—]+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

function stripMarkdown(s: string): string {
  return s.replace(/\*\*/g, "").trim();
}

export interface PlanSheetLayout {
  headerRow: number;
  headerLastRow: number;
  firstDataRow: number;
  /** one past the last section/item row */
  endRow: number;
}

/** The approvers' blocks and the title, above the header; returns the rows and their merges. */
function titleRows(plan: Plan, settings: PlanSettings): { rows: Row[]; merges: Area[] } {
  const year = settings.year ?? plan.year;
  const words = PLAN_SHEET_TEXTS[settings.lang ?? "uz"];
  const rows: Row[] = [];
  const merges: Area[] = [];
  const line = (text: string, style: StyleName, col: number, cols: number): void => {
    const row = blankRow();
    row[col] = { v: text, style };
    merges.push({ row: rows.length, col, rows: 1, cols });
    rows.push(row);
  };
  // KELISHILDI top left, TASDIQLAYMAN below it on the right: one block after the other, as in the original.
  // The plan's own positions, names and centre are written as they are; Reja's words in the workbook's language.
  const agreedPosition = plan.agreedBy?.position ?? words.agreedPosition(settings.region);
  const agreedName = personName(plan.agreedBy?.name) || settings.approver;
  line(words.agreed, "signature", 0, 5);
  line(agreedPosition, "approver", 0, 5);
  line(`_____ ${agreedName}`.trim(), "approver", 0, 5);
  const kind = settings.districtKind || plan.districtKind || "tuman";
  const district = settings.district || plan.district || "_____";
  // The original leaves the district blank in the position ("_____ tuman … direktori"); the reader drops the
  // blank, so it is put back where the position starts with the kind of centre.
  let approvedPosition = plan.approvedBy?.position ?? words.approvedPosition(district, kind);
  if (/^(tuman|shahar)\b/i.test(approvedPosition)) approvedPosition = `_____ ${approvedPosition}`;
  const approvedName = personName(plan.approvedBy?.name) || settings.director;
  line(words.approved, "signature", 5, 3);
  line(approvedPosition, "approver", 5, 3);
  line(`_____ ${approvedName}`.trim(), "approver", 5, 3);
  line(words.dateLine(year), "approver", 5, 3);
  rows.push(blankRow());
  const centre = plan.centre ? stripMarkdown(plan.centre) : words.centre(district, kind);
  // centred over the plan columns, the first printed page across (the tracking columns print on the next)
  const titleCols = PLAN_COL.responsible + 1;
  line(centre, "title", 0, titleCols);
  line(words.title(year), "title", 0, titleCols);
  return { rows, merges };
}

function headerRows(plan: Plan, settings: PlanSettings, at: number): { rows: Row[]; merges: Area[] } {
  const year = settings.year ?? plan.year;
  const lang = settings.lang ?? "uz";
  const words = PLAN_SHEET_TEXTS[lang];
  const top = blankRow();
  const bottom = blankRow();
  const merges: Area[] = [];
  const both = (col: number, text: string, style: StyleName): void => {
    top[col] = { v: text, style };
    bottom[col] = { v: null, style };
    merges.push({ row: at, col, rows: 2, cols: 1 });
  };
  both(PLAN_COL.number, words.number, "header");
  both(PLAN_COL.name, words.name, "header");
  both(PLAN_COL.unit, words.unit, "header");
  top[PLAN_COL.previousFact] = { v: words.quantity, style: "header" };
  top[PLAN_COL.plan] = { v: null, style: "header" };
  merges.push({ row: at, col: PLAN_COL.previousFact, rows: 1, cols: 2 });
  bottom[PLAN_COL.previousFact] = { v: words.previousFact(year), style: "header" };
  bottom[PLAN_COL.plan] = { v: words.plan(year), style: "header" };
  both(PLAN_COL.mechanism, words.mechanism, "header");
  both(PLAN_COL.deadline, words.deadline, "header");
  both(PLAN_COL.responsible, words.responsible, "header");
  TRACKING_HEADER_TEXTS[lang].forEach((h, i) => both(PLAN_COL.facts[0] + i, h, "trackingHeader"));
  return { rows: [top, bottom], merges };
}

function quantityCell(q: Quantity): CellSpec {
  if (q.value !== null && q.error === null) return { v: q.value, style: "number" };
  if (q.text !== "") return { v: q.text, style: "number" };
  return { v: null, style: "number" };
}

function factCell(f: Fact | null): CellSpec {
  if (f === null) return { v: null, style: "fact" };
  if (f.kind === "number") return { v: f.value, style: "fact" };
  return { v: f.text, style: "fact" };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function indicatorRow(item: Item, ind: Indicator, k: number): Row {
  const row = blankRow();
  const first = k === 0;
  row[PLAN_COL.number] = { v: first ? item.numberText || item.number : null, style: "textCenter" };
  row[PLAN_COL.name] = { v: first ? item.name : null, style: "text" };
  const unit = ind.unitInherited ? "" : ind.unitText || ind.unit;
  row[PLAN_COL.unit] = { v: unit, style: "textCenter" };
  row[PLAN_COL.previousFact] = quantityCell(ind.previousFact);
  row[PLAN_COL.plan] = quantityCell(ind.plan);
  const mechanism = first ? ind.mechanism || item.mechanism : ind.mechanism;
  row[PLAN_COL.mechanism] = { v: mechanism, style: "text" };
  row[PLAN_COL.deadline] = {
    v: first && !item.deadlineInherited ? item.deadlineText : "",
    style: "textCenter",
  };
  let responsible = "";
  if (first) responsible = item.responsibleInherited ? "" : item.responsibleText;
  else if (ind.responsible.length > 0 && !sameList(ind.responsible, item.responsible))
    responsible = ind.responsible.join("\n");
  row[PLAN_COL.responsible] = { v: responsible, style: "text" };
  for (let q = 0; q < 4; q++) row[PLAN_COL.facts[q]] = factCell(ind.facts[q]);
  row[PLAN_COL.totalFact] = { v: null, style: "number" };
  row[PLAN_COL.percent] = { v: null, style: "percent" };
  for (let q = 0; q < 4; q++) row[PLAN_COL.statuses[q]] = { v: null, style: "status.not_scheduled" };
  row[PLAN_COL.note] = { v: ind.note, style: "text" };
  return row;
}

function emptyIndicator(item: Item): Indicator {
  const none: Quantity = { text: "", value: null, error: null };
  return {
    unit: "",
    unitText: "",
    unitInherited: false,
    unitKnown: false,
    previousFact: none,
    plan: none,
    mechanism: item.mechanism,
    responsible: [],
    row: item.row,
    facts: [null, null, null, null],
    note: "",
  };
}

function sectionRow(section: Section): Row {
  const row = blankRow();
  row[0] = {
    v: section.title ? `${section.number}. ${section.title}` : `${section.number}.`,
    style: "section",
  };
  for (let c = 1; c < PLAN_COLUMN_COUNT; c++) row[c] = { v: null, style: "section" };
  return row;
}

/** Sections and items in the order of the source rows. */
function bodyEntries(plan: Plan): ({ section: Section } | { item: Item })[] {
  const out: ({ section: Section } | { item: Item })[] = [];
  let s = 0;
  for (const item of plan.items) {
    while (s < plan.sections.length && plan.sections[s].row < item.row)
      out.push({ section: plan.sections[s++] });
    out.push({ item });
  }
  while (s < plan.sections.length) out.push({ section: plan.sections[s++] });
  return out;
}

/**
 * The structured plan sheet. `grid` is the source the plan was read from; every text the plan keeps comes from
 * the plan model (the reader already joined continuation rows), so the grid is only a reference for callers.
 */
export function planSheet(plan: Plan, _grid: Grid, settings: PlanSettings): SheetSpec {
  return planSheetWithLayout(plan, settings).sheet;
}

export function planSheetWithLayout(
  plan: Plan,
  settings: PlanSettings
): { sheet: SheetSpec; layout: PlanSheetLayout } {
  const lang = settings.lang ?? "uz";
  const title = titleRows(plan, settings);
  const headerRow = title.rows.length;
  const header = headerRows(plan, settings, headerRow);
  const rows: Row[] = [...title.rows, ...header.rows];
  const merges: Area[] = [...title.merges, ...header.merges];
  const firstDataRow = rows.length;
  for (const entry of bodyEntries(plan)) {
    if ("section" in entry) {
      // merged over each printed page's columns apart: one merge across the page break drew its fill past the
      // first page's table (LibreOffice)
      merges.push({ row: rows.length, col: 0, rows: 1, cols: PLAN_COL.facts[0] });
      merges.push({
        row: rows.length,
        col: PLAN_COL.facts[0],
        rows: 1,
        cols: PLAN_COLUMN_COUNT - PLAN_COL.facts[0],
      });
      rows.push(sectionRow(entry.section));
    } else {
      const it = entry.item;
      // the model promises one indicator at least; an item without any still gets its row, so nothing is lost
      const inds = it.indicators.length > 0 ? it.indicators : [emptyIndicator(it)];
      inds.forEach((ind, k) => rows.push(indicatorRow(it, ind, k)));
    }
  }
  const endRow = rows.length;
  const validationRows = Math.max(endRow - firstDataRow, 0) + SPARE_VALIDATION_ROWS;
  const list = (col: number, source: string): ListValidation => ({
    row: firstDataRow,
    col,
    rows: validationRows,
    cols: 1,
    source,
    allowBlank: true,
    strict: false,
  });
  // a warning only: a person may still type something else, `reja check` judges it
  const facts: CustomValidation = {
    kind: "custom",
    row: firstDataRow,
    col: PLAN_COL.facts[0],
    rows: validationRows,
    cols: PLAN_COL.facts.length,
    formula: factValidationFormula(toA1(firstDataRow, PLAN_COL.facts[0])),
    message: PLAN_SHEET_TEXTS[lang].factValidation(FACT_DONE_MARKS.join(", ")),
    allowBlank: true,
    strict: false,
  };
  const sheet: SheetSpec = {
    name: SHEET_NAMES.plan,
    rows,
    ...sheetFrame({
      widths: planColumnWidths(lang),
      freeze: { rows: headerRow + 2, cols: 2 },
      titleRows: { from: headerRow, to: headerRow + 1 },
      fit: {
        scale: PLAN_PRINT_SCALE,
        titleCols: { from: PLAN_COL.number, to: PLAN_COL.name },
        colBreaksBefore: [PLAN_COL.facts[0]],
      },
    }),
    merges,
    laterText: Object.fromEntries(PLAN_COL.statuses.map((c) => [c, longestStatus(lang)])),
    validations: [
      list(PLAN_COL.unit, VOCAB_SOURCES.unit),
      list(PLAN_COL.deadline, VOCAB_SOURCES.deadline),
      list(PLAN_COL.responsible, VOCAB_SOURCES.responsible),
      facts,
    ],
  };
  return { sheet, layout: { headerRow, headerLastRow: headerRow + 1, firstDataRow, endRow } };
}

/** The structured workbook: [plan sheet, vocabulary sheet, settings sheet]. */
export function structuredWorkbook(
  plan: Plan,
  grid: Grid,
  settings: PlanSettings,
  vocab: Vocabulary
): SheetSpec[] {
  return [planSheet(plan, grid, settings), vocabularySheet(vocab, settings.lang), settingsSheet(settings)];
}
