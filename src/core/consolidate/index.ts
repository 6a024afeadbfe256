/**
 * Consolidation at the regional centre (docs/domain.md §9): district plans (with facts) for one year and report
 * quarter → a scorecard per district, items matched by meaning (match.ts) with region totals (totals.ts), the
 * items only some districts have, the problems (problems.ts), and the mapping the centre can correct.
 *
 * Not merged, and named in the problems: unreadable files, plans of another year, files whose facts stop
 * before the quarter (another quarter's file), the same district and year given twice, identical content.
 */
import { checkPlan } from "../checks";
import { periodWords } from "../format";
import { DEFAULT_LANG } from "../languages";
import { defaultSettings } from "../layout/settings-sheet";
import type { Lang, Plan, PlanSettings, Quarter } from "../model";
import { buildReport, type ReportRow, type StatusCounts } from "../report";
import { hasTrackingColumns } from "../workbook";
import { matchItems, type MappingCorrection, type MatchItem, type MatchKind, type WeakMatch } from "./match";
import { type ConsolidationProblem, problem, problemText, sortProblems } from "./problems";
import { scorecardRow, type ScorecardRow, sortScorecard, sumCounts, unmergedRow } from "./scorecard";
import { cellOf, type DistrictCell, isBehind, regionTotal, type RegionTotal } from "./totals";

export type { DistrictCell, RegionTotal } from "./totals";
export type { ScorecardRow } from "./scorecard";
export type { ConsolidationProblem, ProblemCode } from "./problems";
export type { MappingCorrection, ItemRef } from "./match";

export interface DistrictInput {
  name: string;
  plan: Plan | null;
  /** why the file is unusable (when plan is null) */
  error: string | null;
  settings?: Partial<PlanSettings>;
  /** the file it came from and its date (YYYY-MM-DD) */
  source?: { file: string; date: string };
}

export interface ConsolidateOptions {
  corrections?: MappingCorrection[];
  /** language of the problem sentences in `problems` lines */
  lang?: Lang;
}

export interface ConsolidationDistrict {
  name: string;
  /** a plan was read and merged */
  ok: boolean;
  year: number | null;
  /** the problems as one sentence each */
  problems: string[];
  issues: ConsolidationProblem[];
  byStatus: StatusCounts;
}

export interface ConsolidatedRow {
  /** the group's code in the mapping sheet ("G001") */
  group: string;
  number: string;
  name: string;
  unit: string;
  indicator: number;
  section: string | null;
  /** one per merged district, in the order of `columns`; null when the district has no such row */
  cells: (DistrictCell | null)[];
  presentIn: string[];
  /** the row is missing in some merged districts */
  partial: boolean;
  /** null when not summable */
  total: RegionTotal | null;
  /** districts behind plan beyond the tolerance on this row */
  behind: string[];
  /** the lowest match score of the group's members */
  score: number;
}

export interface MappingRow {
  group: string;
  district: string;
  number: string;
  name: string;
  unit: string;
  score: number;
  kind: MatchKind | "weak" | "ambiguous";
  /** the correction column as the next run should read it: the group code, "-" for alone, "" for none */
  correction: string;
}

export interface WeakListing {
  district: string;
  number: string;
  name: string;
  candidateDistrict: string;
  candidateNumber: string;
  candidate: string;
  score: number;
  reason: "weak" | "ambiguous";
}

export interface Consolidation {
  region: string;
  year: number | null;
  quarter: Quarter;
  period: string;
  districts: ConsolidationDistrict[];
  /** names of the merged districts: the district columns of `rows` */
  columns: string[];
  sections: { number: string; title: string }[];
  rows: ConsolidatedRow[];
  scorecard: ScorecardRow[];
  /** every problem, errors first */
  problems: ConsolidationProblem[];
  mapping: MappingRow[];
  weak: WeakListing[];
  totals: { byStatus: StatusCounts; districts: { name: string; byStatus: StatusCounts }[] };
}

