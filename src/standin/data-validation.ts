/** Excel.DataValidation stand-in: layered rectangles per sheet (see model.ts ValidationEntry). */
import { cellAddress, intersect, parseAddress, quoteSheetName, type Rect } from "./address";
import { ErrorCode, fail } from "./errors";
import { oneOf, requireBoolean } from "./format-values";
import type { DataValidationModel, SheetModel } from "./model";
import { ProxyObject, snapshotArg } from "./proxy";
import type { RangeTarget } from "./range-edit";
import { live, modelOf } from "./target";

const RULE_KINDS = ["list", "decimal", "wholeNumber", "custom", "date", "time", "textLength"] as const;
const TYPE_NAMES: Record<string, string> = {
  list: "List",
  decimal: "Decimal",
  wholeNumber: "WholeNumber",
  custom: "Custom",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
};
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
] as const;
/** Excel keeps a typed-in list source to 255 characters. */
export const LIST_SOURCE_LIMIT = 255;

function defaults(): DataValidationModel {
  return {
    rule: {},
    errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
    prompt: { message: "", showPrompt: false, title: "" },
    ignoreBlanks: true,
  };
}

function normalizeRule(rule: unknown, sheet: SheetModel): Record<string, unknown> {
  const loc = "DataValidation.rule";
  if (!rule || typeof rule !== "object")
    return fail(ErrorCode.invalidArgument, "A rule object is required.", loc);
  const kinds = RULE_KINDS.filter(
    (k) => (rule as Record<string, unknown>)[k] !== undefined && (rule as Record<string, unknown>)[k] !== null
  );
  if (kinds.length !== 1)
    fail(ErrorCode.invalidArgument, "A data validation rule must have exactly one criterion.", loc);
  const kind = kinds[0];
  const body = (rule as Record<string, Record<string, unknown>>)[kind];
  if (kind === "list") {
    let source = body.source as unknown;
    if (source instanceof ProxyObject) {
      const t = (source as ProxyObject<RangeTarget>)._target();
      const a = `$${cellAddress(t.rect.r0, t.rect.c0).replace(/(\d+)$/, "$$$1")}:$${cellAddress(t.rect.r1, t.rect.c1).replace(/(\d+)$/, "$$$1")}`;
      source = t.sheet === sheet ? `=${a}` : `=${quoteSheetName(t.sheet.name)}!${a}`;
    }
    if (typeof source !== "string" || source.trim() === "")
      fail(ErrorCode.invalidArgument, "A list rule needs a source.", loc);
    if (!source.startsWith("=") && source.length > LIST_SOURCE_LIMIT)
      fail(ErrorCode.invalidArgument, `A list source is limited to ${LIST_SOURCE_LIMIT} characters.`, loc);
    return {
      list: {
        inCellDropDown: body.inCellDropDown === undefined ? true : requireBoolean(body.inCellDropDown, loc),
        source,
      },
    };
  }
  if (kind === "custom") {
    if (typeof body.formula !== "string" || body.formula === "")
      fail(ErrorCode.invalidArgument, "A custom rule needs a formula.", loc);
    return { custom: { formula: body.formula } };
  }
  const operator = oneOf(body.operator, OPERATORS, loc);
  if (body.formula1 === undefined || body.formula1 === null || body.formula1 === "")
    fail(ErrorCode.invalidArgument, "formula1 is required.", loc);
  const needsTwo = operator === "Between" || operator === "NotBetween";
  if (needsTwo && (body.formula2 === undefined || body.formula2 === null || body.formula2 === ""))
    fail(ErrorCode.invalidArgument, "formula2 is required for Between/NotBetween.", loc);
  const out: Record<string, unknown> = { formula1: body.formula1, operator };
  if (needsTwo) out.formula2 = body.formula2;
  return { [kind]: out };
}

function ruleKind(dv: DataValidationModel | null): string {
  if (!dv) return "None";
  const k = Object.keys(dv.rule)[0];
  return k ? TYPE_NAMES[k] : "None";
}

export class DataValidation extends ProxyObject<RangeTarget> {
  protected _scalarNames(): readonly string[] {
    return ["rule", "type", "errorAlert", "prompt", "ignoreBlanks", "valid"];
  }
  protected _read(t: RangeTarget, name: string): unknown {
    live(this.context, t);
    const model = modelOf(this.context);
    const found = model.validationsIn(t.sheet, t.rect);
    const single = found.length === 1 ? found[0] : undefined;
    switch (name) {
      case "type":
        return found.length > 1
          ? new Set(found.map(ruleKind)).size > 1 || found.some((f) => f === null)
            ? "Inconsistent"
            : "MixedCriteria"
          : ruleKind(single ?? null);
      case "rule":
        return single === undefined ? null : snapshotArg(single?.rule ?? {});
      case "errorAlert":
        return single === undefined ? null : snapshotArg((single ?? defaults()).errorAlert);
      case "prompt":
        return single === undefined ? null : snapshotArg((single ?? defaults()).prompt);
      case "ignoreBlanks":
        return single === undefined ? null : (single ?? defaults()).ignoreBlanks;
      case "valid":
        return this._valid(t);
    }
    return undefined;
  }

