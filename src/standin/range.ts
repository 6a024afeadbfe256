/** Excel.Range stand-in. */
import {
  MAX_COLS,
  MAX_ROWS,
  boundingRect,
  intersect,
  isWholeColumns,
  isWholeRows,
  parseAddress,
  qualifiedAddress,
  rectCols,
  rectInBounds,
  rectRows,
  type Rect,
} from "./address";
import { ErrorCode, fail } from "./errors";
import type { SheetModel } from "./model";
import { ProxyObject, snapshotArg, type StandinContext } from "./proxy";
import {
  gridInput,
  mergeRange,
  readGrid,
  shiftCells,
  writeContent,
  writeNumberFormat,
  type RangeTarget,
} from "./range-edit";
import { RangeFormat, cellPropertiesPatch } from "./range-format";
import { DataValidation } from "./data-validation";
import { ConditionalFormatCollection, cfLinks } from "./conditional-formats";
import { oneOf } from "./format-values";
import { live, modelOf } from "./target";
import { requireFormattable, requireUnlocked } from "./protection";

export type { RangeTarget };

/** Set by workbook.ts (avoids an import cycle): builds a Worksheet proxy for `range.worksheet`. */
export const rangeLinks: {
  worksheet?: (
    ctx: StandinContext,
    path: string,
    resolve: () => SheetModel | null,
    nullable: boolean
  ) => unknown;
} = {};

const SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "numberFormatLocal",
  "text",
  "valueTypes",
  "isEntireColumn",
  "isEntireRow",
  "rowHidden",
  "columnHidden",
  "hidden",
] as const;

export { live, modelOf };

export function parseRangeArg(ctx: StandinContext, sheet: SheetModel, arg: unknown, location: string): Rect {
  if (arg instanceof Range) {
    const t = arg._target();
    if (t.sheet !== sheet)
      fail(ErrorCode.invalidArgument, "The ranges are on different worksheets.", location);
    return t.rect;
  }
  if (typeof arg !== "string")
    return fail(ErrorCode.invalidArgument, "Expected a range or an address.", location);
  const parsed = parseAddress(arg);
  if (!parsed) return fail(ErrorCode.invalidArgument, `Invalid address '${arg}'.`, location);
  if (parsed.sheet !== undefined && modelOf(ctx).findSheet(parsed.sheet) !== sheet)
    fail(ErrorCode.invalidArgument, `The address '${arg}' is not on this worksheet.`, location);
  return parsed.rect;
}

function argPath(arg: unknown): string {
  return arg instanceof Range ? arg._path : JSON.stringify(arg);
}

export class Range extends ProxyObject<RangeTarget> {
  private _format?: RangeFormat;
  private _dv?: DataValidation;
  private _cfs?: ConditionalFormatCollection;
  private _ws?: unknown;

  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected override _navigation(name: string): ProxyObject<unknown> | undefined {
    if (name === "format") return this.format as ProxyObject<unknown>;
    if (name === "dataValidation") return this.dataValidation as ProxyObject<unknown>;
    if (name === "conditionalFormats") return this.conditionalFormats as ProxyObject<unknown>;
    if (name === "worksheet") return this.worksheet as ProxyObject<unknown>;
    return undefined;
  }

  protected _read(t: RangeTarget, name: string): unknown {
    const model = modelOf(this.context);
    live(this.context, t);
    const { sheet, rect } = t;
    switch (name) {
      case "address":
      case "addressLocal":
        return qualifiedAddress(sheet.name, rect);
      case "cellCount": {
        const n = rectRows(rect) * rectCols(rect);
        return n > 2147483647 ? -1 : n;
      }
      case "rowCount":
        return rectRows(rect);
      case "columnCount":
        return rectCols(rect);
      case "rowIndex":
        return rect.r0;
      case "columnIndex":
        return rect.c0;
      case "values":
        return readGrid(model, t, "values");
      case "formulas":
      case "formulasLocal":
        return readGrid(model, t, "formulas");
      case "numberFormat":
      case "numberFormatLocal":
        return readGrid(model, t, "numberFormat");
      case "text":
        return readGrid(model, t, "text");
      case "valueTypes":
        return readGrid(model, t, "valueTypes");
      case "isEntireColumn":
        return isWholeColumns(rect);
      case "isEntireRow":
        return isWholeRows(rect);
      case "rowHidden":
        return allOrNull(rect.r0, rect.r1, (r) => sheet.hiddenRows.has(r));
      case "columnHidden":
        return allOrNull(rect.c0, rect.c1, (c) => sheet.hiddenCols.has(c));
      case "hidden": {
        const rows = allOrNull(rect.r0, rect.r1, (r) => sheet.hiddenRows.has(r));
        const cols = allOrNull(rect.c0, rect.c1, (c) => sheet.hiddenCols.has(c));
        return rows === true || cols === true ? true : rows === false && cols === false ? false : null;
      }
    }
    return undefined;
  }

