/** Shared by fill, report and consolidation: the progress of every indicator of a plan for report quarter R. */
import type { Indicator, Item, Plan, Quarter, Window } from "./model";
import { factValue, indicatorProgress, type IndicatorProgress } from "./status";

const NO_WINDOWS: readonly Window[] = [];

export function itemWindows(item: Item): readonly Window[] {
  return item.deadline.ok ? item.deadline.schedule.windows : NO_WINDOWS;
}

/**
 * A partial quarter column q (1..4) within the tolerance: the facts of q's window up to q reach (1 − tolerance)
 * of the window's target (status.ts gives the tolerance for the period only).
 */
export function quarterWithinTolerance(
  ind: Indicator,
  windows: readonly Window[],
  q: number,
  tolerance: number
): boolean {
  let w: Window | null = null;
  for (const x of windows) if (x[0] <= q && q <= x[1]) w = x;
  if (!w) return false;
  const plan = ind.plan.value;
  const target = plan !== null && plan > 0 ? plan / windows.length : 1;
  let f = 0;
  for (let i = w[0]; i <= Math.min(w[1], q); i++) f += factValue(ind.facts[i - 1]) ?? 0;
  return f >= (1 - tolerance) * target - 1e-9;
}

/** F of the period: facts of the quarters of the windows ended by R (done marks count 1). */
export function periodFact(ind: Indicator, windows: readonly Window[], quarter: Quarter): number {
  let f = 0;
  for (const w of windows) {
    if (w[1] > quarter) continue;
    for (let q = w[0]; q <= w[1]; q++) f += factValue(ind.facts[q - 1]) ?? 0;
  }
  return f;
}

/** Calls `fn` for every indicator of the plan in order, with its progress for report quarter R. */
export function forEachIndicator(
  plan: Plan,
  quarter: Quarter,
  tolerance: number,
  fn: (
    item: Item,
    indicator: Indicator,
    index: number,
    progress: IndicatorProgress,
    windows: readonly Window[]
  ) => void
): void {
  const items = plan.items;
  // indexed loops here and in the rules: a for…of over a long array was seen allocating its iterator results
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const windows = itemWindows(item);
    const inds = item.indicators;
    for (let k = 0; k < inds.length; k++)
      fn(item, inds[k], k, indicatorProgress(inds[k], windows, quarter, tolerance), windows);
  }
}
