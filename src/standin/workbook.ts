/** Excel.Workbook and Excel.WorksheetCollection stand-ins. */
import { CollectionProxy } from "./collection";
import { ErrorCode, fail } from "./errors";
import type { SheetModel, WorkbookModel } from "./model";
import { ClientResult, ProxyObject, StandinContext } from "./proxy";
import { Range } from "./range";
import { SettingCollection } from "./settings";
import { modelOf } from "./target";
import { Worksheet } from "./worksheet";

export class WorksheetCollection extends CollectionProxy<WorkbookModel, Worksheet, SheetModel> {
  protected _enumerate(model: WorkbookModel): SheetModel[] {
    return [...model.sheets];
  }
  protected _makeItem(sheet: SheetModel): Worksheet {
    return new Worksheet(this.context, `${this._path}.getItem(${JSON.stringify(sheet.name)})`, () => sheet);
  }
  protected _itemScalarNames(): readonly string[] {
    return ["name", "id", "position", "visibility", "tabColor", "showGridlines"];
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const model = this._target();
      return (
        model.findSheet(key) ??
        model.sheetById(key) ??
        fail(ErrorCode.itemNotFound, `The worksheet '${key}' doesn't exist.`, "WorksheetCollection.getItem")
      );
    });
  }
  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => {
        const model = this._target();
        return model.findSheet(key) ?? model.sheetById(key) ?? null;
      },
      true
    );
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, `${this._path}.getActiveWorksheet()`, () =>
      this._target().activeSheet()
    );
  }
  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(
      this.context,
      `${this._path}.getFirst(${visibleOnly})`,
      () =>
        this._target().sheets.find((s) => !visibleOnly || s.visibility === "Visible") ??
        fail(ErrorCode.itemNotFound)
    );
  }
  getLast(visibleOnly = false): Worksheet {
    return new Worksheet(
      this.context,
      `${this._path}.getLast(${visibleOnly})`,
      () =>
        [...this._target().sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible") ??
        fail(ErrorCode.itemNotFound)
    );
  }
  add(name?: string): Worksheet {
    let created: SheetModel | undefined;
    this._queueCall("add", name === undefined ? [] : [name], (model) => {
      created = model.addSheet(name ?? model.nextSheetName());
    });
    return new Worksheet(
      this.context,
      `${this._path}.add(${name === undefined ? "" : JSON.stringify(name)})`,
      () => created ?? fail(ErrorCode.invalidOperation, "The worksheet was not created.")
    );
  }
  getCount(visibleOnly = false): ClientResult<number> {
    const result = new ClientResult<number>();
    this._queueCall("getCount", [visibleOnly], (model) => {
      const n = model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length;
      return { response: n, commit: () => result._resolve(n) };
    });
    return result;
  }
}

export class Workbook extends ProxyObject<WorkbookModel> {
  private _worksheets?: WorksheetCollection;
  private _settings?: SettingCollection;

  protected _scalarNames(): readonly string[] {
    return ["name"];
  }
  protected override _navigation(name: string): ProxyObject<unknown> | undefined {
    return name === "worksheets" ? this.worksheets : name === "settings" ? this.settings : undefined;
  }
  protected _read(model: WorkbookModel, name: string): unknown {
    return name === "name" ? model.name : undefined;
  }
  get name(): string {
    return this._get("name");
  }
  get worksheets(): WorksheetCollection {
    return (this._worksheets ??= new WorksheetCollection(this.context, "workbook.worksheets", () =>
      this._targetOrNull()
    ));
  }
  get settings(): SettingCollection {
    return (this._settings ??= new SettingCollection(this.context, "workbook.settings", () =>
      this._targetOrNull()
    ));
  }
  getSelectedRange(): Range {
    return new Range(this.context, "workbook.getSelectedRange()", () => selection(this.context));
  }
  getActiveCell(): Range {
    return new Range(this.context, "workbook.getActiveCell()", () => {
      const t = selection(this.context);
      return { sheet: t.sheet, rect: { r0: t.rect.r0, c0: t.rect.c0, r1: t.rect.r0, c1: t.rect.c0 } };
    });
  }
}

function selection(ctx: StandinContext): {
  sheet: SheetModel;
  rect: { r0: number; c0: number; r1: number; c1: number };
} {
  const model = modelOf(ctx);
  const sel = model.selection;
  const sheet = sel ? model.sheetById(sel.sheetId) : undefined;
  if (sel && sheet) return { sheet, rect: sel.rect };
  return { sheet: model.activeSheet(), rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
}

StandinContext.workbookFactory = (ctx) => new Workbook(ctx, "workbook", () => ctx.host.model);
