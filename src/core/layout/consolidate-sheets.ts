/**
 * The regional workbook's sheets (docs/domain.md §9), in this order: the district scorecard (one printed page,
 * landscape, for 15 districts), the items every district has with region totals and the districts behind,
 * the items only some districts have, the problems (errors first), and the editable mapping "Moslashtirish"
 * that the next run reads back (readMappingSheet).
 */
import type { Consolidation, MappingCorrection, ScorecardRow } from "../consolidate";
import type { ItemRef } from "../consolidate/match";
import { CONSOLIDATION_TEXTS, type ConsolidationTexts } from "../consolidate/messages";
import { problemText } from "../consolidate/problems";
import { cellText, type Grid } from "../grid";
import { DEFAULT_LANG } from "../languages";
import type { Lang } from "../model";
import {
  consolidationSheetName,
  MAPPING_SHEET,
  partialItemsSheetName,
  problemsSheetName,
  scorecardSheetName,
  uniqueSheetName,
} from "./names";
import { REPORT_TEXTS } from "./report-texts";
import type { CellSpec, SheetSpec, StyleName } from "./sheet";
import { sheetFrame } from "./print";

type Row = (CellSpec | null)[];

export interface RegionSheets {
  scorecard: SheetSpec;
  items: SheetSpec;
  partial: SheetSpec;
  problems: SheetSpec;
  mapping: SheetSpec;
}

/** The sheets in workbook order, with legal, distinct names. */
export function regionSheets(
  c: Consolidation,
  lang: Lang = DEFAULT_LANG,
  taken: Set<string> = new Set()
): SheetSpec[] {
  const s = regionSheetSet(c, lang, taken);
  return [s.scorecard, s.items, s.partial, s.problems, s.mapping];
}

export function regionSheetSet(
  c: Consolidation,
  lang: Lang = DEFAULT_LANG,
  taken: Set<string> = new Set()
): RegionSheets {
  const t = CONSOLIDATION_TEXTS[lang] ?? CONSOLIDATION_TEXTS[DEFAULT_LANG];
  const year = c.year === null ? "_____" : String(c.year);
  // the period in the sheets' language ("yarim yillik", "первое полугодие"), as the district reports say it
  const inLang = { ...c, period: (REPORT_TEXTS[lang] ?? REPORT_TEXTS[DEFAULT_LANG]).period[c.quarter] };
  return {
    scorecard: scorecardSheet(inLang, t, year, uniqueSheetName(scorecardSheetName(c.year, c.quarter), taken)),
    items: itemsSheet(inLang, t, year, uniqueSheetName(consolidationSheetName(c.year, c.quarter), taken)),
    partial: partialSheet(inLang, t, year, uniqueSheetName(partialItemsSheetName(c.year, c.quarter), taken)),
    problems: problemsSheet(
      inLang,
      t,
      year,
      lang,
      uniqueSheetName(problemsSheetName(c.year, c.quarter), taken)
    ),
    mapping: mappingSheet(inLang, t, uniqueSheetName(MAPPING_SHEET, taken)),
  };
}

/** Kept for callers of the earlier API: the regional sheets in uz. */
export function consolidationSheets(c: Consolidation, taken: Set<string> = new Set()): SheetSpec[] {
  return regionSheets(c, DEFAULT_LANG, taken);
}

/**
 * An item every district has, or most of them (more than half, and at least two), goes to the matched items sheet, with the
 * count of districts that have it; the others to the sheet of items only some districts have.
 */
export function isCommonRow(presentIn: number, districts: number): boolean {
  return presentIn === districts || (presentIn >= 2 && presentIn * 2 > districts);
}

function completionStyle(p: number | null): StyleName {
  if (p === null) return "percent";
  return p >= 90 ? "percent.good" : p >= 60 ? "percent.mid" : "percent.low";
}

const header = (texts: readonly string[]): Row => texts.map((v) => ({ v, style: "header" as const }));
const titleRow = (v: string, width: number): Row => [
  { v, style: "title" },
  ...new Array<null>(width - 1).fill(null),
];

/** Where the completion column of the scorecard is (for the chart). */
export const SCORECARD_COMPLETION_COL = 2;
/** The scorecard's first data row (zero-based). */
export const SCORECARD_FIRST_ROW = 3;

