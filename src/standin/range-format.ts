/** Excel.RangeFormat and its children (fill, font, borders, protection), stored per cell. */
import { isWholeColumns, isWholeRows, type Rect } from "./address";
import { ErrorCode, fail } from "./errors";
import {
  BORDER_INDEX,
  BORDER_STYLE,
  BORDER_WEIGHT,
  HORIZONTAL,
  UNDERLINE,
  VERTICAL,
  normalizeColor,
  oneOf,
  requireBoolean,
  requireNumber,
} from "./format-values";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
  type BorderModel,
  type CellFormat,
  type Side,
} from "./model";
import { ProxyObject } from "./proxy";
import { requireFormattable } from "./protection";
import { areasOf, autofitColumns, autofitRows, type RangeTarget } from "./range-edit";
import { live, modelOf } from "./target";

abstract class FormatPart extends ProxyObject<RangeTarget> {
  protected _uniform<T>(t: RangeTarget, read: (f: CellFormat, r: number, c: number) => T): T | null {
    live(this.context, t);
    return uniformOver(areasOf(t), (rect) => modelOf(this.context).uniform(t.sheet, rect, read));
  }
  protected _patch(name: string, value: unknown, patch: (f: CellFormat, t: RangeTarget) => CellFormat): void {
    this._queueSet(name, value, (t) => {
      live(this.context, t);
      requireFormattable(t.sheet, `RangeFormat.${name}`);
      for (const rect of areasOf(t)) modelOf(this.context).patchFormat(t.sheet, rect, (f) => patch(f, t));
    });
  }
}

export class RangeFormat extends FormatPart {
  private _fill?: RangeFill;
  private _font?: RangeFont;
  private _borders?: RangeBorderCollection;
  private _protection?: FormatProtection;

