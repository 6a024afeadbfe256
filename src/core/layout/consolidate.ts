/**
 * Consolidation at the regional centre (docs/domain.md §9): several districts' plans (with facts) for one year and report
 * quarter → a row per item indicator with each district's plan, facts to date, % and status, a region total where
 * the indicator is summable, and the problems of each district.
 *
 * Matching: an item matches an earlier district's item with the same number (the national template numbers
 * them), else one with the same normalised name (matchKey); the k-th indicator of matched items share a row.
 * Summable: every district that has the row uses the same unit (by matchKey) and at least one has a planned
 * quantity; the total sums the districts with a planned quantity. The total's % is Σ period facts / Σ period
 * targets (the units are the same, so sums mean something here, unlike the report's overall completion).
 */
import { checkPlan } from "../checks";
import { romanQuarter, periodWords } from "../format";
import type { Plan, PlanSettings, Quarter, Status } from "../model";
import { percent, STATUS_LABELS } from "../status";
import { matchKey } from "../text";
import { consolidationSheetName, problemsSheetName, uniqueSheetName } from "./names";
import { buildReport, emptyCounts, type ReportRow, type StatusCounts } from "../report";
import { SUMMARY_STATUS_COLUMNS } from "./report";
import { defaultSettings } from "./settings-sheet";
import { hasTrackingColumns } from "../workbook";
import type { Area, CellSpec, SheetSpec } from "./sheet";
import { statusStyle } from "./tracking";

export interface DistrictInput {
  name: string;
  plan: Plan | null;
  /** why the file is unusable (when plan is null) */
  error: string | null;
  settings?: Partial<PlanSettings>;
}

export type ProblemKind = "unusable" | "other_year" | "no_tracking" | "missing_quarter" | "finding";

export interface ConsolidationProblem {
  kind: ProblemKind;
  /** finding code (docs/domain.md §6) when kind is "finding" */
  code: string | null;
  /** A1 cell in the district's plan sheet, or "" */
  cell: string;
  item: string | null;
  message: string;
}

export interface ConsolidationDistrict {
  name: string;
  /** a plan was read and is part of the table */
  ok: boolean;
  year: number | null;
  /** the problems as one line each */
  problems: string[];
  issues: ConsolidationProblem[];
  byStatus: StatusCounts;
}

export interface DistrictCell {
  unit: string;
  plan: number | null;
  periodTarget: number | null;
  periodFact: number;
  factToDate: number | null;
  periodPercent: number | null;
  annualPercent: number | null;
  status: Status;
  withinTolerance: boolean;
  quantitative: boolean;
}

export interface RegionTotal {
  unit: string;
  plan: number;
  periodTarget: number;
  periodFact: number;
  factToDate: number;
  periodPercent: number | null;
  annualPercent: number | null;
}

export interface ConsolidatedRow {
  number: string;
  name: string;
  unit: string;
  indicator: number;
  section: string | null;
  /** one per usable district, in the order of `Consolidation.columns`; null when the district has no such row */
  cells: (DistrictCell | null)[];
  /** names of the districts that have the row */
  presentIn: string[];
  /** the row is missing in some usable districts */
  partial: boolean;
  /** null when not summable */
  total: RegionTotal | null;
}

export interface Consolidation {
  /** the regional centre (the districts' "region" setting most of them share), or "" */
  region: string;
  year: number | null;
  quarter: Quarter;
  period: string;
  districts: ConsolidationDistrict[];
  /** names of the usable districts: the district columns of the table */
  columns: string[];
  sections: { number: string; title: string }[];
  rows: ConsolidatedRow[];
  totals: { byStatus: StatusCounts; districts: { name: string; byStatus: StatusCounts }[] };
}

interface Group {
  number: string;
  name: string;
  path: number[];
  section: string | null;
  order: number;
  rows: ConsolidatedRow[];
}

function numberPath(n: string): number[] {
  return /^\d+(\.\d+)*$/.test(n) ? n.split(".").map(Number) : [];
}