function scorecardSheet(c: Consolidation, t: ConsolidationTexts, year: string, name: string): SheetSpec {
  const width = t.scorecardHeaders.length;
  const rows: Row[] = [
    titleRow(c.region || t.scorecardTitle(year, c.period), width),
    [
      { v: c.region ? t.scorecardTitle(year, c.period) : null, style: "subtitle" },
      ...new Array<null>(width - 1).fill(null),
    ],
    header(t.scorecardHeaders),
  ];
  c.scorecard.forEach((r: ScorecardRow, i) => {
    const n = (v: number): CellSpec => ({ v: r.ok ? v : null, style: "count" });
    rows.push([
      { v: i + 1, style: "count" },
      { v: r.district, style: r.ok ? "text" : "total" },
      r.ok
        ? { v: r.completion, style: completionStyle(r.completion) }
        : { v: t.unusable, style: "status.not_done" },
      n(r.items),
      n(r.indicators),
      n(r.byStatus.done),
      n(r.byStatus.partial),
      n(r.byStatus.not_done),
      n(r.byStatus.in_progress),
      n(r.byStatus.not_due),
      n(r.byStatus.not_scheduled),
      n(r.errors),
      n(r.factsMissing),
      n(r.notesMissing),
      { v: r.file, style: "text" },
      { v: r.date, style: "textCenter" },
    ]);
  });
  return {
    name,
    rows,
    ...sheetFrame({
      widths: [4, 22, 12, 8, 13, 11, 9, 13, 11, 11, 11, 8, 9, 9, 26, 11],
      freeze: { rows: 3, cols: 2 },
      titleRows: { from: 2, to: 2 },
      fit: "page",
    }),
    merges: [
      { row: 0, col: 0, rows: 1, cols: width },
      { row: 1, col: 0, rows: 1, cols: width },
    ],
    validations: [],
    tabColor: "#2F5597",
  };
}

function itemsSheet(c: Consolidation, t: ConsolidationTexts, year: string, name: string): SheetSpec {
  const width = t.itemsHeaders.length;
  const rows: Row[] = [titleRow(t.itemsTitle(year, c.period), width), [], header(t.itemsHeaders)];
  const merges = [{ row: 0, col: 0, rows: 1, cols: width }];
  const titles = new Map(c.sections.map((s) => [s.number, s.title]));
  let section: string | null | undefined = undefined;
  for (const r of c.rows) {
    if (!isCommonRow(r.presentIn.length, c.columns.length)) continue;
    if (r.section !== section && r.section !== null) {
      const title = titles.get(r.section) ?? "";
      merges.push({ row: rows.length, col: 0, rows: 1, cols: width });
      rows.push([
        { v: title ? `${r.section}. ${title}` : `${r.section}.`, style: "section" },
        ...new Array<CellSpec>(width - 1).fill({ v: null, style: "section" }),
      ]);
    }
    section = r.section;
    const first = r.indicator === 0;
    rows.push([
      { v: first ? r.group : null, style: "textCenter" },
      { v: first ? r.number : null, style: "textCenter" },
      { v: first ? r.name : null, style: "text" },
      { v: r.unit, style: "textCenter" },
      { v: r.partial ? `${r.presentIn.length}/${c.columns.length}` : r.presentIn.length, style: "count" },
      { v: r.total?.plan ?? null, style: "number" },
      { v: r.total?.periodTarget ?? null, style: "number" },
      { v: r.total?.factToDate ?? null, style: "number" },
      { v: r.total?.periodPercent ?? null, style: completionStyle(r.total?.periodPercent ?? null) },
      { v: r.behind.join(", "), style: "text" },
    ]);
  }
  return {
    name,
    rows,
    ...sheetFrame({
      widths: [7, 6, 48, 14, 9, 11, 11, 11, 10, 40],
      freeze: { rows: 3, cols: 3 },
      titleRows: { from: 2, to: 2 },
      fit: "width",
    }),
    merges,
    validations: [],
    tabColor: "#4472C4",
  };
}

function partialSheet(c: Consolidation, t: ConsolidationTexts, year: string, name: string): SheetSpec {
  const width = t.partialHeaders.length;
  const rows: Row[] = [titleRow(t.partialTitle(year, c.period), width), [], header(t.partialHeaders)];
  for (const r of c.rows) {
    if (isCommonRow(r.presentIn.length, c.columns.length)) continue;
    const first = r.indicator === 0;
    rows.push([
      { v: first ? r.group : null, style: "textCenter" },
      { v: first ? r.number : null, style: "textCenter" },
      { v: first ? r.name : null, style: "text" },
      { v: r.unit, style: "textCenter" },
      { v: r.presentIn.length, style: "count" },
      { v: r.presentIn.join(", "), style: "text" },
      { v: r.total?.factToDate ?? null, style: "number" },
      { v: r.total?.periodPercent ?? null, style: completionStyle(r.total?.periodPercent ?? null) },
    ]);
  }
  return {
    name,
    rows,
    ...sheetFrame({
      widths: [7, 6, 48, 14, 9, 40, 11, 10],
      freeze: { rows: 3, cols: 3 },
      titleRows: { from: 2, to: 2 },
      fit: "width",
    }),
    merges: [{ row: 0, col: 0, rows: 1, cols: width }],
    validations: [],
    tabColor: "#8EA9DB",
  };
}

