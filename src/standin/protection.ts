/**
 * Excel.WorksheetProtection (ExcelApi 1.2) and the rule Excel enforces with it: while a sheet is protected, a
 * write of values or formulas that touches a locked cell (every cell is locked unless
 * `format.protection.locked = false`) fails with AccessDenied, and so does a format change unless the options
 * allow formatting cells. Sources in docs/excel-standin-assumptions.md.
 */
import type { Rect } from "./address";
import { ErrorCode, fail } from "./errors";
import { requireBoolean } from "./format-values";
import type { SheetModel, WorkbookModel } from "./model";
import { ProxyObject, snapshotArg } from "./proxy";
import { modelOf } from "./target";

export const PROTECTION_OPTION_NAMES = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
] as const;

export type ProtectionOptions = Partial<Record<(typeof PROTECTION_OPTION_NAMES)[number], boolean>> & {
  selectionMode?: string;
};

export interface SheetProtectionModel {
  options: ProtectionOptions;
  password?: string;
}

/** Every option with Excel's default (nothing allowed, normal selection) under what was given. */
function fullOptions(given: ProtectionOptions): ProtectionOptions {
  const out: ProtectionOptions = {};
  for (const name of PROTECTION_OPTION_NAMES) out[name] = given[name] ?? false;
  out.selectionMode = given.selectionMode ?? "Normal";
  return out;
}

export class WorksheetProtection extends ProxyObject<SheetModel> {
  protected _scalarNames(): readonly string[] {
    return ["protected", "options"];
  }
  protected _read(s: SheetModel, name: string): unknown {
    if (name === "protected") return s.protection !== undefined;
    if (name === "options") return fullOptions(s.protection?.options ?? {});
    return undefined;
  }
  get protected(): boolean {
    return this._get("protected");
  }
  get options(): ProtectionOptions {
    return this._get("options");
  }

  protect(options?: ProtectionOptions, password?: string): void {
    const given = (snapshotArg(options ?? {}) ?? {}) as ProtectionOptions;
    this._queueCall("protect", [given, password === undefined ? undefined : "***"], (s) => {
      if (s.protection)
        fail(
          ErrorCode.invalidOperation,
          "The worksheet is already protected.",
          "WorksheetProtection.protect"
        );
      for (const [k, v] of Object.entries(given)) {
        if (k === "selectionMode") continue;
        if (!(PROTECTION_OPTION_NAMES as readonly string[]).includes(k))
          fail(ErrorCode.invalidArgument, undefined, "WorksheetProtection.protect");
        requireBoolean(v, `WorksheetProtection.protect.${k}`);
      }
      s.protection = { options: fullOptions(given), ...(password ? { password } : {}) };
      modelOf(this.context).undo.clear(); // WorksheetProtection.protect: not undoable anywhere
    });
  }

  unprotect(password?: string): void {
    this._queueCall("unprotect", [password === undefined ? undefined : "***"], (s) => {
      if (s.protection?.password && s.protection.password !== password)
        fail(ErrorCode.invalidArgument, "The password is incorrect.", "WorksheetProtection.unprotect");
      s.protection = undefined; // not protected: nothing to do
      modelOf(this.context).undo.clear(); // WorksheetProtection.unprotect: not undoable anywhere
    });
  }
}

const DENIED = "The cell or chart you're trying to change is on a protected sheet.";

/** Fails when `rect` of a protected sheet holds a locked cell (a values / formulas write, a clear of contents). */
export function requireUnlocked(model: WorkbookModel, sheet: SheetModel, rect: Rect, location: string): void {
  if (!sheet.protection) return;
  if (model.uniform(sheet, rect, (f) => f.locked ?? true) !== false)
    fail(ErrorCode.accessDenied, DENIED, location);
}

/** Fails when the sheet is protected and its options do not allow formatting cells. */
export function requireFormattable(sheet: SheetModel, location: string): void {
  if (sheet.protection && !sheet.protection.options.allowFormatCells)
    fail(ErrorCode.accessDenied, DENIED, location);
}
