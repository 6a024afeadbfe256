/**
 * Quarter tracking (docs/domain.md §7): the status of each quarter column, of the report period 1..R, and the ratios.
 *
 * Reading of the spec, where it leaves room:
 * - A window's F is the sum of the facts of its own quarters up to R (up to q for the quarter column q).
 *   Surplus is not carried from one window to the next in the quarter columns: 350 in I of a 4 × 300 plan
 *   does not help II. The period status sums F and T over all ended windows, so within the period a surplus
 *   does make up for a shortfall (the spec's "T = sum of their targets, F = sum of their facts").
 * - Facts entered in a quarter that no window holds count in "facts to date" (annual %) but in no window.
 * - No window ended by R: the windows started by R (from ≤ R) are looked at; done if their facts already
 *   reach their targets, else in_progress; none started: not_due. An indicator with no window at all
 *   (deadline missing or unknown) is not_scheduled everywhere.
 * - An indicator "has a planned quantity" when its plan is a number above 0. A plan of 0 or none is tracked
 *   by done marks: target 1 per window, and a number fact counts as its value.
 * - Invalid facts count as nothing; a done mark counts 1.
 */
import { STATUS_NAMES, statusCellText } from "./messages/status";
import type { Fact, Indicator, Lang, Quarter, Status, Window } from "./model";
import { matchKey } from "./text";

export interface IndicatorProgress {
  /** columns I..IV for report quarter R */
  quarters: [Status, Status, Status, Status];
  /** status for the period 1..R */
  period: Status;
  /** annual target of the indicator: plan, or 1 done mark per window when there is no planned quantity → number of windows */
  annualTarget: number;
  /** T: sum of targets of windows with to ≤ R (0 when none ended) */
  periodTarget: number;
  /** fact entered for quarter R alone (null if nothing entered) */
  quarterFact: number | null;
  /** facts of quarters 1..R summed (marks count 1); 0 when nothing entered */
  factToDate: number;
  /** F/T ×100, one decimal; null when no window has ended by R, or no planned quantity */
  periodPercent: number | null;
  /** facts to date / annual plan ×100, one decimal; null when no planned quantity */
  annualPercent: number | null;
  /** plan / previous year's fact ×100, one decimal; null when either is missing or fact is 0 */
  growthPercent: number | null;
  /** period is partial at ≥ (1 − tolerance) of T: needs no note (light green) */
  withinTolerance: boolean;
  /** behind plan beyond the tolerance (period partial below tolerance, or not_done) */
  behindPlan: boolean;
  /** has a planned quantity */
  quantitative: boolean;
}

/** Absorbs float noise in targets like 1000 / 3 so that 3 × 333.33… meets 1000. */
const EPS = 1e-9;

/** The value a fact counts for: its number, 1 for a done mark, null for nothing entered or an invalid entry. */
export function factValue(f: Fact | null | undefined): number | null {
  if (!f || f.kind === "invalid") return null;
  return f.value;
}

/** x / y × 100 rounded to one decimal (computed as x·1000/y to keep 91.65 from drifting). */
export function percent(x: number, y: number): number {
  return Math.round((x * 1000) / y) / 10;
}

function windowHolding(windows: readonly Window[], q: number): Window | null {
  for (const w of windows) if (w[0] <= q && q <= w[1]) return w;
  return null;
}

/** Facts of quarters from..to summed (a quarter with nothing entered, or outside I–IV, counts 0). */
function sumFacts(values: readonly (number | null)[], from: number, to: number): number {
  let f = 0;
  for (let q = from; q <= to; q++) f += values[q - 1] ?? 0;
  return f;
}

/** Facts of the window's quarters from its start up to quarter `upTo`. */
function windowFact(values: readonly (number | null)[], w: Window, upTo: number): number {
  return sumFacts(values, w[0], Math.min(w[1], upTo));
}

function quarterStatus(
  values: readonly (number | null)[],
  windows: readonly Window[],
  q: number,
  R: number,
  target: number
): Status {
  const w = windowHolding(windows, q);
  if (!w) return "not_scheduled";
  if (q > R) return "not_due";
  const f = windowFact(values, w, q);
  if (f >= target - EPS) return "done";
  if (q < w[1]) return "in_progress";
  return f > 0 ? "partial" : "not_done";
}

const VALUES: (number | null)[] = [null, null, null, null];

