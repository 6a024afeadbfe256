/** Plain-text output helpers: aligned tables, quarter windows, JSON. */
import { romanQuarter, type Window } from "../core";

/** Columns padded to their widest cell; the last column is not padded. Cell line breaks become spaces. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows].map((r) => r.map((c) => c.replace(/\s*\n\s*/g, " ")));
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))));
  return all
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c + " ".repeat(widths[i] - width(c))))
        .join("  ")
        .trimEnd()
    )
    .join("\n");
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

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