  // ---- properties ----
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get hidden(): boolean {
    return this._get("hidden");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._writeContent("values", v);
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._writeContent("formulas", v);
  }
  get formulasLocal(): unknown[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(v: unknown[][]) {
    this._writeContent("formulasLocal", v);
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    const value = snapshotArg(v);
    this._queueSet("numberFormat", value, (t) =>
      writeNumberFormat(modelOf(this.context), live(this.context, t), value, "Range.numberFormat")
    );
  }
  get numberFormatLocal(): unknown[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(v: unknown[][]) {
    this.numberFormat = v;
  }

  get rowHidden(): boolean {
    return this._get("rowHidden");
  }
  set rowHidden(v: boolean) {
    this._queueSet("rowHidden", v, (t) => {
      for (let r = t.rect.r0; r <= t.rect.r1; r++)
        v ? t.sheet.hiddenRows.add(r) : t.sheet.hiddenRows.delete(r);
    });
  }
  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(v: boolean) {
    this._queueSet("columnHidden", v, (t) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++)
        v ? t.sheet.hiddenCols.add(c) : t.sheet.hiddenCols.delete(c);
    });
  }

  /**
   * Range.setCellProperties (ExcelApi 1.9): a 2-D array of cell properties, one per cell; a shape that differs
   * from the range rejects with InvalidArgument (Guess, as for `values`). Which properties: cellPropertiesPatch.
   */
  setCellProperties(cellPropertiesData: unknown[][]): void {
    const data = snapshotArg(cellPropertiesData);
    this._queueCall("setCellProperties", [data], (t) => {
      live(this.context, t);
      const location = "Range.setCellProperties";
      requireFormattable(t.sheet, location);
      if (!Array.isArray(data)) fail(ErrorCode.invalidArgument, "Expected a 2-D array.", location);
      const at = gridInput(data, t.rect, location, false);
      const model = modelOf(this.context);
      // all cells checked before any changes, so a bad entry changes nothing
      const patches = Array.from({ length: rectRows(t.rect) }, (_, i) =>
        Array.from({ length: rectCols(t.rect) }, (_, j) => cellPropertiesPatch(at(i, j), location))
      );
      patches.forEach((row, i) =>
        row.forEach((patch, j) => {
          const r = t.rect.r0 + i;
          const c = t.rect.c0 + j;
          model.patchFormat(t.sheet, { r0: r, c0: c, r1: r, c1: c }, patch);
        })
      );
    });
  }

  private _writeContent(name: string, v: unknown): void {
    const value = snapshotArg(v);
    this._queueSet(name, value, (t) => {
      live(this.context, t);
      writeContent(modelOf(this.context), t, value, `Range.${name}`);
      this.context._recordChange({ sheetId: t.sheet.id, rect: t.rect, changeType: "RangeEdited" });
    });
  }