function mostCommon<T>(values: (T | null | undefined)[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values)
    if (v !== null && v !== undefined && v !== "") counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** The last quarter with any fact entered, 0 when none. */
function lastFactQuarter(plan: Plan): number {
  let last = 0;
  for (const it of plan.items)
    for (const ind of it.indicators) for (let q = 4; q > last; q--) if (ind.facts[q - 1] !== null) last = q;
  return last;
}

/** The plan's content as one string: two files with the same string are the same district's data. */
function fingerprint(plan: Plan): string {
  const parts: string[] = [];
  for (const it of plan.items) {
    parts.push(it.number, it.name);
    for (const ind of it.indicators)
      parts.push(
        ind.unit,
        ind.plan.text,
        ...ind.facts.map((f) => (f ? f.text || String(f.kind) : "")),
        ind.note
      );
  }
  return parts.join("\u0001");
}

interface Merged {
  name: string;
  plan: Plan;
  rowsByItem: ReportRow[][];
}

function numberPath(n: string): number[] {
  return /^\d+(\.\d+)*$/.test(n) ? n.split(".").map(Number) : [];
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

export function consolidate(
  inputs: DistrictInput[],
  quarter: Quarter,
  options: ConsolidateOptions = {}
): Consolidation {
  const lang = options.lang ?? DEFAULT_LANG;
  const yearOf = (inp: DistrictInput): number | null => inp.settings?.year ?? inp.plan?.year ?? null;
  const year = mostCommon(inputs.filter((i) => i.plan).map(yearOf));
  const region =
    mostCommon(
      inputs.filter((i) => i.plan).map((i) => i.settings?.region ?? defaultSettings(i.plan).region)
    ) ?? "";

  const districts: ConsolidationDistrict[] = [];
  const problems: ConsolidationProblem[] = [];
  const scorecard: ScorecardRow[] = [];
  const merged: Merged[] = [];
  const byNameYear = new Map<string, string>();
  const byContent = new Map<string, string>();
  const taken = new Set<string>();
  const sectionTitles = new Map<string, string>();

  for (const inp of inputs) {
    const source = inp.source ?? { file: "", date: "" };
    let name = inp.name.trim() || "Nomsiz";
    const district: ConsolidationDistrict = {
      name,
      ok: false,
      year: yearOf(inp),
      problems: [],
      issues: [],
      byStatus: sumCounts([]),
    };
    const add = (p: ConsolidationProblem): void => {
      district.issues.push(p);
      district.problems.push(problemText(p, lang));
      problems.push(p);
    };
    const plan = inp.plan;
    if (!plan) {
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${inp.name.trim() || "Nomsiz"} (${n})`;
      district.name = name;
      taken.add(name.toLowerCase());
      districts.push(district);
      add(problem("file.unreadable", name, { reason: inp.error || "—", file: source.file }));
      scorecard.push(unmergedRow(name, source));
      continue;
    }
    const nameYear = `${name.toLowerCase()}\u0000${district.year ?? ""}`;
    const content = fingerprint(plan);
    const firstSame = byNameYear.get(nameYear);
    const firstContent = byContent.get(content);
    if (firstSame !== undefined || firstContent !== undefined) {
      districts.push(district);
      if (firstSame !== undefined)
        add(problem("district.duplicate", name, { first: firstSame, file: source.file }));
      else add(problem("district.same_content", name, { first: firstContent!, file: source.file }));
      continue;
    }
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${inp.name.trim()} (${n})`;
    district.name = name;
    taken.add(name.toLowerCase());
    districts.push(district);
    if (district.year !== null && year !== null && district.year !== year) {
      add(problem("district.other_year", name, { year: district.year, expected: year }));
      scorecard.push(unmergedRow(name, source));
      continue;
    }
    const tracked = hasTrackingColumns(plan);
    const last = tracked ? lastFactQuarter(plan) : 0;
    if (last > 0 && last < quarter) {
      add(problem("district.other_quarter", name, { last, quarter }));
      scorecard.push(unmergedRow(name, source));
      continue;
    }
    byNameYear.set(nameYear, source.file || name);
    byContent.set(content, name);
    district.ok = true;
    if (!tracked) add(problem("district.no_tracking", name));
    else if (last === 0) add(problem("district.no_facts", name, { quarter }));

    const settings: PlanSettings = { ...defaultSettings(plan), ...inp.settings, quarter };
    const findings = checkPlan(plan, {
      reportQuarter: quarter,
      tolerance: settings.tolerance,
      lang,
      sheetLang: settings.lang,
    });
    for (const f of findings)
      if (f.severity === "error")
        add(
          problem(
            "plan.finding",
            name,
            { ...f.params, finding: f.code, text: f.message },
            { item: f.item, cell: f.cell }
          )
        );
    const missing = findings.filter((f) => f.code === "fact.missing").length;
    if (missing > 0 && last > 0) add(problem("plan.facts_missing", name, { count: missing, quarter }));
    const notes = findings.filter((f) => f.code === "note.missing").length;
    if (notes > 0) add(problem("plan.notes_missing", name, { count: notes }));

    for (const s of plan.sections) if (!sectionTitles.has(s.number)) sectionTitles.set(s.number, s.title);
    const report = buildReport(plan, settings);
    district.byStatus = report.summary.byStatus;
    const rowsByItem: ReportRow[][] = [];
    for (const r of report.rows) {
      if (r.indicator === 0) rowsByItem.push([]);
      rowsByItem[rowsByItem.length - 1].push(r);
    }
    merged.push({ name, plan, rowsByItem });
    scorecard.push(scorecardRow(name, plan, report, findings, source));
  }

  // matching
  const columns = merged.map((m) => m.name);
  const items: MatchItem[] = [];
  const origin: { d: number; i: number }[] = [];
  merged.forEach((m, d) =>
    m.plan.items.forEach((it, i) => {
      items.push({
        district: d,
        number: it.number,
        name: it.name,
        unit: it.indicators[0]?.unit || it.indicators[0]?.unitText || "",
        section: it.section,
      });
      origin.push({ d, i });
    })
  );
  const match = matchItems(items, columns, options.corrections ?? []);

  // groups in plan order: section, then the number of their first member, then first seen
  const sectionRank = (s: string | null): number =>
    s === null ? -1 : ROMAN.indexOf(s) >= 0 ? ROMAN.indexOf(s) : 99;
  const order = match.groups.map((_g, i) => i);
  const firstOf = (g: number): MatchItem => items[match.groups[g].members[0]];
  order.sort((a, b) => {
    const ia = firstOf(a);
    const ib = firstOf(b);
    const s = sectionRank(ia.section) - sectionRank(ib.section);
    if (s !== 0) return s;
    const pa = numberPath(ia.number);
    const pb = numberPath(ib.number);
    for (let k = 0; k < Math.min(pa.length, pb.length); k++) if (pa[k] !== pb[k]) return pa[k] - pb[k];
    return pa.length - pb.length || a - b;
  });
  const width = String(order.length).length < 3 ? 3 : String(order.length).length;
  order.forEach((g, k) => (match.groups[g].code = `G${String(k + 1).padStart(width, "0")}`));

  const rows: ConsolidatedRow[] = [];
  for (const g of order) {
    const group = match.groups[g];
    const first = firstOf(g);
    const perIndicator: (DistrictCell | null)[][] = [];
    for (const member of group.members) {
      const { d, i } = origin[member];
      merged[d].rowsByItem[i]?.forEach((r) => {
        if (!perIndicator[r.indicator]) perIndicator[r.indicator] = columns.map(() => null);
        perIndicator[r.indicator][d] = cellOf(r);
      });
    }
    perIndicator.forEach((cells, k) => {
      if (!cells) return;
      const presentIn = columns.filter((_c, i) => cells[i] !== null);
      const firstCell = cells.find((c) => c !== null) ?? null;
      rows.push({
        group: group.code,
        number: first.number,
        name: first.name,
        unit: firstCell?.unit ?? "",
        indicator: k,
        section: first.section,
        cells,
        presentIn,
        partial: presentIn.length < columns.length,
        total: regionTotal(cells),
        behind: columns.filter((_c, i) => cells[i] !== null && isBehind(cells[i]!)),
        score: Math.min(...group.scores),
      });
    });
  }

  // weak and ambiguous matches, named
  const weakOf = new Map<number, WeakMatch>();
  const weak: WeakListing[] = match.weak.map((w) => {
    weakOf.set(w.item, w);
    const it = items[w.item];
    const c = items[w.candidate];
    const listing: WeakListing = {
      district: columns[it.district],
      number: it.number,
      name: it.name,
      candidateDistrict: columns[c.district],
      candidateNumber: c.number,
      candidate: c.name,
      score: w.score,
      reason: w.reason,
    };
    const p =
      w.reason === "weak"
        ? problem(
            "match.weak",
            listing.district,
            {
              name: it.name,
              candidate: c.name,
              candidateDistrict: listing.candidateDistrict,
              score: w.score,
            },
            { item: it.number }
          )
        : problem(
            "match.ambiguous",
            listing.district,
            { name: it.name, candidate: c.name, other: items[w.other ?? w.candidate].name, score: w.score },
            { item: it.number }
          );
    problems.push(p);
    const d = districts.find((x) => x.name === listing.district);
    d?.issues.push(p);
    d?.problems.push(problemText(p, lang));
    return listing;
  });
  for (const miss of match.mappingMisses) {
    const c = miss.correction;
    problems.push(
      problem(
        "mapping.unused",
        c.item.district,
        { name: c.item.name, group: c.group || "-", reason: miss.reason },
        {
          item: c.item.number,
        }
      )
    );
  }

  const mapping: MappingRow[] = [];
  for (const g of order) {
    const group = match.groups[g];
    group.members.forEach((member, k) => {
      const it = items[member];
      const w = weakOf.get(member);
      const kind = group.kinds[k];
      mapping.push({
        group: group.code,
        district: columns[it.district],
        number: it.number,
        name: it.name,
        unit: it.unit,
        score: group.scores[k],
        kind: w ? w.reason : kind,
        correction: kind === "manual" ? (group.members.length === 1 ? "-" : group.code) : "",
      });
    });
  }

  const sortedCard = sortScorecard(scorecard);
  const ok = districts.filter((d) => d.ok);
  return {
    region,
    year,
    quarter,
    period: periodWords(quarter),
    districts,
    columns,
    sections: [...sectionTitles].map(([number, title]) => ({ number, title })),
    rows,
    scorecard: sortedCard,
    problems: sortProblems(
      problems,
      sortedCard.map((r) => r.district)
    ),
    mapping,
    weak,
    totals: {
      byStatus: sumCounts(ok),
      districts: ok.map((d) => ({ name: d.name, byStatus: d.byStatus })),
    },
  };
}
