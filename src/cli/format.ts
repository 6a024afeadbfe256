/** Plain-text output helpers: aligned tables, quarter windows, JSON, colour. No spread or recursion over rows. */
import { romanQuarter, type Severity, type Window } from "../core";

/**
 * Columns padded to their widest cell; the last column is not padded. Cell line breaks become spaces.
 * `paint` may colour a cell after padding (colour codes take no column).
 */
export function table(
  header: string[],
  rows: string[][],
  paint?: (row: number, col: number, text: string) => string
): string {
  const clean = (r: string[]) => r.map((c) => c.replace(/\s*\n\s*/g, " "));
  const all: string[][] = [clean(header)];
  for (const r of rows) all.push(clean(r));
  const widths = header.map(() => 0);
  for (const r of all)
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], width(r[i] ?? ""));
  const lines: string[] = [];
  all.forEach((r, rowIndex) => {
    const cells = r.map((c, i) => {
      const padded = i === r.length - 1 ? c : c + " ".repeat(Math.max(0, widths[i] - width(c)));
      return paint && rowIndex > 0 ? paint(rowIndex - 1, i, padded) : padded;
    });
    lines.push(cells.join("  ").trimEnd());
  });
  return lines.join("\n");
}

/** Display width: combining marks take no column. */
function width(s: string): number {
  return s.replace(/[\u0300-\u036f]/g, "").length;
}

export function windowText(w: Window): string {
  return w[0] === w[1] ? romanQuarter(w[0]) : `${romanQuarter(w[0])}–${romanQuarter(w[1])}`;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

const SEVERITY_COLOUR: Record<Severity, string> = { error: "31;1", warning: "33", info: "36" };

/** The text in the severity's terminal colour (red errors, yellow warnings, cyan info). */
export function paintSeverity(severity: Severity, text: string): string {
  return `\x1b[${SEVERITY_COLOUR[severity]}m${text}\x1b[0m`;
}

/** Errors first, then warnings, then info; the order within each kept. */
export function bySeverity<T extends { severity: Severity }>(list: readonly T[]): T[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank[a.d.severity] - rank[b.d.severity] || a.i - b.i)
    .map((x) => x.d);
}
