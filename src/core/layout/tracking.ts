/** The cell decisions of the tracking columns (the numbers behind them are in ../tracking.ts). */
import type { Status } from "../model";
import type { StyleName } from "./sheet";

/** The style of a status cell; a partial status within the tolerance is light green. */
export function statusStyle(status: Status, tolerated: boolean): StyleName {
  if (status === "partial" && tolerated) return "status.partialTolerated";
  // literal names, not `status.${status}`: that built a new string for every status cell
  switch (status) {
    case "done":
      return "status.done";
    case "partial":
      return "status.partial";
    case "not_done":
      return "status.not_done";
    case "in_progress":
      return "status.in_progress";
    case "not_due":
      return "status.not_due";
    case "not_scheduled":
      return "status.not_scheduled";
    default:
      return `status.${status as string}` as StyleName;
  }
}
