/** Quarter facts (docs/domain.md §7): entered for closed scheduled quarters, plausible, and explained when behind plan. */
import { CODES } from "../codes";
import type { Fact, Indicator, Quarter } from "../model";
import { QUARTERS } from "../model";
import { indicatorProgress } from "../status";
import { hasTrackingColumns } from "../workbook";
import { columnOr, windowHolds, windowsOf, type Rule, type RuleFinding } from "./rule";

/** A cumulative fact above this share of the annual plan is probably a typo. */
export const SUSPICIOUS_SHARE = 1.5;

/** Each closed quarter (≤ R) that a window of the item holds and that has no fact entered. */
export const missingFacts: Rule = ({ plan, reportQuarter }) => {
  if (reportQuarter === null || !hasTrackingColumns(plan)) return [];
  const out: RuleFinding[] = [];
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    const windows = windowsOf(item);
    if (windows === null) continue;
    for (let indIndex = 0; indIndex < item.indicators.length; indIndex++) {
      const ind = item.indicators[indIndex];
      for (const q of QUARTERS) {
        if (q > reportQuarter) break;
        if (ind.facts[q - 1] !== null || !windowHolds(windows, q)) continue;
        out.push({
          code: CODES.factMissing,
          item: item.number,
          row: ind.row,
          col: columnOr(plan, plan.columns.facts[q - 1]),
          params: { quarter: q },
        });
      }
    }
  }
  return out;
};

function factValue(f: Fact | null): number {
  return f === null || f.kind === "invalid" ? 0 : f.value;
}

/**
 * The facts to date (up to R, or all entered when no report quarter is given) above 150 % of the annual plan;
 * named on the fact cell where the running total crossed that line.
 */
export const suspiciousFacts: Rule = ({ plan, reportQuarter }) => {
  if (!hasTrackingColumns(plan)) return [];
  const upTo: Quarter = reportQuarter ?? 4;
  const out: RuleFinding[] = [];
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    for (let indIndex = 0; indIndex < item.indicators.length; indIndex++) {
      const ind = item.indicators[indIndex];
      const target = ind.plan.value;
      if (target === null || target <= 0) continue;
      const limit = target * SUSPICIOUS_SHARE;
      let total = 0;
      let crossedAt = -1;
      for (let i = 0; i < upTo; i++) {
        total += factValue(ind.facts[i]);
        if (crossedAt < 0 && total > limit) crossedAt = i;
      }
      if (crossedAt < 0) continue;
      out.push({
        code: CODES.factSuspicious,
        item: item.number,
        row: ind.row,
        col: columnOr(plan, plan.columns.facts[crossedAt]),
        params: { fact: total, plan: target, percent: Math.round((total / target) * 1000) / 10 },
      });
    }
  }
  return out;
};

/** A note written on the indicator's row, or on the item's own row (one note may explain every indicator). */
function hasNote(ind: Indicator, head: Indicator): boolean {
  return ind.note.trim() !== "" || head.note.trim() !== "";
}

/** Behind plan beyond the tolerance (IndicatorProgress.behindPlan) with no "Izoh". */
export const missingNotes: Rule = ({ plan, reportQuarter, tolerance, columnNames }) => {
  if (reportQuarter === null || !hasTrackingColumns(plan)) return [];
  const out: RuleFinding[] = [];
  const noteCol =
    plan.columns.note >= 0 ? plan.columns.note : columnOr(plan, plan.columns.facts[reportQuarter - 1]);
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    const windows = windowsOf(item);
    if (windows === null) continue;
    const head = item.indicators[0];
    for (let indIndex = 0; indIndex < item.indicators.length; indIndex++) {
      const ind = item.indicators[indIndex];
      if (hasNote(ind, head)) continue;
      const progress = indicatorProgress(ind, windows, reportQuarter, tolerance);
      if (!progress.behindPlan) continue;
      const params: Record<string, number | string> = { quarter: reportQuarter, note: columnNames.note };
      if (progress.periodPercent !== null) params.percent = progress.periodPercent;
      out.push({ code: CODES.noteMissing, item: item.number, row: ind.row, col: noteCol, params });
    }
  }
  return out;
};

export const factRules: Rule[] = [missingFacts, suspiciousFacts, missingNotes];
