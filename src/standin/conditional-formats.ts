/** Excel.ConditionalFormatCollection / ConditionalFormat stand-in ("Custom" type only). */
import { intersect } from "./address";
import { CollectionProxy } from "./collection";
import { ErrorCode, fail } from "./errors";
import { normalizeColor, requireBoolean, requireNumber } from "./format-values";
import type { ConditionalFormatModel, SheetModel } from "./model";
import { ClientResult, ProxyObject, type StandinContext } from "./proxy";
import type { RangeTarget } from "./range-edit";
import { live, modelOf } from "./target";

interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

/** Set by range.ts: build a Range proxy (avoids an import cycle). */
export const cfLinks: {
  range?: (ctx: StandinContext, path: string, resolve: () => RangeTarget | null) => unknown;
} = {};

function sorted(sheet: SheetModel, t: RangeTarget): ConditionalFormatModel[] {
  return sheet.conditionalFormats
    .filter((cf) => intersect(cf.rect, t.rect))
    .sort((a, b) => a.priority - b.priority);
}

function renumber(sheet: SheetModel): void {
  [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority).forEach((cf, i) => (cf.priority = i));
}

export class ConditionalFormatCollection extends CollectionProxy<
  RangeTarget,
  ConditionalFormat,
  ConditionalFormatModel
> {
  protected _enumerate(t: RangeTarget): ConditionalFormatModel[] {
    return sorted(live(this.context, t).sheet, t);
  }
  protected _makeItem(cf: ConditionalFormatModel): ConditionalFormat {
    const t = this._target();
    return new ConditionalFormat(this.context, `${this._path}.getItem(${JSON.stringify(cf.id)})`, () =>
      lookup(t.sheet, cf.id)
    );
  }
  protected _itemScalarNames(): readonly string[] {
    return CF_SCALARS;
  }

  add(type: string): ConditionalFormat {
    let id: string | undefined;
    let sheet: SheetModel | undefined;
    this._queueCall("add", [type], (t) => {
      live(this.context, t);
      if (type !== "Custom")
        fail(
          ErrorCode.notImplemented,
          `Conditional format type '${type}' is not supported by the stand-in (only "Custom").`,
          "ConditionalFormatCollection.add"
        );
      for (const cf of t.sheet.conditionalFormats) cf.priority++;
      id = modelOf(this.context).newId("cf");
      sheet = t.sheet;
      t.sheet.conditionalFormats.push({
        id,
        type: "Custom",
        rect: t.rect,
        formula: "",
        priority: 0,
        stopIfTrue: false,
      });
    });
    return new ConditionalFormat(this.context, `${this._path}.add(${JSON.stringify(type)})`, () =>
      id && sheet
        ? lookup(sheet, id)
        : fail(ErrorCode.invalidOperation, "The conditional format was not created.")
    );
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._queueCall("getCount", [], (t) => {
      const n = sorted(live(this.context, t).sheet, t).length;
      return { response: n, commit: () => result._resolve(n) };
    });
    return result;
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, `${this._path}.getItemAt(${index})`, () => {
      const t = this._target();
      const cf = sorted(live(this.context, t).sheet, t)[index];
      return cf
        ? { sheet: t.sheet, cf }
        : fail(ErrorCode.itemNotFound, undefined, "ConditionalFormatCollection.getItemAt");
    });
  }

  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, `${this._path}.getItem(${JSON.stringify(id)})`, () =>
      lookup(live(this.context, this._target()).sheet, id)
    );
  }

  clearAll(): void {
    this._queueCall("clearAll", [], (t) => {
      live(this.context, t);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersect(cf.rect, t.rect));
      renumber(t.sheet);
    });
  }
}

function lookup(sheet: SheetModel, id: string): CfTarget {
  const cf = sheet.conditionalFormats.find((c) => c.id === id);
  return cf ? { sheet, cf } : fail(ErrorCode.itemNotFound, "The conditional format no longer exists.");
}

const CF_SCALARS = ["id", "type", "priority", "stopIfTrue"] as const;

