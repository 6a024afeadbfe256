/** Excel.RangeAreas (ExcelApi 1.9) stand-in: several rectangles of one sheet; format and clear apply to each. */
import { boundingRect, intersect, qualifiedAddress, rectCols, rectRows, type Rect } from "./address";
import { CollectionProxy } from "./collection";
import { ErrorCode, fail } from "./errors";
import { oneOf } from "./format-values";
import { ProxyObject } from "./proxy";
import { Range, parseRangeArg } from "./range";
import { areasOf, type RangeTarget } from "./range-edit";
import { RangeFormat } from "./range-format";
import type { SheetModel } from "./model";
import { live, modelOf } from "./target";

export function parseAreas(
  ctx: ProxyObject<unknown>["context"],
  sheet: SheetModel,
  address: string,
  location: string
): RangeTarget {
  // Excel on Windows takes only the list separator of the regional settings here (OfficeDev/office-js#1167,
  // #1985): "A1:B2,D4" is refused with InvalidArgument under ";" (Uzbek, Russian) and "A1;D4" under ",".
  const separator = ctx.host.model.listSeparator;
  const other = separator === "," ? ";" : ",";
  if (address.replace(/'[^']*'/g, "").includes(other))
    fail(ErrorCode.invalidArgument, `Invalid address '${address}'.`, location);
  const parts = address.split(separator).map((p) => p.trim());
  if (parts.some((p) => p === "")) fail(ErrorCode.invalidArgument, `Invalid address '${address}'.`, location);
  const areas = parts.map((p) => parseRangeArg(ctx, sheet, p, location));
  return { sheet, rect: areas.reduce(boundingRect), areas };
}

export class RangeAreas extends ProxyObject<RangeTarget> {
  private _format?: RangeFormat;
  private _areas?: RangeCollection;

  protected _scalarNames(): readonly string[] {
    return ["address", "addressLocal", "areaCount", "cellCount"];
  }
  protected override _navigation(name: string): ProxyObject<unknown> | undefined {
    return name === "format" ? this.format : name === "areas" ? this.areas : undefined;
  }
  protected _read(t: RangeTarget, name: string): unknown {
    live(this.context, t);
    switch (name) {
      case "address":
      case "addressLocal":
        return areasOf(t)
          .map((r) => qualifiedAddress(t.sheet.name, r))
          .join(",");
      case "areaCount":
        return areasOf(t).length;
      case "cellCount":
        return areasOf(t).reduce((n, r) => n + rectRows(r) * rectCols(r), 0);
    }
    return undefined;
  }
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(
      this.context,
      `${this._path}.format`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  get areas(): RangeCollection {
    return (this._areas ??= new RangeCollection(
      this.context,
      `${this._path}.areas`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  clear(applyTo: string = "All"): void {
    this._queueCall("clear", [applyTo], (t) => {
      live(this.context, t);
      const how = oneOf(
        applyTo,
        ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"] as const,
        "RangeAreas.clear"
      );
      const model = modelOf(this.context);
      for (const rect of areasOf(t)) {
        if (how === "All" || how === "Contents") {
          model.clearContents(t.sheet, rect);
          this.context._recordChange({ sheetId: t.sheet.id, rect, changeType: "RangeEdited" });
        }
        if (how === "All" || how === "Formats") {
          model.clearFormats(t.sheet, rect);
          t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, rect));
        }
      }
    });
  }
}

export class RangeCollection extends CollectionProxy<RangeTarget, Range, Rect> {
  protected _enumerate(t: RangeTarget): Rect[] {
    return areasOf(t);
  }
  protected _makeItem(rect: Rect, index: number): Range {
    const t = this._target();
    return new Range(this.context, `${this._path}.getItemAt(${index})`, () => ({ sheet: t.sheet, rect }));
  }
  protected _itemScalarNames(): readonly string[] {
    return [
      "address",
      "addressLocal",
      "rowCount",
      "columnCount",
      "rowIndex",
      "columnIndex",
      "values",
      "formulas",
      "numberFormat",
      "text",
      "valueTypes",
      "cellCount",
    ];
  }
  getItemAt(index: number): Range {
    return new Range(this.context, `${this._path}.getItemAt(${index})`, () => {
      const t = this._target();
      const rect = areasOf(t)[index];
      return rect
        ? { sheet: t.sheet, rect }
        : fail(ErrorCode.itemNotFound, undefined, "RangeCollection.getItemAt");
    });
  }
}