  protected _scalarNames(): readonly string[] {
    return ["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth", "rowHeight"];
  }
  protected override _navigation(name: string): ProxyObject<unknown> | undefined {
    return (
      { fill: this.fill, font: this.font, borders: this.borders, protection: this.protection } as Record<
        string,
        ProxyObject<unknown> | undefined
      >
    )[name];
  }
  protected _read(t: RangeTarget, name: string): unknown {
    switch (name) {
      case "wrapText":
        return this._uniform(t, (f) => f.wrapText ?? false);
      case "horizontalAlignment":
        return this._uniform(t, (f) => f.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return this._uniform(t, (f) => f.verticalAlignment ?? "Bottom");
      case "columnWidth":
        return uniformOver(areasOf(t), (rect) =>
          uniformIndex(rect.c0, rect.c1, (c) => t.sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH)
        );
      case "rowHeight":
        return uniformOver(areasOf(t), (rect) =>
          uniformIndex(rect.r0, rect.r1, (r) => t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT)
        );
    }
    return undefined;
  }

  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._patch("wrapText", v, (f) => ({ ...f, wrapText: requireBoolean(v, "RangeFormat.wrapText") }));
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._patch("horizontalAlignment", v, (f) => ({
      ...f,
      horizontalAlignment: oneOf(v, HORIZONTAL, "RangeFormat.horizontalAlignment"),
    }));
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._patch("verticalAlignment", v, (f) => ({
      ...f,
      verticalAlignment: oneOf(v, VERTICAL, "RangeFormat.verticalAlignment"),
    }));
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._queueSet("columnWidth", v, (t) => {
      live(this.context, t);
      const w = requireNumber(v, "RangeFormat.columnWidth", 0, 1800);
      for (const rect of areasOf(t)) for (let c = rect.c0; c <= rect.c1; c++) t.sheet.colWidths.set(c, w);
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._queueSet("rowHeight", v, (t) => {
      live(this.context, t);
      const h = requireNumber(v, "RangeFormat.rowHeight", 0, 409);
      for (const rect of areasOf(t)) {
        if (isWholeColumns(rect) && rect.r1 - rect.r0 > 200000)
          fail(ErrorCode.notImplemented, "Setting the height of every row is not supported by the stand-in.");
        for (let r = rect.r0; r <= rect.r1; r++) t.sheet.rowHeights.set(r, h);
      }
    });
  }

  get fill(): RangeFill {
    return (this._fill ??= new RangeFill(
      this.context,
      `${this._path}.fill`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  get font(): RangeFont {
    return (this._font ??= new RangeFont(
      this.context,
      `${this._path}.font`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  get borders(): RangeBorderCollection {
    return (this._borders ??= new RangeBorderCollection(
      this.context,
      `${this._path}.borders`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }
  get protection(): FormatProtection {
    return (this._protection ??= new FormatProtection(
      this.context,
      `${this._path}.protection`,
      () => this._targetOrNull(),
      this._nullable
    ));
  }

  autofitColumns(): void {
    this._queueCall("autofitColumns", [], (t) =>
      areasOf(live(this.context, t)).forEach((rect) =>
        autofitColumns(modelOf(this.context), { sheet: t.sheet, rect })
      )
    );
  }
  autofitRows(): void {
    this._queueCall("autofitRows", [], (t) =>
      areasOf(live(this.context, t)).forEach((rect) =>
        autofitRows(modelOf(this.context), { sheet: t.sheet, rect })
      )
    );
  }
}

/** The common answer of every area, or null. */
function uniformOver<T>(areas: Rect[], read: (rect: Rect) => T | null): T | null {
  let first: T | null | undefined;
  for (const rect of areas) {
    const v = read(rect);
    if (v === null) return null;
    if (first === undefined) first = v;
    else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
  }
  return first ?? null;
}

function uniformIndex(from: number, to: number, read: (i: number) => number): number | null {
  const first = read(from);
  for (let i = from + 1; i <= Math.min(to, from + 20000); i++) if (read(i) !== first) return null;
  return first;
}

export class RangeFill extends FormatPart {
  protected _scalarNames(): readonly string[] {
    return ["color"];
  }
  protected _read(t: RangeTarget, name: string): unknown {
    return name === "color" ? this._uniform(t, (f) => f.fill ?? "#FFFFFF") : undefined;
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._patch("color", v, (f) => {
      const color = normalizeColor(v, "RangeFill.color");
      const next = { ...f };
      if (color === undefined) delete next.fill;
      else next.fill = color;
      return next;
    });
  }
  clear(): void {
    this._queueCall("clear", [], (t) => {
      live(this.context, t);
      for (const rect of areasOf(t))
        modelOf(this.context).patchFormat(t.sheet, rect, (f) => {
          const next = { ...f };
          delete next.fill;
          return next;
        });
    });
  }
}

export class RangeFont extends FormatPart {
  protected _scalarNames(): readonly string[] {
    return ["bold", "italic", "color", "size", "name", "underline"];
  }
  protected _read(t: RangeTarget, name: string): unknown {
    switch (name) {
      case "bold":
        return this._uniform(t, (f) => f.bold ?? false);
      case "italic":
        return this._uniform(t, (f) => f.italic ?? false);
      case "color":
        return this._uniform(t, (f) => f.fontColor ?? DEFAULT_FONT.color);
      case "size":
        return this._uniform(t, (f) => f.fontSize ?? DEFAULT_FONT.size);
      case "name":
        return this._uniform(t, (f) => f.fontName ?? DEFAULT_FONT.name);
      case "underline":
        return this._uniform(t, (f) => f.underline ?? "None");
    }
    return undefined;
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._patch("bold", v, (f) => ({ ...f, bold: requireBoolean(v, "RangeFont.bold") }));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._patch("italic", v, (f) => ({ ...f, italic: requireBoolean(v, "RangeFont.italic") }));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._patch("color", v, (f) => ({
      ...f,
      fontColor: normalizeColor(v, "RangeFont.color") ?? DEFAULT_FONT.color,
    }));
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this._patch("size", v, (f) => ({ ...f, fontSize: requireNumber(v, "RangeFont.size", 1, 409) }));
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._patch("name", v, (f) => {
      if (typeof v !== "string" || v.trim() === "")
        fail(ErrorCode.invalidArgument, "Invalid font name.", "RangeFont.name");
      return { ...f, fontName: v };
    });
  }
  get underline(): string {
    return this._get("underline");
  }
  set underline(v: string) {
    this._patch("underline", v, (f) => ({ ...f, underline: oneOf(v, UNDERLINE, "RangeFont.underline") }));
  }
}

export class FormatProtection extends FormatPart {
  protected _scalarNames(): readonly string[] {
    return ["locked"];
  }
  protected _read(t: RangeTarget, name: string): unknown {
    return name === "locked" ? this._uniform(t, (f) => f.locked ?? true) : undefined;
  }
  get locked(): boolean {
    return this._get("locked");
  }
  set locked(v: boolean) {
    this._patch("locked", v, (f) => ({ ...f, locked: requireBoolean(v, "FormatProtection.locked") }));
  }
}

type BorderIndex = (typeof BORDER_INDEX)[number];

/** Which cells (and which side of them) an edge of the range means. */
function edgeCells(rect: Rect, edge: BorderIndex): { rect: Rect; side: Side }[] {
  switch (edge) {
    case "EdgeTop":
      return [{ rect: { ...rect, r1: rect.r0 }, side: "top" }];
    case "EdgeBottom":
      return [{ rect: { ...rect, r0: rect.r1 }, side: "bottom" }];
    case "EdgeLeft":
      return [{ rect: { ...rect, c1: rect.c0 }, side: "left" }];
    case "EdgeRight":
      return [{ rect: { ...rect, c0: rect.c1 }, side: "right" }];
    case "InsideHorizontal":
      return rect.r0 === rect.r1
        ? []
        : [
            { rect: { ...rect, r1: rect.r1 - 1 }, side: "bottom" },
            { rect: { ...rect, r0: rect.r0 + 1 }, side: "top" },
          ];
    case "InsideVertical":
      return rect.c0 === rect.c1
        ? []
        : [
            { rect: { ...rect, c1: rect.c1 - 1 }, side: "right" },
            { rect: { ...rect, c0: rect.c0 + 1 }, side: "left" },
          ];
    default:
      return [];
  }
}

const NO_BORDER: BorderModel = { style: "None", color: "#000000", weight: "Thin" };

export class RangeBorderCollection extends ProxyObject<RangeTarget> {
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  getItem(index: string): RangeBorder {
    const edge = index as BorderIndex;
    return new RangeBorder(
      this.context,
      `${this._path}.getItem(${JSON.stringify(index)})`,
      () => {
        const t = this._targetOrNull();
        if (t && !BORDER_INDEX.includes(edge))
          fail(
            ErrorCode.invalidArgument,
            `Invalid border index '${index}'.`,
            "RangeBorderCollection.getItem"
          );
        return t && { ...t, edge };
      },
      this._nullable
    );
  }
}

export class RangeBorder extends ProxyObject<RangeTarget & { edge: BorderIndex }> {
  protected _scalarNames(): readonly string[] {
    return ["style", "color", "weight", "sideIndex"];
  }
  protected _read(t: RangeTarget & { edge: BorderIndex }, name: string): unknown {
    if (name === "sideIndex") return t.edge;
    live(this.context, t);
    const model = modelOf(this.context);
    return uniformOver(areasOf(t), (area) => {
      const parts = edgeCells(area, t.edge);
      if (parts.length === 0) return (NO_BORDER as unknown as Record<string, unknown>)[name];
      const { rect, side } = parts[0];
      return model.uniform(t.sheet, rect, (f) => (f.borders?.[side] ?? NO_BORDER)[name as keyof BorderModel]);
    });
  }
  private _setBorder(name: keyof BorderModel, value: unknown, allowed?: readonly string[]): void {
    this._queueSet(name, value, (t) => {
      live(this.context, t);
      const v =
        name === "color"
          ? (normalizeColor(value, "RangeBorder.color") ?? "#000000")
          : oneOf(value, allowed!, `RangeBorder.${name}`);
      const model = modelOf(this.context);
      for (const area of areasOf(t)) {
        if (isWholeRows(area) && isWholeColumns(area))
          fail(ErrorCode.notImplemented, "Borders on the whole sheet are not supported by the stand-in.");
        for (const { rect, side } of edgeCells(area, t.edge))
          model.patchFormat(t.sheet, rect, (f) => ({
            ...f,
            borders: { ...f.borders, [side]: { ...(f.borders?.[side] ?? NO_BORDER), [name]: v } },
          }));
      }
    });
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._setBorder("style", v, BORDER_STYLE);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._setBorder("color", v);
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this._setBorder("weight", v, BORDER_WEIGHT);
  }
  get sideIndex(): string {
    return this._get("sideIndex");
  }
}

/**
 * One cell's `format` of Range.setCellProperties (ExcelApi 1.9) as a patch: the sub-properties given are set,
 * the others left unchanged ("Any subproperties of format that are not set will not be changed": D
 * "Excel.CellPropertiesFill" sample from office-js-snippets cell-properties.yaml). The stand-in takes fill.color,
 * font bold/italic/color/size/name/underline, wrapText, horizontal/verticalAlignment and protection.locked;
 * anything else (borders, style, hyperlink, …) rejects with NotImplemented.
 */
export function cellPropertiesPatch(props: unknown, location: string): (f: CellFormat) => CellFormat {
  if (!props || typeof props !== "object" || Array.isArray(props))
    fail(ErrorCode.invalidArgument, "Expected an object of cell properties.", location);
  const notHere = (name: string): never =>
    fail(
      ErrorCode.notImplemented,
      `setCellProperties: '${name}' is not supported by the stand-in.`,
      location
    );
  const patch: CellFormat = {};
  let clearFill = false;
  for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
    if (k !== "format") notHere(k);
    if (!v || typeof v !== "object") fail(ErrorCode.invalidArgument, "Invalid format.", location);
    for (const [fk, fv] of Object.entries(v as Record<string, unknown>)) {
      const sub = (fv ?? {}) as Record<string, unknown>;
      switch (fk) {
        case "fill":
          for (const [n, x] of Object.entries(sub)) {
            if (n !== "color") notHere(`format.fill.${n}`);
            const color = normalizeColor(x, `${location}.format.fill.color`);
            if (color === undefined) clearFill = true;
            else patch.fill = color;
          }
          break;
        case "font":
          for (const [n, x] of Object.entries(sub)) {
            const at = `${location}.format.font.${n}`;
            if (n === "bold") patch.bold = requireBoolean(x, at);
            else if (n === "italic") patch.italic = requireBoolean(x, at);
            else if (n === "color") patch.fontColor = normalizeColor(x, at) ?? DEFAULT_FONT.color;
            else if (n === "size") patch.fontSize = requireNumber(x, at, 1, 409);
            else if (n === "name" && typeof x === "string" && x.trim()) patch.fontName = x;
            else if (n === "underline") patch.underline = oneOf(x, UNDERLINE, at);
            else notHere(`format.font.${n}`);
          }
          break;
        case "wrapText":
          patch.wrapText = requireBoolean(fv, `${location}.format.wrapText`);
          break;
        case "horizontalAlignment":
          patch.horizontalAlignment = oneOf(fv, HORIZONTAL, `${location}.format.horizontalAlignment`);
          break;
        case "verticalAlignment":
          patch.verticalAlignment = oneOf(fv, VERTICAL, `${location}.format.verticalAlignment`);
          break;
        case "protection":
          for (const [n, x] of Object.entries(sub)) {
            if (n !== "locked") notHere(`format.protection.${n}`);
            patch.locked = requireBoolean(x, `${location}.format.protection.locked`);
          }
          break;
        default:
          notHere(`format.${fk}`);
      }
    }
  }
  return (f) => {
    const next = { ...f, ...patch };
    if (clearFill) delete next.fill;
    return next;
  };
}
