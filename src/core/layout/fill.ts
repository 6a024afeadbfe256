/**
 * `reja fill` / "Fill statuses and ratios": the tracking outputs of every indicator row for report quarter R.
 * Only "Jami fakt", "Bajarilish %" and "I..IV chorak holati" are written (the statuses in the workbook's
 * language); every other cell is left alone.
 *
 * "Jami fakt" is the facts to date: quarters 1..R summed (done marks count 1), the same number the report
 * shows as "Yil boshidan fakt"; facts entered for quarters after R are not counted until R reaches them.
 * "Bajarilish %" is the annual percentage (facts to date / annual plan, one decimal), blank when the
 * indicator has no planned quantity (it is tracked by done marks).
 */
import type { Plan, PlanSettings } from "../model";
import { STATUS_LABELS_BY_LANG } from "../status";
import type { CellWrite } from "./sheet";
import { forEachIndicator, quarterWithinTolerance } from "../tracking";
import { statusStyle } from "./tracking";

export function fillWrites(
  plan: Plan,
  settings: Pick<PlanSettings, "quarter" | "tolerance"> & Partial<Pick<PlanSettings, "lang">>
): CellWrite[] {
  const cols = plan.columns;
  const tolerance = settings.tolerance;
  // the status names in the workbook's language (what was there before, in any language, is simply replaced)
  const labels = STATUS_LABELS_BY_LANG[settings.lang ?? "uz"];
  const writes: CellWrite[] = [];
  forEachIndicator(plan, settings.quarter, tolerance, (_item, ind, _k, p, windows) => {
    const row = ind.row;
    if (cols.totalFact >= 0) writes.push({ row, col: cols.totalFact, v: p.factToDate, style: "number" });
    if (cols.percent >= 0) writes.push({ row, col: cols.percent, v: p.annualPercent, style: "percent" });
    for (let q = 0; q < 4; q++) {
      const col = cols.statuses[q];
      if (col < 0) continue;
      const status = p.quarters[q];
      const tolerated = status === "partial" && quarterWithinTolerance(ind, windows, q + 1, tolerance);
      writes.push({ row, col, v: labels[status], style: statusStyle(status, tolerated) });
    }
  });
  return writes;
}
