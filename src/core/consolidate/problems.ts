/**
 * Consolidation problems as codes with parameters ({code, severity, params}); their sentences come from the
 * typed catalogue in messages.ts, in the four languages. Errors mean the district (or a row) was not merged.
 */
import { isCode } from "../codes";
import { formatMessage } from "../messages";
import type { Lang, Severity } from "../model";
import { DEFAULT_LANG } from "../languages";
import { CONSOLIDATION_TEXTS } from "./messages";

export const PROBLEM_SEVERITY = {
  /** the file could not be read as a plan: params.reason */
  "file.unreadable": "error",
  /** a plan of another year: params.year, params.expected */
  "district.other_year": "error",
  /** the file's facts stop before the consolidated quarter: params.last, params.quarter */
  "district.other_quarter": "error",
  /** the same district name and year given twice: params.first (file) */
  "district.duplicate": "error",
  /** content identical to another district's file: params.first (district) */
  "district.same_content": "error",
  /** no quarter fact columns at all */
  "district.no_tracking": "warning",
  /** no fact entered for the quarter: params.quarter */
  "district.no_facts": "warning",
  /** a check finding of the district's plan: params.finding (code), params.text (its sentence), cell */
  "plan.finding": "error",
  /** facts missing: params.count, params.quarter */
  "plan.facts_missing": "warning",
  /** notes missing for indicators behind plan: params.count */
  "plan.notes_missing": "warning",
  /** an item left on its own, close to a group: params.name, params.candidate, params.candidateDistrict, params.score */
  "match.weak": "warning",
  /** an item close to two groups: params.name, params.candidate, params.other, params.score */
  "match.ambiguous": "warning",
  /** a mapping-sheet correction could not be honoured: params.name, params.group, params.reason */
  "mapping.unused": "warning",
} as const satisfies Record<string, Severity>;

export type ProblemCode = keyof typeof PROBLEM_SEVERITY;
export type ProblemParams = Record<string, string | number>;

export interface ConsolidationProblem {
  code: ProblemCode;
  severity: Severity;
  params: ProblemParams;
  /** the district (as listed) or "" for the region */
  district: string;
  /** item number, or null */
  item: string | null;
  /** A1 cell in the district's plan sheet, or "" */
  cell: string;
}

export function problem(
  code: ProblemCode,
  district: string,
  params: ProblemParams = {},
  where: { item?: string | null; cell?: string } = {}
): ConsolidationProblem {
  return {
    code,
    severity: PROBLEM_SEVERITY[code],
    params,
    district,
    item: where.item ?? null,
    cell: where.cell ?? "",
  };
}

/** The problem's sentence in `lang`. */
export function problemText(p: ConsolidationProblem, lang: Lang = DEFAULT_LANG): string {
  if (p.code === "plan.finding" && typeof p.params.finding === "string" && isCode(p.params.finding)) {
    const { finding, text: _text, ...params } = p.params;
    return formatMessage(finding, params, lang);
  }
  return (CONSOLIDATION_TEXTS[lang] ?? CONSOLIDATION_TEXTS[DEFAULT_LANG]).problems[p.code](p.params);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings; within a severity by district in the given order, then as found. */
export function sortProblems(
  problems: ConsolidationProblem[],
  districtOrder: string[]
): ConsolidationProblem[] {
  const pos = new Map(districtOrder.map((d, i) => [d, i]));
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        RANK[a.p.severity] - RANK[b.p.severity] ||
        (pos.get(a.p.district) ?? -1) - (pos.get(b.p.district) ?? -1) ||
        a.i - b.i
    )
    .map((x) => x.p);
}
