/** Quantities: valid numbers, plan not below last year's fact, sub-items adding up to their parent. */
import { CODES } from "../codes";
import type { Params } from "../messages/format";
import type { Fact, Indicator, Item, Quantity } from "../model";
import { isCountUnit } from "../vocabulary";
import { columnOr, type Rule, type RuleFinding } from "./rule";

type QuantityError = "negative" | "not_a_number" | "fractional";

/**
 * Units of the vocabulary count whole things (events, copies, people, pages …), so a fractional quantity of a
 * known counting unit is an error; an unknown unit ("kg") or a measure ("Foiz") may be fractional.
 */
function countsWholeThings(ind: Indicator): boolean {
  return ind.unitKnown && isCountUnit(ind.unit);
}

function quantityError(q: Quantity, ind: Indicator): QuantityError | null {
  if (q.error) return q.error;
  if (q.value !== null && !Number.isInteger(q.value) && countsWholeThings(ind)) return "fractional";
  return null;
}

function factError(f: Fact | null, ind: Indicator): QuantityError | null {
  if (f === null) return null;
  if (f.kind === "invalid") return f.reason;
  if (f.kind === "number" && !Number.isInteger(f.value) && countsWholeThings(ind)) return "fractional";
  return null;
}

/** Negative, non-numeric or fractional quantities: last year's fact, the plan, and quarter facts. */
export const invalidQuantities: Rule = ({ plan }) => {
  const cols = plan.columns;
  const out: RuleFinding[] = [];
  const push = (item: Item, row: number, col: number, reason: QuantityError, text: string, extra: Params) =>
    out.push({
      code: CODES.quantityInvalid,
      item: item.number,
      row,
      col: columnOr(plan, col),
      params: { text, reason, ...extra },
    });
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    for (let indIndex = 0; indIndex < item.indicators.length; indIndex++) {
      const ind = item.indicators[indIndex];
      const prevErr = quantityError(ind.previousFact, ind);
      if (prevErr)
        push(item, ind.row, cols.previousFact, prevErr, ind.previousFact.text, { field: "previous_fact" });
      const planErr = quantityError(ind.plan, ind);
      if (planErr) push(item, ind.row, cols.plan, planErr, ind.plan.text, { field: "plan" });
      for (let i = 0; i < 4; i++) {
        const f = ind.facts[i];
        const err = factError(f, ind);
        if (err && f) push(item, ind.row, cols.facts[i], err, f.text, { field: "fact", quarter: i + 1 });
      }
    }
  }
  return out;
};

export const planBelowFact: Rule = ({ plan }) => {
  const col = columnOr(plan, plan.columns.plan);
  const out: RuleFinding[] = [];
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    for (let indIndex = 0; indIndex < item.indicators.length; indIndex++) {
      const ind = item.indicators[indIndex];
      const fact = ind.previousFact.value;
      const target = ind.plan.value;
      if (fact === null || target === null || !(target < fact)) continue;
      const params: Params = { plan: target, fact };
      if (plan.year !== null) {
        params.year = plan.year;
        params.previousYear = plan.year - 1;
      }
      out.push({ code: CODES.planBelowFact, item: item.number, row: ind.row, col, params });
    }
  }
  return out;
};

/**
 * When an item has a plan and every one of its direct sub-items has one too, their sum must equal it.
 * Compared on each item's first indicator; skipped when a sub-item counts in another (known) unit.
 */
export const subitemsSum: Rule = ({ plan, index }) => {
  const col = columnOr(plan, plan.columns.plan);
  const out: RuleFinding[] = [];
  for (const [number, kids] of index.children) {
    const parent = index.firstByNumber.get(number);
    if (!parent) continue;
    const head = parent.indicators[0];
    const target = head?.plan.value ?? null;
    if (target === null) continue;
    let sum = 0;
    let comparable = true;
    for (const kid of kids) {
      const k = kid.indicators[0];
      const v = k?.plan.value ?? null;
      if (v === null || (k.unitKnown && head.unitKnown && k.unit !== head.unit)) {
        comparable = false;
        break;
      }
      sum += v;
    }
    if (!comparable || Math.abs(sum - target) < 1e-9) continue;
    out.push({
      code: CODES.subitemsSumMismatch,
      item: parent.number,
      row: head.row,
      col,
      params: { number: parent.number, sum: round(sum), plan: target, count: kids.length },
    });
  }
  return out;
};

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export const quantityRules: Rule[] = [invalidQuantities, planBelowFact, subitemsSum];
