/**
 * The district scorecard (docs/domain.md §9), the first sheet of the regional workbook: one row per district.
 * Completion % is the report's overall completion: the mean of the capped period % of the quantitative
 * indicators whose period has a target (report/build.ts). Sorted by completion, highest first; districts
 * without a completion (nothing due yet) after them, inputs that were not merged last.
 */
import type { Finding, Plan, Status } from "../model";
import { emptyCounts, type Report, type StatusCounts } from "../report";

export interface ScorecardRow {
  district: string;
  /** merged into the region */
  ok: boolean;
  items: number;
  indicators: number;
  byStatus: StatusCounts;
  completion: number | null;
  errors: number;
  factsMissing: number;
  notesMissing: number;
  file: string;
  /** the file's date, "YYYY-MM-DD", or "" */
  date: string;
}

export function scorecardRow(
  district: string,
  plan: Plan,
  report: Report,
  findings: Finding[],
  source: { file: string; date: string }
): ScorecardRow {
  return {
    district,
    ok: true,
    items: plan.items.length,
    indicators: report.rows.length,
    byStatus: { ...report.summary.byStatus },
    completion: report.summary.completionPercent,
    errors: findings.filter((f) => f.severity === "error").length,
    factsMissing: findings.filter((f) => f.code === "fact.missing").length,
    notesMissing: findings.filter((f) => f.code === "note.missing").length,
    file: source.file,
    date: source.date,
  };
}

export function unmergedRow(district: string, source: { file: string; date: string }): ScorecardRow {
  return {
    district,
    ok: false,
    items: 0,
    indicators: 0,
    byStatus: emptyCounts(),
    completion: null,
    errors: 0,
    factsMissing: 0,
    notesMissing: 0,
    file: source.file,
    date: source.date,
  };
}

export function sortScorecard(rows: ScorecardRow[]): ScorecardRow[] {
  const rank = (r: ScorecardRow): number => (!r.ok ? 2 : r.completion === null ? 1 : 0);
  return [...rows].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.completion ?? 0) - (a.completion ?? 0) ||
      a.district.localeCompare(b.district, "uz")
  );
}

export function sumCounts(rows: { byStatus: StatusCounts }[]): StatusCounts {
  const total = emptyCounts();
  for (const r of rows) for (const s of Object.keys(total) as Status[]) total[s] += r.byStatus[s];
  return total;
}