  // ---- navigation ----
  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(
      this.context,
      `${this._path}.format`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  get dataValidation(): DataValidation {
    return (this._dv ??= new DataValidation(
      this.context,
      `${this._path}.dataValidation`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return (this._cfs ??= new ConditionalFormatCollection(
      this.context,
      `${this._path}.conditionalFormats`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  get worksheet(): any {
    return (this._ws ??= rangeLinks.worksheet!(
      this.context,
      `${this._path}.worksheet`,
      () => this._targetOrNull()?.sheet ?? null,
      this._nullable
    ));
  }

  // ---- derived ranges ----
  private _derive(
    name: string,
    args: unknown[],
    compute: (t: RangeTarget) => Rect | null,
    nullable = this._nullable
  ): Range {
    const path = `${this._path}.${name}(${args.map(argPath).join(",")})`;
    return new Range(
      this.context,
      path,
      () => {
        const t = this._targetOrNull();
        if (t === null) return null;
        live(this.context, t);
        const rect = compute(t);
        if (rect === null) return null;
        if (!rectInBounds(rect))
          fail(ErrorCode.invalidArgument, "The resulting range is outside the worksheet.", `Range.${name}`);
        return { sheet: t.sheet, rect };
      },
      nullable
    );
  }

  getCell(row: number, column: number): Range {
    return this._derive("getCell", [row, column], ({ rect }) => ({
      r0: rect.r0 + row,
      c0: rect.c0 + column,
      r1: rect.r0 + row,
      c1: rect.c0 + column,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derive("getResizedRange", [deltaRows, deltaColumns], ({ rect }) => ({
      ...rect,
      r1: rect.r1 + deltaRows,
      c1: rect.c1 + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derive("getOffsetRange", [rowOffset, columnOffset], ({ rect }) => ({
      r0: rect.r0 + rowOffset,
      r1: rect.r1 + rowOffset,
      c0: rect.c0 + columnOffset,
      c1: rect.c1 + columnOffset,
    }));
  }
  getRow(row: number): Range {
    return this._derive("getRow", [row], ({ rect }) => ({ ...rect, r0: rect.r0 + row, r1: rect.r0 + row }));
  }
  getColumn(column: number): Range {
    return this._derive("getColumn", [column], ({ rect }) => ({
      ...rect,
      c0: rect.c0 + column,
      c1: rect.c0 + column,
    }));
  }
  getEntireRow(): Range {
    return this._derive("getEntireRow", [], ({ rect }) => ({
      r0: rect.r0,
      r1: rect.r1,
      c0: 0,
      c1: MAX_COLS - 1,
    }));
  }
  getEntireColumn(): Range {
    return this._derive("getEntireColumn", [], ({ rect }) => ({
      r0: 0,
      r1: MAX_ROWS - 1,
      c0: rect.c0,
      c1: rect.c1,
    }));
  }
  getLastCell(): Range {
    return this._derive("getLastCell", [], ({ rect }) => ({
      r0: rect.r1,
      c0: rect.c1,
      r1: rect.r1,
      c1: rect.c1,
    }));
  }
  getLastRow(): Range {
    return this._derive("getLastRow", [], ({ rect }) => ({ ...rect, r0: rect.r1 }));
  }
  getLastColumn(): Range {
    return this._derive("getLastColumn", [], ({ rect }) => ({ ...rect, c0: rect.c1 }));
  }
  getRowsAbove(count = 1): Range {
    return this._derive("getRowsAbove", [count], ({ rect }) => ({
      ...rect,
      r0: rect.r0 - count,
      r1: rect.r0 - 1,
    }));
  }
  getRowsBelow(count = 1): Range {
    return this._derive("getRowsBelow", [count], ({ rect }) => ({
      ...rect,
      r0: rect.r1 + 1,
      r1: rect.r1 + count,
    }));
  }
  getColumnsBefore(count = 1): Range {
    return this._derive("getColumnsBefore", [count], ({ rect }) => ({
      ...rect,
      c0: rect.c0 - count,
      c1: rect.c0 - 1,
    }));
  }
  getColumnsAfter(count = 1): Range {
    return this._derive("getColumnsAfter", [count], ({ rect }) => ({
      ...rect,
      c0: rect.c1 + 1,
      c1: rect.c1 + count,
    }));
  }
  getBoundingRect(anotherRange: Range | string): Range {
    return this._derive("getBoundingRect", [anotherRange], (t) =>
      boundingRect(t.rect, parseRangeArg(this.context, t.sheet, anotherRange, "Range.getBoundingRect"))
    );
  }
  getIntersection(anotherRange: Range | string): Range {
    return this._derive(
      "getIntersection",
      [anotherRange],
      (t) =>
        intersect(t.rect, parseRangeArg(this.context, t.sheet, anotherRange, "Range.getIntersection")) ??
        fail(ErrorCode.itemNotFound, "The ranges do not intersect.", "Range.getIntersection")
    );
  }
  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    return this._derive(
      "getIntersectionOrNullObject",
      [anotherRange],
      (t) =>
        intersect(
          t.rect,
          parseRangeArg(this.context, t.sheet, anotherRange, "Range.getIntersectionOrNullObject")
        ) ?? null,
      true
    );
  }
  getUsedRange(valuesOnly = false): Range {
    return this._derive("getUsedRange", [valuesOnly], (t) => {
      const used = modelOf(this.context).usedRect(t.sheet, valuesOnly);
      return (
        (used && intersect(used, t.rect)) ??
        fail(ErrorCode.itemNotFound, "The range has no used cells.", "Range.getUsedRange")
      );
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this._derive(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (t) => {
        const used = modelOf(this.context).usedRect(t.sheet, valuesOnly);
        return (used && intersect(used, t.rect)) ?? null;
      },
      true
    );
  }

  // ---- methods ----
  merge(across = false): void {
    this._queueCall("merge", [across], (t) =>
      mergeRange(modelOf(this.context), live(this.context, t), across)
    );
  }
  unmerge(): void {
    this._queueCall("unmerge", [], (t) => {
      live(this.context, t);
      t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
    });
  }
  clear(applyTo: string = "All"): void {
    this._queueCall("clear", [applyTo], (t) => {
      live(this.context, t);
      const how = oneOf(
        applyTo,
        ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"] as const,
        "Range.clear"
      );
      const model = modelOf(this.context);
      if (how === "All" || how === "Contents") {
        requireUnlocked(model, t.sheet, t.rect, "Range.clear");
        model.clearContents(t.sheet, t.rect);
        this.context._recordChange({ sheetId: t.sheet.id, rect: t.rect, changeType: "RangeEdited" });
      }
      if (how === "All" || how === "Formats") {
        model.clearFormats(t.sheet, t.rect);
        t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
      }
    });
  }
  delete(shift: string): void {
    this._queueCall("delete", [shift], (t) => {
      live(this.context, t);
      const dir = oneOf(shift, ["Up", "Left"] as const, "Range.delete");
      modelOf(this.context).undo.recordCellMap(t.sheet);
      shiftCells(t.sheet, t.rect, dir);
      const changeType = isWholeRows(t.rect)
        ? "RowDeleted"
        : isWholeColumns(t.rect)
          ? "ColumnDeleted"
          : "CellDeleted";
      this.context._recordChange({ sheetId: t.sheet.id, rect: t.rect, changeType });
    });
  }
  insert(shift: string): Range {
    this._queueCall("insert", [shift], (t) => {
      live(this.context, t);
      const dir = oneOf(shift, ["Down", "Right"] as const, "Range.insert");
      modelOf(this.context).undo.recordCellMap(t.sheet);
      shiftCells(t.sheet, t.rect, dir);
      const changeType = isWholeRows(t.rect)
        ? "RowInserted"
        : isWholeColumns(t.rect)
          ? "ColumnInserted"
          : "CellInserted";
      this.context._recordChange({ sheetId: t.sheet.id, rect: t.rect, changeType });
    });
    return this._derive("insertResult", [], (t) => t.rect);
  }
  select(): void {
    this._queueCall("select", [], (t) => {
      live(this.context, t);
      if (t.sheet.visibility !== "Visible")
        fail(ErrorCode.invalidOperation, "Cannot select a range on a hidden worksheet.", "Range.select");
      const model = modelOf(this.context);
      model.selection = { sheetId: t.sheet.id, rect: t.rect };
      model.activeSheetId = t.sheet.id;
    });
  }
  calculate(): void {
    this._queueCall("calculate", [], () => undefined);
  }
}

function allOrNull(from: number, to: number, test: (i: number) => boolean): boolean | null {
  if (to - from > 100000) {
    const first = test(from);
    return first === test(to) ? first : null;
  }
  const first = test(from);
  for (let i = from + 1; i <= to; i++) if (test(i) !== first) return null;
  return first;
}

cfLinks.range = (ctx, path, resolve) => new Range(ctx, path, resolve);
