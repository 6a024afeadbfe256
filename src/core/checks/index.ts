/** checkPlan: runs the rule list of docs/domain.md §6 over a plan and returns findings sorted by row, then column. */
import { isCode, SEVERITY } from "../codes";
import { toA1 } from "../grid";
import { formatMessage } from "../messages";
import { columnNames } from "../messages/column-names";
import type { Finding, Lang, Plan, Quarter, Vocabulary } from "../model";
import { DEFAULT_VOCABULARY } from "../vocabulary";
import { deadlineRules } from "./deadlines";
import { factRules } from "./facts";
import { inputRules } from "./input";
import { numberRules } from "./numbers";
import { quantityRules } from "./quantities";
import { responsibleRules } from "./responsible";
import { indexPlan, type CheckContext, type Rule, type RuleFinding } from "./rule";
import { unitRules } from "./units";

export type { CheckContext, PlanIndex, Rule, RuleFinding } from "./rule";
export { indexPlan } from "./rule";

export interface CheckOptions {
  /** language of the messages; Uzbek (Latin) by default */
  lang?: Lang;
  /**
   * the workbook's language (the "lang" setting): the messages name a column ("Izoh", "Изоҳ", "Примечание") as
   * the workbook writes it, whatever their own language; Uzbek (Latin) by default
   */
  sheetLang?: Lang;
  /** report quarter R: enables fact.missing and note.missing (with tracking columns) */
  reportQuarter?: Quarter;
  /** 0.1 by default: a period at ≥ 90 % needs no note */
  tolerance?: number;
  vocabulary?: Vocabulary;
  /**
   * Quiet about tracking until tracking starts: when no fact is entered anywhere in the plan, fact.missing and
   * note.missing are not reported (a plan just set up would otherwise get one per item and quarter, burying
   * the real errors). The pane asks for this; `reja check --quarter` does not.
   */
  quietUntilTracked?: boolean;
}

/** True when at least one quarter fact is entered somewhere in the plan (tracking has started). */
export function planTracked(plan: Plan): boolean {
  return plan.items.some((item) => item.indicators.some((ind) => ind.facts.some((f) => f !== null)));
}

const TRACKING_CODES: ReadonlySet<string> = new Set(["fact.missing", "note.missing"]);

export const DEFAULT_TOLERANCE = 0.1;

export const RULES: readonly Rule[] = [
  ...numberRules,
  ...unitRules,
  ...quantityRules,
  ...deadlineRules,
  ...responsibleRules,
  ...factRules,
  ...inputRules,
];

export function checkPlan(plan: Plan, options: CheckOptions = {}): Finding[] {
  const ctx: CheckContext = {
    plan,
    vocabulary: options.vocabulary ?? DEFAULT_VOCABULARY,
    reportQuarter: options.reportQuarter ?? null,
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
    index: indexPlan(plan),
    columnNames: columnNames(options.sheetLang ?? "uz"),
  };
  const lang = options.lang ?? "uz";
  const raw: RuleFinding[] = [];
  const quiet = options.quietUntilTracked === true && !planTracked(plan);
  for (const rule of RULES) for (const f of rule(ctx)) if (!quiet || !TRACKING_CODES.has(f.code)) raw.push(f);
  // stable: findings on one cell keep the rule order
  raw.sort((a, b) => a.row - b.row || a.col - b.col);
  return raw.map((f) => toFinding(f, lang));
}

export function toFinding(f: RuleFinding, lang: Lang): Finding {
  const cell = toA1(f.row, f.col);
  const finding: Finding = {
    code: f.code,
    severity: SEVERITY[f.code],
    // an item row without a number (name, unit and quantities, but an empty № cell) is about no numbered item
    item: f.item === "" ? null : f.item,
    cell,
    row: f.row,
    col: f.col,
    message: formatMessage(f.code, f.params, lang),
    params: f.params,
  };
  if (f.fix !== undefined) finding.fix = { cell, value: f.fix };
  return finding;
}

/** The findings in another language (the pane's language switch) without checking again. */
export function translateFindings(findings: readonly Finding[], lang: Lang): Finding[] {
  return findings.map((f) =>
    isCode(f.code) ? { ...f, message: formatMessage(f.code, f.params, lang) } : { ...f }
  );
}