// Called for every indicator by check, fill and report alike: written without per-call closures or arrays
// beyond the result.
export function indicatorProgress(
  ind: Pick<Indicator, "plan" | "previousFact" | "facts">,
  windows: readonly Window[],
  reportQuarter: Quarter,
  tolerance: number
): IndicatorProgress {
  const R = reportQuarter;
  const facts = ind.facts;
  // scratch, refilled on every call (nothing here calls back out): an array per call was a large share of the
  // engine's garbage
  const values = VALUES;
  values[0] = factValue(facts[0]);
  values[1] = factValue(facts[1]);
  values[2] = factValue(facts[2]);
  values[3] = factValue(facts[3]);

  const plan = ind.plan.value;
  const quantitative = plan !== null && plan > 0;
  const target = windows.length === 0 ? 0 : quantitative ? plan / windows.length : 1;

  const quarters: [Status, Status, Status, Status] = [
    quarterStatus(values, windows, 1, R, target),
    quarterStatus(values, windows, 2, R, target),
    quarterStatus(values, windows, 3, R, target),
    quarterStatus(values, windows, 4, R, target),
  ];

  let endedCount = 0;
  let periodFact = 0;
  for (const w of windows) {
    if (!(w[1] <= R)) continue;
    endedCount++;
    periodFact += windowFact(values, w, R);
  }
  let period: Status;
  let periodTarget = 0;
  if (endedCount > 0) {
    periodTarget = target * endedCount;
    period = periodFact >= periodTarget - EPS ? "done" : periodFact > 0 ? "partial" : "not_done";
  } else if (windows.length === 0) period = "not_scheduled";
  else {
    let startedCount = 0;
    let f = 0;
    for (const w of windows) {
      if (!(w[0] <= R)) continue;
      startedCount++;
      f += windowFact(values, w, R);
    }
    if (startedCount === 0) period = "not_due";
    else period = f >= target * startedCount - EPS ? "done" : "in_progress";
  }

  const factToDate = sumFacts(values, 1, R);

  const withinTolerance = period === "partial" && periodFact >= (1 - tolerance) * periodTarget - EPS;
  const previous = ind.previousFact.value;

  return {
    quarters,
    period,
    annualTarget: quantitative ? plan : windows.length,
    periodTarget,
    quarterFact: values[R - 1],
    factToDate,
    periodPercent: quantitative && endedCount > 0 ? percent(periodFact, periodTarget) : null,
    annualPercent: quantitative ? percent(factToDate, plan) : null,
    growthPercent: plan !== null && previous !== null && previous !== 0 ? percent(plan, previous) : null,
    withinTolerance,
    behindPlan: period === "not_done" || (period === "partial" && !withinTolerance),
    quantitative,
  };
}

/**
 * Worst first. Something owed and missing (not_done, partial) outranks work under way (in_progress), which
 * outranks work not yet due; done only shows when every indicator is done or unscheduled; an empty list and
 * a list of only unscheduled indicators give not_scheduled.
 */
export const STATUS_SEVERITY_ORDER: readonly Status[] = [
  "not_done",
  "partial",
  "in_progress",
  "not_due",
  "done",
  "not_scheduled",
];

/** The worst of several statuses (an item with several indicators), by STATUS_SEVERITY_ORDER. */
export function worstStatus(statuses: readonly Status[]): Status {
  let best = STATUS_SEVERITY_ORDER.length - 1;
  for (const s of statuses) {
    const i = STATUS_SEVERITY_ORDER.indexOf(s);
    if (i >= 0 && i < best) best = i;
  }
  return STATUS_SEVERITY_ORDER[best];
}

/** The text of each status in a status cell of a workbook in `lang` (core/messages/status). */
export function statusLabels(lang: Lang): Record<Status, string> {
  return {
    done: statusCellText("done", lang),
    partial: statusCellText("partial", lang),
    not_done: statusCellText("not_done", lang),
    in_progress: statusCellText("in_progress", lang),
    not_due: statusCellText("not_due", lang),
    not_scheduled: statusCellText("not_scheduled", lang),
  };
}

const LABELS: Record<Lang, Record<Status, string>> = {
  uz: statusLabels("uz"),
  "uz-Cyrl": statusLabels("uz-Cyrl"),
  ru: statusLabels("ru"),
  en: statusLabels("en"),
};

/** The status cells' texts of a workbook in the default language, Uzbek (Latin). */
export const STATUS_LABELS: Record<Status, string> = LABELS.uz;

/** The status cells' texts in each workbook language (made once: fill writes one per quarter and indicator). */
export const STATUS_LABELS_BY_LANG: Readonly<Record<Lang, Record<Status, string>>> = LABELS;

/** Labels read back from a sheet: a status name in any of the four languages (any case and apostrophe), a few
 * variants people write, or the code. */
const LABEL_KEYS = new Map<string, Status>();
for (const status of Object.keys(STATUS_LABELS) as Status[]) LABEL_KEYS.set(status, status);
for (const names of Object.values(STATUS_NAMES)) {
  for (const [status, name] of Object.entries(names) as [Status, string][])
    LABEL_KEYS.set(matchKey(name), status);
}
for (const [label, status] of [
  ["done", "done"],
  ["partially done", "partial"],
  ["partial", "partial"],
  ["not done", "not_done"],
  ["in progress", "in_progress"],
  ["not due", "not_due"],
  ["not yet due", "not_due"],
  ["not scheduled", "not_scheduled"],
  ["qisman", "partial"],
  ["muddati kelmadi", "not_due"],
] as [string, Status][]) {
  LABEL_KEYS.set(label, status);
}

/** The status a label names, or null when the text names none (an empty cell is null). */
export function statusFromLabel(label: string): Status | null {
  const t = label.trim();
  if (t === "") return null;
  if (/^[-‐‑‒–—―−]+$/.test(t)) return "not_scheduled";
  return LABEL_KEYS.get(matchKey(t).replace(/_/g, " ")) ?? LABEL_KEYS.get(matchKey(t)) ?? null;
}
