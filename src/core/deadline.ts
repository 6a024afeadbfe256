import type { DeadlineParse } from "./model";

/**
 * PLACEHOLDER until the deadline grammar lands (spec §5): parses a "Bajarilish muddati" cell.
 * `planYear` is the plan's year (a different year in the text is reported by the checks).
 */
export function parseDeadline(text: string, _planYear: number | null): DeadlineParse {
  if (text.trim() === "") return { ok: false, reason: "missing" };
  return { ok: false, reason: "unknown", suggestion: null, year: null };
}
