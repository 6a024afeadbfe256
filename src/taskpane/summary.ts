/**
 * The quarter summary the pane shows, from the engine's report: counts by status and the completion of
 * quantitative indicators, per section and in total. Completion follows the report's rule (mean of the
 * period percentages, each capped at 100), computed here per section too.
 */
import {
  COUNTED_STATUSES,
  emptyCounts,
  percent,
  type Quarter,
  type Report,
  type StatusCounts,
} from "../core";

export interface SummaryLine {
  /** roman numeral; "" for items above the first section; "total" row has key "*" */
  key: string;
  number: string;
  title: string;
  counts: StatusCounts;
  indicators: number;
  /** null when no quantitative indicator has a period target yet */
  completion: number | null;
}

export interface QuarterSummary {
  quarter: Quarter;
  sections: SummaryLine[];
  total: SummaryLine;
}

function countsTotal(counts: StatusCounts): number {
  let n = 0;
  for (const s of COUNTED_STATUSES) n += counts[s];
  return n;
}

export function summarize(report: Report): QuarterSummary {
  const completion = new Map<string, { sum: number; n: number }>();
  for (const row of report.rows) {
    if (!row.quantitative || row.periodPercent === null) continue;
    const k = row.section ?? "";
    const c = completion.get(k) ?? { sum: 0, n: 0 };
    c.sum += Math.min(row.periodPercent, 100);
    c.n++;
    completion.set(k, c);
  }
  const sections = report.summary.sections.map((s): SummaryLine => {
    const c = completion.get(s.number);
    return {
      key: s.number,
      number: s.number,
      title: s.title,
      counts: { ...emptyCounts(), ...s.byStatus },
      indicators: countsTotal(s.byStatus),
      completion: c && c.n > 0 ? percent(c.sum, c.n * 100) : null,
    };
  });
  return {
    quarter: report.quarter,
    sections,
    total: {
      key: "*",
      number: "",
      title: "",
      counts: { ...emptyCounts(), ...report.summary.byStatus },
      indicators: countsTotal(report.summary.byStatus),
      completion: report.summary.completionPercent,
    },
  };
}
