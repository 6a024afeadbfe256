/**
 * How the pane groups findings (pure, no React): one group per kind of finding (its code, and for the
 * quarter checks its quarter), errors first, so that one real error is not buried under many warnings.
 */
import type { Severity } from "../../core";
import type { SheetFinding } from "../../excel/commands/check";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface CodeGroup {
  /** "unit.unknown", "fact.missing@2" */
  key: string;
  code: string;
  severity: Severity;
  /** the quarter of a quarter check (fact.missing, note.missing), else null */
  quarter: number | null;
  /** in sheet order */
  findings: SheetFinding[];
}

export function severityCounts(findings: readonly SheetFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function quarterOf(f: SheetFinding): number | null {
  const q = f.params.quarter;
  return (f.code === "fact.missing" || f.code === "note.missing") && typeof q === "number" ? q : null;
}

/** Groups by kind; errors first, then warnings, then info; within a severity in order of first appearance. */
export function groupByCode(findings: readonly SheetFinding[]): CodeGroup[] {
  const groups = new Map<string, CodeGroup>();
  for (const f of findings) {
    const quarter = quarterOf(f);
    const key = quarter === null ? f.code : `${f.code}@${quarter}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, code: f.code, severity: f.severity, quarter, findings: [] }));
    g.findings.push(f);
  }
  const list = [...groups.values()];
  for (const g of list) g.findings.sort((a, b) => a.row - b.row || a.col - b.col);
  // Array.prototype.sort is stable: first appearance stays the order within a severity
  return list.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
