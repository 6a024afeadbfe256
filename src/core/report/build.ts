/**
 * The regional submission's numbers (docs/domain.md §8): one row per indicator for report quarter R and the counts by status.
 *
 * Counting: summary.byStatus counts report rows (indicators) by their period status; an item with two
 * indicators counts twice, as it has two rows. Overall completion (completionPercent) is the mean of the
 * period percentages of the quantitative indicators whose period has a target (at least one window ended),
 * each counted at most 100%: the units differ (copies, events, pages), so summing facts would let the
 * largest unit decide, and one indicator over-fulfilled must not hide another behind plan.
 */
import { periodWords } from "../format";
import { forEachIndicator, periodFact } from "../tracking";
import type { Plan, PlanSettings, Quarter, Status } from "../model";
import { percent } from "../status";
import { STATUS_COLUMN_ORDER } from "../messages/status";

/**
 * The statuses the report counts, in the order of its count columns: the one list in messages/status (which
 * imports nothing from the engine, so the report, the consolidation and the pane can all take it from there).
 */
export const COUNTED_STATUSES: readonly Status[] = STATUS_COLUMN_ORDER;
export type StatusCounts = Record<Status, number>;

export interface ReportRow {
  number: string;
  name: string;
  unit: string;
  /** index of the indicator within its item (0 = the item's own row) */
  indicator: number;
  plan: number | null;
  /** cumulative target of the windows ended by R; null without a planned quantity */
  periodTarget: number | null;
  quarterFact: number | null;
  factToDate: number | null;
  /** facts of the windows ended by R (what the period % divides); 0 when none ended */
  periodFact: number;
  periodPercent: number | null;
  annualPercent: number | null;
  status: Status;
  /** period status partial but within the tolerance */
  withinTolerance: boolean;
  /** statuses of the quarter columns I..IV */
  quarters: [Status, Status, Status, Status];
  quantitative: boolean;
  responsible: string;
  note: string;
  section: string | null;
}

export interface ReportSection {
  /** roman numeral; "" for items above the first section */
  number: string;
  title: string;
  byStatus: StatusCounts;
}

export interface Report {
  quarter: Quarter;
  /** "yarim yillik" */
  period: string;
  district: string;
  districtKind: "tuman" | "shahar";
  year: number | null;
  rows: ReportRow[];
  sections: { number: string; title: string }[];
  summary: {
    byStatus: StatusCounts;
    sections: ReportSection[];
    /** mean period % of quantitative indicators with a period target, each capped at 100; null when none */
    completionPercent: number | null;
    /** how many indicators the completion is the mean of */
    completionIndicators: number;
  };
}

export function emptyCounts(): StatusCounts {
  return { done: 0, partial: 0, not_done: 0, in_progress: 0, not_due: 0, not_scheduled: 0 };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function buildReport(plan: Plan, settings: PlanSettings): Report {
  const R = settings.quarter;
  const rows: ReportRow[] = [];
  forEachIndicator(plan, R, settings.tolerance, (item, ind, index, p, windows) => {
    const responsible = ind.responsible.length > 0 ? ind.responsible : item.responsible;
    rows.push({
      number: item.number,
      name: item.name,
      unit: ind.unit || ind.unitText,
      indicator: index,
      plan: ind.plan.value,
      periodTarget: p.quantitative ? round2(p.periodTarget) : null,
      quarterFact: p.quarterFact,
      factToDate: p.factToDate,
      periodFact: periodFact(ind, windows, R),
      periodPercent: p.periodPercent,
      annualPercent: p.annualPercent,
      status: p.period,
      withinTolerance: p.withinTolerance,
      quarters: p.quarters,
      quantitative: p.quantitative,
      responsible: responsible.join("; "),
      note: ind.note,
      section: item.section,
    });
  });

  const total = emptyCounts();
  const bySection = new Map<string, ReportSection>();
  const sectionList: ReportSection[] = [];
  const sectionOf = (number: string | null): ReportSection => {
    const key = number ?? "";
    let s = bySection.get(key);
    if (!s) {
      const title = plan.sections.find((x) => x.number === key)?.title ?? "";
      s = { number: key, title, byStatus: emptyCounts() };
      bySection.set(key, s);
    }
    return s;
  };
  // sections in plan order (an item-less section still gets a line of zeros); items above the first section first
  if (rows.some((r) => r.section === null)) sectionList.push(sectionOf(null));
  for (const s of plan.sections) if (!bySection.has(s.number)) sectionList.push(sectionOf(s.number));
  let sum = 0;
  let n = 0;
  for (let rIndex = 0; rIndex < rows.length; rIndex++) {
    const r = rows[rIndex];
    total[r.status]++;
    sectionOf(r.section).byStatus[r.status]++;
    if (r.quantitative && r.periodPercent !== null) {
      sum += Math.min(r.periodPercent, 100);
      n++;
    }
  }
  return {
    quarter: R,
    period: periodWords(R),
    district: settings.district || plan.district || "",
    districtKind: settings.districtKind || plan.districtKind || "tuman",
    year: settings.year ?? plan.year,
    rows,
    sections: plan.sections.map((s) => ({ number: s.number, title: s.title })),
    summary: {
      byStatus: total,
      sections: sectionList,
      completionPercent: n > 0 ? percent(sum, n * 100) : null,
      completionIndicators: n,
    },
  };
}

// ---------------------------------------------------------------- the sheet