function comparePaths(a: Group, b: Group): number {
  if (a.path.length === 0 || b.path.length === 0) {
    if (a.path.length !== b.path.length) return a.path.length === 0 ? 1 : -1;
    return a.order - b.order;
  }
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++)
    if (a.path[i] !== b.path[i]) return a.path[i] - b.path[i];
  return a.path.length - b.path.length || a.order - b.order;
}

/** The value most inputs share (the first of equals), ignoring null and "". */
function mostCommon<T>(values: (T | null | undefined)[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values)
    if (v !== null && v !== undefined && v !== "") counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

function cellOf(r: ReportRow): DistrictCell {
  return {
    unit: r.unit,
    plan: r.plan,
    periodTarget: r.periodTarget,
    periodFact: r.periodFact,
    factToDate: r.factToDate,
    periodPercent: r.periodPercent,
    annualPercent: r.annualPercent,
    status: r.status,
    withinTolerance: r.withinTolerance,
    quantitative: r.quantitative,
  };
}

function regionTotal(cells: (DistrictCell | null)[]): RegionTotal | null {
  const present = cells.filter((c): c is DistrictCell => c !== null);
  if (present.length === 0) return null;
  const unitKey = matchKey(present[0].unit);
  if (!present.every((c) => matchKey(c.unit) === unitKey)) return null;
  const quantitative = present.filter((c) => c.quantitative);
  if (quantitative.length === 0) return null;
  const t: RegionTotal = {
    unit: present[0].unit,
    plan: 0,
    periodTarget: 0,
    periodFact: 0,
    factToDate: 0,
    periodPercent: null,
    annualPercent: null,
  };
  for (const c of quantitative) {
    t.plan += c.plan ?? 0;
    t.periodTarget += c.periodTarget ?? 0;
    t.periodFact += c.periodFact;
    t.factToDate += c.factToDate ?? 0;
  }
  t.periodTarget = Math.round(t.periodTarget * 100) / 100;
  t.periodPercent = t.periodTarget > 0 ? percent(t.periodFact, t.periodTarget) : null;
  t.annualPercent = t.plan > 0 ? percent(t.factToDate, t.plan) : null;
  return t;
}

function problemLine(p: ConsolidationProblem): string {
  const where = [p.cell, p.item ? `${p.item}-band` : ""].filter((x) => x).join(", ");
  return where ? `${where}: ${p.message}` : p.message;
}

export function consolidate(inputs: DistrictInput[], quarter: Quarter): Consolidation {
  const taken = new Set<string>();
  const names = inputs.map((inp) => {
    let name = inp.name.trim() || "Nomsiz";
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${inp.name.trim() || "Nomsiz"} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
  const yearOf = (inp: DistrictInput): number | null => inp.settings?.year ?? inp.plan?.year ?? null;
  const usable = inputs.filter((i) => i.plan);
  const year = mostCommon(usable.map(yearOf));
  const region = mostCommon(usable.map((i) => i.settings?.region ?? defaultSettings(i.plan).region)) ?? "";

  const districts: ConsolidationDistrict[] = [];
  const columns: string[] = [];
  const groups: Group[] = [];
  const byNumber = new Map<string, Group>();
  const byName = new Map<string, Group>();
  const sectionTitles = new Map<string, string>();
  const sectionOrder: string[] = [];

  inputs.forEach((inp, i) => {
    const name = names[i];
    const district: ConsolidationDistrict = {
      name,
      ok: false,
      year: yearOf(inp),
      problems: [],
      issues: [],
      byStatus: emptyCounts(),
    };
    districts.push(district);
    const add = (p: ConsolidationProblem): void => {
      district.issues.push(p);
      district.problems.push(problemLine(p));
    };
    const plan = inp.plan;
    if (!plan) {
      add({
        kind: "unusable",
        code: null,
        cell: "",
        item: null,
        message: inp.error || "Faylda ish rejasi topilmadi",
      });
      return;
    }
    district.ok = true;
    const col = columns.length;
    columns.push(name);
    const settings: PlanSettings = { ...defaultSettings(plan), ...inp.settings, quarter };
    if (district.year !== null && year !== null && district.year !== year)
      add({
        kind: "other_year",
        code: null,
        cell: "",
        item: null,
        message: `Reja yili ${district.year}, boshqa tumanlarniki ${year}`,
      });
    if (!hasTrackingColumns(plan)) {
      add({
        kind: "no_tracking",
        code: null,
        cell: "",
        item: null,
        message: "Chorak faktlari ustunlari yo'q: faktlar kiritilmagan",
      });
    } else {
      const anyFact = plan.items.some((it) => it.indicators.some((ind) => ind.facts[quarter - 1] !== null));
      if (!anyFact)
        add({
          kind: "missing_quarter",
          code: null,
          cell: "",
          item: null,
          message: `${romanQuarter(quarter)} chorak faktlari kiritilmagan`,
        });
    }
    for (const f of checkPlan(plan, { reportQuarter: quarter, tolerance: settings.tolerance })) {
      if (f.severity === "error" || f.code === "fact.missing")
        add({ kind: "finding", code: f.code, cell: f.cell, item: f.item, message: f.message });
    }
    for (const s of plan.sections) {
      if (!sectionTitles.has(s.number)) {
        sectionTitles.set(s.number, s.title);
        sectionOrder.push(s.number);
      }
    }

    const report = buildReport(plan, settings);
    district.byStatus = report.summary.byStatus;
    const usedHere = new Set<Group>();
    let group: Group | null = null;
    for (const r of report.rows) {
      if (r.indicator === 0) {
        const nameKey = matchKey(r.name);
        group = byNumber.get(r.number) ?? null;
        if (!group || usedHere.has(group)) group = byName.get(nameKey) ?? null;
        if (!group || usedHere.has(group)) {
          group = {
            number: r.number,
            name: r.name,
            path: numberPath(r.number),
            section: r.section,
            order: groups.length,
            rows: [],
          };
          groups.push(group);
          if (!byNumber.has(r.number)) byNumber.set(r.number, group);
        }
        if (nameKey && !byName.has(nameKey)) byName.set(nameKey, group);
        usedHere.add(group);
      }
      if (!group) continue;
      let row = group.rows[r.indicator];
      if (!row) {
        row = {
          number: group.number,
          name: group.name,
          unit: r.unit,
          indicator: r.indicator,
          section: group.section,
          cells: [],
          presentIn: [],
          partial: false,
          total: null,
        };
        group.rows[r.indicator] = row;
      }
      row.cells[col] = cellOf(r);
    }
  });

  groups.sort(comparePaths);
  const rows: ConsolidatedRow[] = [];
  for (const g of groups) {
    for (const row of g.rows) {
      if (!row) continue;
      const cells: (DistrictCell | null)[] = columns.map((_c, i) => row.cells[i] ?? null);
      row.cells = cells;
      row.presentIn = columns.filter((_c, i) => cells[i] !== null);
      row.partial = row.presentIn.length < columns.length;
      row.total = regionTotal(cells);
      rows.push(row);
    }
  }

  const total = emptyCounts();
  for (const d of districts) for (const s of Object.keys(total) as Status[]) total[s] += d.byStatus[s];
  return {
    region,
    year,
    quarter,
    period: periodWords(quarter),
    districts,
    columns,
    sections: sectionOrder.map((n) => ({ number: n, title: sectionTitles.get(n) ?? "" })),
    rows,
    totals: {
      byStatus: total,
      districts: districts.filter((d) => d.ok).map((d) => ({ name: d.name, byStatus: d.byStatus })),
    },
  };
}

// ---------------------------------------------------------------- sheets

type Row = (CellSpec | null)[];

const DISTRICT_SUBHEADERS = ["Reja", "Yil boshidan fakt", "Bajarilish %", "Holati"];
const TOTAL_SUBHEADERS = ["Reja", "Davr rejasi", "Yil boshidan fakt", "Bajarilish %"];

/** [summary sheet, problems sheet], with legal, distinct names. */
export function consolidationSheets(c: Consolidation, taken: Set<string> = new Set()): SheetSpec[] {
  const summaryName = uniqueSheetName(consolidationSheetName(c.year, c.quarter), taken);
  const problemsName = uniqueSheetName(problemsSheetName(c.year, c.quarter), taken);
  return [summarySheet(c, summaryName), problemsSheet(c, problemsName)];
}

function summarySheet(c: Consolidation, name: string): SheetSpec {
  const n = c.columns.length;
  const totalCol = 3 + 4 * n;
  const noteCol = totalCol + 4;
  const width = noteCol + 1;
  const rows: Row[] = [];
  const merges: Area[] = [];
  const blank = (): Row => new Array<CellSpec | null>(width).fill(null);
  const push = (row: Row, merge?: Omit<Area, "row">): number => {
    if (merge) merges.push({ row: rows.length, ...merge });
    rows.push(row);
    return rows.length - 1;
  };

  const title = blank();
  title[0] = {
    v:
      (c.region ? `${c.region}: ` : "") +
      `${c.year ?? "_____"}-yil ${c.period} ish rejalari ijrosi, tumanlar (shaharlar) kesimida yig'ma jadval`,
    style: "title",
  };
  push(title, { col: 0, rows: 1, cols: width });
  push(blank());

  const top = blank();
  const bottom = blank();
  const headerRow = rows.length;
  const both = (col: number, text: string): void => {
    top[col] = { v: text, style: "header" };
    bottom[col] = { v: null, style: "header" };
    merges.push({ row: headerRow, col, rows: 2, cols: 1 });
  };
  both(0, "№");
  both(1, "Nomi");
  both(2, "O'lchov birligi");
  const group = (col: number, text: string, subs: string[], style: "header" | "trackingHeader"): void => {
    top[col] = { v: text, style };
    for (let i = 1; i < subs.length; i++) top[col + i] = { v: null, style };
    merges.push({ row: headerRow, col, rows: 1, cols: subs.length });
    subs.forEach((s, i) => (bottom[col + i] = { v: s, style }));
  };
  c.columns.forEach((d, i) => group(3 + 4 * i, d, DISTRICT_SUBHEADERS, "header"));
  group(totalCol, "Viloyat jami", TOTAL_SUBHEADERS, "trackingHeader");
  both(noteCol, "Izoh");
  push(top);
  push(bottom);

  const titles = new Map(c.sections.map((s) => [s.number, s.title]));
  let current: string | null | undefined = undefined;
  for (const r of c.rows) {
    if (r.section !== current) {
      current = r.section;
      if (r.section !== null) {
        const row = blank();
        const t = titles.get(r.section) ?? "";
        row[0] = { v: t ? `${r.section}. ${t}` : `${r.section}.`, style: "section" };
        for (let i = 1; i < width; i++) row[i] = { v: null, style: "section" };
        push(row, { col: 0, rows: 1, cols: width });
      }
    }
    const row = blank();
    const first = r.indicator === 0;
    row[0] = { v: first ? r.number : null, style: "textCenter" };
    row[1] = { v: first ? r.name : null, style: "text" };
    row[2] = { v: r.unit, style: "textCenter" };
    r.cells.forEach((cell, i) => {
      const col = 3 + 4 * i;
      if (!cell) {
        row[col] = { v: null, style: "number" };
        row[col + 1] = { v: null, style: "number" };
        row[col + 2] = { v: null, style: "percent" };
        row[col + 3] = { v: "Rejada yo'q", style: "status.not_scheduled" };
        return;
      }
      row[col] = { v: cell.plan, style: "number" };
      row[col + 1] = { v: cell.factToDate, style: "number" };
      row[col + 2] = { v: cell.periodPercent, style: "percent" };
      row[col + 3] = { v: STATUS_LABELS[cell.status], style: statusStyle(cell.status, cell.withinTolerance) };
    });
    const t = r.total;
    row[totalCol] = { v: t ? t.plan : null, style: "number" };
    row[totalCol + 1] = { v: t ? t.periodTarget : null, style: "number" };
    row[totalCol + 2] = { v: t ? t.factToDate : null, style: "number" };
    row[totalCol + 3] = { v: t ? t.periodPercent : null, style: "percent" };
    row[noteCol] = { v: r.partial ? `Faqat: ${r.presentIn.join(", ")}` : "", style: "text" };
    push(row);
  }

  // counts by status per district and for the region
  push(blank());
  const countsTitle = blank();
  countsTitle[1] = { v: "Holatlar bo'yicha ko'rsatkichlar soni", style: "subtitle" };
  push(countsTitle);
  const ch = blank();
  ch[1] = { v: "Tuman (shahar)", style: "header" };
  SUMMARY_STATUS_COLUMNS.forEach((s, i) => (ch[2 + i] = { v: s.label, style: "header" }));
  ch[8] = { v: "Jami", style: "header" };
  push(ch);
  const countsRow = (label: string, counts: StatusCounts, total: boolean): void => {
    const row = blank();
    row[1] = { v: label, style: total ? "total" : "text" };
    let all = 0;
    SUMMARY_STATUS_COLUMNS.forEach((s, i) => {
      row[2 + i] = { v: counts[s.status], style: total ? "countTotal" : "count" };
      all += counts[s.status];
    });
    row[8] = { v: all, style: "countTotal" };
    push(row);
  };
  for (const d of c.totals.districts) countsRow(d.name, d.byStatus, false);
  countsRow("Viloyat bo'yicha jami", c.totals.byStatus, true);

  const widths = [7, 45, 14];
  for (let i = 0; i < n; i++) widths.push(11, 11, 11, 16);
  widths.push(12, 12, 12, 11, 30);
  return {
    name,
    rows,
    columns: widths.map((w) => ({ width: w })),
    merges,
    freeze: { rows: headerRow + 2, cols: 3 },
    print: {
      orientation: "landscape",
      paper: "A4",
      titleRows: { from: headerRow, to: headerRow + 1 },
      fitToWidth: true,
    },
    validations: [],
    tabColor: "#4472C4",
  };
}

const PROBLEM_KIND_LABELS: Record<ProblemKind, string> = {
  unusable: "Fayl ishlatib bo'lmaydi",
  other_year: "Boshqa yil",
  no_tracking: "Faktlar yo'q",
  missing_quarter: "Chorak fakti yo'q",
  finding: "Tekshiruv",
};

function problemsSheet(c: Consolidation, name: string): SheetSpec {
  const headers = ["Tuman (shahar)", "Muammo turi", "Katak", "Band", "Kod", "Muammo"];
  const rows: Row[] = [
    [
      { v: `${c.year ?? "_____"}-yil ${c.period}: tumanlar bo'yicha muammolar`, style: "title" },
      null,
      null,
      null,
      null,
      null,
    ],
    headers.map((h) => ({ v: h, style: "header" as const })),
  ];
  for (const d of c.districts) {
    if (d.issues.length === 0) {
      rows.push([
        { v: d.name, style: "text" },
        { v: "", style: "text" },
        null,
        null,
        null,
        { v: "Muammo topilmadi", style: "text" },
      ]);
      continue;
    }
    for (const p of d.issues) {
      rows.push([
        { v: d.name, style: "text" },
        { v: PROBLEM_KIND_LABELS[p.kind], style: "text" },
        { v: p.cell, style: "textCenter" },
        { v: p.item ?? "", style: "textCenter" },
        { v: p.code ?? "", style: "textCenter" },
        { v: p.message, style: "text" },
      ]);
    }
  }
  return {
    name,
    rows,
    columns: [{ width: 22 }, { width: 20 }, { width: 8 }, { width: 8 }, { width: 22 }, { width: 80 }],
    merges: [{ row: 0, col: 0, rows: 1, cols: 6 }],
    freeze: { rows: 2, cols: 1 },
    print: { orientation: "landscape", paper: "A4", titleRows: { from: 1, to: 1 }, fitToWidth: true },
    validations: [],
    tabColor: "#C00000",
  };
}
