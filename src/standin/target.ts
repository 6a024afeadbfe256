/** Helpers shared by the range-level proxies. */
import { ErrorCode, fail } from "./errors";
import type { WorkbookModel } from "./model";
import type { StandinContext } from "./proxy";
import type { RangeTarget } from "./range-edit";

export function modelOf(ctx: StandinContext): WorkbookModel {
  return ctx.host.model;
}

/** The sheet must still exist when an operation runs. */
export function live<T extends RangeTarget>(ctx: StandinContext, t: T): T {
  if (!modelOf(ctx).sheets.includes(t.sheet))
    fail(ErrorCode.itemNotFound, "The worksheet of this range no longer exists.");
  return t;
}
