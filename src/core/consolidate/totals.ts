/**
 * Region totals of a matched indicator (docs/domain.md §9): only when every district that has it uses the same
 * unit and at least one plans a quantity; the total sums the districts with a planned quantity, and its % is
 * Σ period facts / Σ period targets (the units are the same, so sums mean something here).
 */
import type { Status } from "../model";
import type { ReportRow } from "../report";
import { percent } from "../status";
import { matchKey } from "../text";

export interface DistrictCell {
  unit: string;
  plan: number | null;
  periodTarget: number | null;
  periodFact: number;
  factToDate: number | null;
  periodPercent: number | null;
  annualPercent: number | null;
  status: Status;
  withinTolerance: boolean;
  quantitative: boolean;
}

export interface RegionTotal {
  unit: string;
  plan: number;
  periodTarget: number;
  periodFact: number;
  factToDate: number;
  periodPercent: number | null;
  annualPercent: number | null;
}

export function cellOf(r: ReportRow): DistrictCell {
  return {
    unit: r.unit,
    plan: r.plan,
    periodTarget: r.periodTarget,
    periodFact: r.periodFact,
    factToDate: r.factToDate,
    periodPercent: r.periodPercent,
    annualPercent: r.annualPercent,
    status: r.status,
    withinTolerance: r.withinTolerance,
    quantitative: r.quantitative,
  };
}

/** Behind plan beyond the tolerance in the period: not done, or partial below the tolerance. */
export function isBehind(c: DistrictCell): boolean {
  return c.status === "not_done" || (c.status === "partial" && !c.withinTolerance);
}

export function regionTotal(cells: (DistrictCell | null)[]): RegionTotal | null {
  const present = cells.filter((c): c is DistrictCell => c !== null);
  if (present.length === 0) return null;
  const unitKey = matchKey(present[0].unit);
  if (!present.every((c) => matchKey(c.unit) === unitKey)) return null;
  const quantitative = present.filter((c) => c.quantitative);
  if (quantitative.length === 0) return null;
  const t: RegionTotal = {
    unit: present[0].unit,
    plan: 0,
    periodTarget: 0,
    periodFact: 0,
    factToDate: 0,
    periodPercent: null,
    annualPercent: null,
  };
  for (const c of quantitative) {
    t.plan += c.plan ?? 0;
    t.periodTarget += c.periodTarget ?? 0;
    t.periodFact += c.periodFact;
    t.factToDate += c.factToDate ?? 0;
  }
  t.periodTarget = Math.round(t.periodTarget * 100) / 100;
  t.periodPercent = t.periodTarget > 0 ? percent(t.periodFact, t.periodTarget) : null;
  t.annualPercent = t.plan > 0 ? percent(t.factToDate, t.plan) : null;
  return t;
}