export class ConditionalFormat extends ProxyObject<CfTarget> {
  private _custom?: CustomConditionalFormat;
  protected _scalarNames(): readonly string[] {
    return CF_SCALARS;
  }
  protected override _navigation(name: string): ProxyObject<unknown> | undefined {
    return name === "custom" || name === "customOrNullObject"
      ? (this.custom as ProxyObject<unknown>)
      : undefined;
  }
  protected _read(t: CfTarget, name: string): unknown {
    return (t.cf as unknown as Record<string, unknown>)[name];
  }
  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  set priority(v: number) {
    this._queueSet("priority", v, ({ sheet, cf }) => {
      const p = requireNumber(v, "ConditionalFormat.priority", 0);
      for (const other of sheet.conditionalFormats) if (other !== cf && other.priority >= p) other.priority++;
      cf.priority = p;
      renumber(sheet);
    });
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this._queueSet(
      "stopIfTrue",
      v,
      ({ cf }) => void (cf.stopIfTrue = requireBoolean(v, "ConditionalFormat.stopIfTrue"))
    );
  }
  get custom(): CustomConditionalFormat {
    return (this._custom ??= new CustomConditionalFormat(this.context, `${this._path}.custom`, () =>
      this._targetOrNull()
    ));
  }
  /** Every format of the stand-in is Custom, so this is `custom` (ExcelApi 1.6: null object for other types). */
  get customOrNullObject(): CustomConditionalFormat {
    return this.custom;
  }
  getRange(): unknown {
    return cfLinks.range!(this.context, `${this._path}.getRange()`, () => {
      const t = this._target();
      return { sheet: t.sheet, rect: t.cf.rect };
    });
  }
  delete(): void {
    this._queueCall("delete", [], ({ sheet, cf }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
      renumber(sheet);
    });
  }
}

export class CustomConditionalFormat extends ProxyObject<CfTarget> {
  private _rule?: ConditionalFormatRule;
  private _format?: ConditionalRangeFormat;
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  protected override _navigation(name: string): ProxyObject<unknown> | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
  get rule(): ConditionalFormatRule {
    return (this._rule ??= new ConditionalFormatRule(this.context, `${this._path}.rule`, () =>
      this._targetOrNull()
    ));
  }
  get format(): ConditionalRangeFormat {
    return (this._format ??= new ConditionalRangeFormat(this.context, `${this._path}.format`, () =>
      this._targetOrNull()
    ));
  }
}

export class ConditionalFormatRule extends ProxyObject<CfTarget> {
  protected _scalarNames(): readonly string[] {
    return ["formula", "formulaLocal"];
  }
  protected _read(t: CfTarget): unknown {
    return t.cf.formula;
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._queueSet("formula", v, ({ cf }) => {
      if (typeof v !== "string" || v.trim() === "")
        fail(ErrorCode.invalidArgument, "A rule formula is required.", "ConditionalFormatRule.formula");
      cf.formula = v.startsWith("=") ? v : `=${v}`;
    });
  }
  get formulaLocal(): string {
    return this._get("formulaLocal");
  }
  set formulaLocal(v: string) {
    this.formula = v;
  }
}

export class ConditionalRangeFormat extends ProxyObject<CfTarget> {
  private _fill?: ConditionalFill;
  private _font?: ConditionalFont;
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  protected override _navigation(name: string): ProxyObject<unknown> | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
  get fill(): ConditionalFill {
    return (this._fill ??= new ConditionalFill(this.context, `${this._path}.fill`, () =>
      this._targetOrNull()
    ));
  }
  get font(): ConditionalFont {
    return (this._font ??= new ConditionalFont(this.context, `${this._path}.font`, () =>
      this._targetOrNull()
    ));
  }
}

export class ConditionalFill extends ProxyObject<CfTarget> {
  protected _scalarNames(): readonly string[] {
    return ["color"];
  }
  protected _read(t: CfTarget): unknown {
    return t.cf.fillColor ?? null;
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._queueSet("color", v, ({ cf }) => void (cf.fillColor = normalizeColor(v, "ConditionalFill.color")));
  }
  clear(): void {
    this._queueCall("clear", [], ({ cf }) => void delete cf.fillColor);
  }
}

export class ConditionalFont extends ProxyObject<CfTarget> {
  protected _scalarNames(): readonly string[] {
    return ["color", "bold", "italic"];
  }
  protected _read(t: CfTarget, name: string): unknown {
    return name === "color"
      ? (t.cf.fontColor ?? null)
      : name === "bold"
        ? (t.cf.bold ?? null)
        : (t.cf.italic ?? null);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._queueSet("color", v, ({ cf }) => void (cf.fontColor = normalizeColor(v, "ConditionalFont.color")));
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._queueSet("bold", v, ({ cf }) => void (cf.bold = requireBoolean(v, "ConditionalFont.bold")));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._queueSet("italic", v, ({ cf }) => void (cf.italic = requireBoolean(v, "ConditionalFont.italic")));
  }
}