  private _update(
    name: string,
    value: unknown,
    change: (base: DataValidationModel, t: RangeTarget) => DataValidationModel
  ): void {
    const v = snapshotArg(value);
    this._queueSet(name, v, (t) => {
      live(this.context, t);
      const base = modelOf(this.context).validationAt(t.sheet, t.rect.r0, t.rect.c0) ?? defaults();
      push(t.sheet, t.rect, change(base, t));
    });
  }

  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: Record<string, unknown>) {
    this._update("rule", v, (b, t) => ({ ...b, rule: normalizeRule(v, t.sheet) }));
  }
  get type(): string {
    return this._get("type");
  }
  get valid(): boolean | null {
    return this._get("valid");
  }
  get errorAlert(): Record<string, unknown> {
    return this._get("errorAlert");
  }
  set errorAlert(v: Record<string, unknown>) {
    this._update("errorAlert", v, (b) => {
      const next = { ...b.errorAlert, ...(v as object) } as DataValidationModel["errorAlert"];
      next.style = oneOf(
        next.style,
        ["Stop", "Warning", "Information"] as const,
        "DataValidation.errorAlert"
      );
      return { ...b, errorAlert: next };
    });
  }
  get prompt(): Record<string, unknown> {
    return this._get("prompt");
  }
  set prompt(v: Record<string, unknown>) {
    this._update("prompt", v, (b) => ({ ...b, prompt: { ...b.prompt, ...(v as object) } }));
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this._update("ignoreBlanks", v, (b) => ({
      ...b,
      ignoreBlanks: requireBoolean(v, "DataValidation.ignoreBlanks"),
    }));
  }

  clear(): void {
    this._queueCall("clear", [], (t) => push(live(this.context, t).sheet, t.rect, null));
  }

  private _valid(t: RangeTarget): boolean | null {
    const model = modelOf(this.context);
    let anyValid = false,
      anyInvalid = false;
    const check = (r: number, c: number) => {
      const dv = model.validationAt(t.sheet, r, c);
      const ok = dv ? cellIsValid(this.context, t.sheet, dv, model.value(t.sheet, r, c)) : true;
      if (ok) anyValid = true;
      else anyInvalid = true;
    };
    const area = (t.rect.r1 - t.rect.r0 + 1) * (t.rect.c1 - t.rect.c0 + 1);
    if (area <= 200000)
      for (let r = t.rect.r0; r <= t.rect.r1; r++) for (let c = t.rect.c0; c <= t.rect.c1; c++) check(r, c);
    else {
      model.forEachStoredCell(t.sheet, t.rect, (_cell, r, c) => check(r, c));
      check(t.rect.r1, t.rect.c1);
    }
    return anyValid && anyInvalid ? null : !anyInvalid;
  }
}

function push(sheet: SheetModel, rect: Rect, dv: DataValidationModel | null): void {
  sheet.validation = sheet.validation.filter(
    (e) => !(e.rect.r0 >= rect.r0 && e.rect.r1 <= rect.r1 && e.rect.c0 >= rect.c0 && e.rect.c1 <= rect.c1)
  );
  if (dv !== null || sheet.validation.some((e) => intersect(e.rect, rect)))
    sheet.validation.push({ rect, dv });
}

function numberOf(x: unknown): number | undefined {
  const n =
    typeof x === "number" ? x : typeof x === "string" && x.trim() !== "" ? Number(x.replace(/^=/, "")) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Validity of one value under a rule; rules the stand-in cannot evaluate count as valid. */
function cellIsValid(
  ctx: ProxyObject<unknown>["context"],
  sheet: SheetModel,
  dv: DataValidationModel,
  value: unknown
): boolean {
  if (value === undefined || value === "") return dv.ignoreBlanks;
  const [kind, body] = Object.entries(dv.rule)[0] ?? [];
  if (!kind) return true;
  const b = body as Record<string, unknown>;
  if (kind === "list") {
    const source = String(b.source);
    let options: string[];
    if (source.startsWith("=")) {
      const parsed = parseAddress(source.slice(1).replace(/\$/g, ""));
      const target = parsed && (parsed.sheet === undefined ? sheet : ctx.host.model.findSheet(parsed.sheet));
      if (!parsed || !target) return true;
      options = [];
      for (let r = parsed.rect.r0; r <= Math.min(parsed.rect.r1, parsed.rect.r0 + 10000); r++)
        for (let c = parsed.rect.c0; c <= parsed.rect.c1; c++)
          options.push(String(ctx.host.model.value(target, r, c) ?? ""));
    } else options = source.split(",").map((s) => s.trim());
    return options.some((o) => o.toLowerCase() === String(value).toLowerCase());
  }
  if (kind === "decimal" || kind === "wholeNumber") {
    if (typeof value !== "number") return false;
    if (kind === "wholeNumber" && !Number.isInteger(value)) return false;
    const f1 = numberOf(b.formula1),
      f2 = numberOf(b.formula2);
    if (f1 === undefined) return true;
    switch (b.operator) {
      case "Between":
        return f2 === undefined || (value >= f1 && value <= f2);
      case "NotBetween":
        return f2 === undefined || value < f1 || value > f2;
      case "EqualTo":
        return value === f1;
      case "NotEqualTo":
        return value !== f1;
      case "GreaterThan":
        return value > f1;
      case "LessThan":
        return value < f1;
      case "GreaterThanOrEqualTo":
        return value >= f1;
      case "LessThanOrEqualTo":
        return value <= f1;
    }
  }
  return true;
}