function problemsSheet(
  c: Consolidation,
  t: ConsolidationTexts,
  year: string,
  lang: Lang,
  name: string
): SheetSpec {
  const width = t.problemsHeaders.length;
  const rows: Row[] = [titleRow(t.problemsTitle(year, c.period), width), [], header(t.problemsHeaders)];
  for (const p of c.problems) {
    rows.push([
      { v: t.severity[p.severity], style: p.severity === "error" ? "status.not_done" : "status.partial" },
      { v: p.district, style: "text" },
      { v: p.code, style: "textCenter" },
      { v: p.item ?? "", style: "textCenter" },
      { v: p.cell, style: "textCenter" },
      { v: problemText(p, lang), style: "text" },
    ]);
  }
  if (c.problems.length === 0) rows.push([null, null, null, null, null, { v: t.noProblems, style: "text" }]);
  return {
    name,
    rows,
    ...sheetFrame({
      widths: [14, 20, 22, 7, 7, 80],
      freeze: { rows: 3, cols: 2 },
      titleRows: { from: 2, to: 2 },
      fit: "width",
    }),
    merges: [{ row: 0, col: 0, rows: 1, cols: width }],
    validations: [],
    tabColor: "#C00000",
  };
}

/** Zero-based row of the mapping sheet's header; data below it. */
const MAPPING_HEADER_ROW = 2;

function mappingSheet(c: Consolidation, t: ConsolidationTexts, name: string): SheetSpec {
  const width = t.mappingHeaders.length;
  const rows: Row[] = [
    titleRow(t.mappingTitle, width),
    [{ v: t.mappingHelp, style: "subtitle" }, ...new Array<null>(width - 1).fill(null)],
    header(t.mappingHeaders),
  ];
  for (const m of c.mapping) {
    const flagged = m.kind === "weak" || m.kind === "ambiguous";
    rows.push([
      { v: m.group, style: "textCenter" },
      { v: m.district, style: "text" },
      { v: m.number, style: "textCenter" },
      { v: m.name, style: "text" },
      { v: m.unit, style: "textCenter" },
      { v: m.score, style: "percent" },
      { v: t.matchKinds[m.kind], style: flagged ? "status.partial" : "textCenter" },
      { v: m.correction, style: "fact" },
    ]);
  }
  return {
    name,
    rows,
    ...sheetFrame({
      widths: [8, 20, 6, 60, 14, 7, 14, 12],
      freeze: { rows: MAPPING_HEADER_ROW + 1, cols: 1 },
      titleRows: { from: 2, to: 2 },
      fit: "width",
    }),
    merges: [
      { row: 0, col: 0, rows: 1, cols: width },
      { row: 1, col: 0, rows: 1, cols: width },
    ],
    validations: [],
    tabColor: "#548235",
  };
}

const GROUP_HEADERS = new Set(
  Object.values(CONSOLIDATION_TEXTS).map((t) => t.mappingHeaders[0].toLowerCase())
);

/**
 * The corrections written in a mapping sheet: every row with something in the correction column (H). A
 * group code there joins the row to that group — to the rows that show that code in column A and are not
 * corrected themselves; "-" keeps the row on its own.
 */
export function readMappingSheet(grid: Grid): MappingCorrection[] {
  let head = -1;
  for (let r = 0; r < Math.min(grid.length, 20) && head < 0; r++)
    if (GROUP_HEADERS.has(cellText(grid, r, 0).toLowerCase())) head = r;
  if (head < 0) return [];
  const rows: { ref: ItemRef; group: string; correction: string }[] = [];
  for (let r = head + 1; r < grid.length; r++) {
    const ref = { district: cellText(grid, r, 1), number: cellText(grid, r, 2), name: cellText(grid, r, 3) };
    if (!ref.district || !ref.name) continue;
    rows.push({ ref, group: cellText(grid, r, 0), correction: cellText(grid, r, 7) });
  }
  const corrections: MappingCorrection[] = [];
  for (const row of rows) {
    if (!row.correction) continue;
    const alone = /^[-–—]$/.test(row.correction);
    const code = alone ? "" : row.correction;
    corrections.push({
      item: row.ref,
      group: code,
      anchors: alone
        ? []
        : rows.filter((o) => !o.correction && o.group.toLowerCase() === code.toLowerCase()).map((o) => o.ref),
    });
  }
  return corrections;
}
