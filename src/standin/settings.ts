/** Excel.SettingCollection / Excel.Setting (ExcelApi 1.4): per-workbook key -> JSON value. */
import { CollectionProxy } from "./collection";
import { ErrorCode, fail } from "./errors";
import { EventHandlers } from "./events";
import type { WorkbookModel } from "./model";
import { ClientResult, ProxyObject, snapshotArg } from "./proxy";

interface SettingTarget {
  model: WorkbookModel;
  key: string;
}

function serialize(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined)
    fail(ErrorCode.invalidArgument, "A setting value must be JSON-serializable.", "SettingCollection.add");
  return text;
}

function requireKey(key: unknown): string {
  if (typeof key !== "string" || key === "")
    fail(ErrorCode.invalidArgument, "A setting key must be a non-empty string.", "SettingCollection");
  return key;
}

export class SettingCollection extends CollectionProxy<WorkbookModel, Setting, string> {
  private _onSettingsChanged?: EventHandlers<{ settings: SettingCollection }>;

  protected _enumerate(model: WorkbookModel): string[] {
    return [...model.settings.keys()];
  }
  protected _makeItem(key: string): Setting {
    const model = this._target();
    return new Setting(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () =>
      model.settings.has(key) ? { model, key } : fail(ErrorCode.itemNotFound)
    );
  }
  protected _itemScalarNames(): readonly string[] {
    return ["key", "value"];
  }

  add(key: string, value: unknown): Setting {
    const v = snapshotArg(value);
    this._queueCall("add", [key, v], (model) => {
      model.settings.set(requireKey(key), serialize(v));
      this.context._recordSettingsChange();
    });
    return new Setting(this.context, `${this._path}.add(${JSON.stringify(key)})`, () => {
      const model = this._target();
      return model.settings.has(key) ? { model, key } : fail(ErrorCode.itemNotFound);
    });
  }

  getItem(key: string): Setting {
    return new Setting(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const model = this._target();
      return model.settings.has(key)
        ? { model, key }
        : fail(ErrorCode.itemNotFound, `The setting '${key}' doesn't exist.`, "SettingCollection.getItem");
    });
  }

  getItemOrNullObject(key: string): Setting {
    return new Setting(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => {
        const model = this._target();
        return model.settings.has(key) ? { model, key } : null;
      },
      true
    );
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._queueCall("getCount", [], (model) => {
      const n = model.settings.size;
      return { response: n, commit: () => result._resolve(n) };
    });
    return result;
  }

  get onSettingsChanged(): EventHandlers<{ settings: SettingCollection }> {
    const host = this.context.host;
    return (this._onSettingsChanged ??= new EventHandlers(
      this.context,
      `${this._path}.onSettingsChanged`,
      (h) => host.addSettingsHandler(h as never, this.context),
      (h) => host.removeSettingsHandler(h as never, this.context)
    ));
  }
}

export class Setting extends ProxyObject<SettingTarget> {
  protected _scalarNames(): readonly string[] {
    return ["key", "value"];
  }
  protected _read(t: SettingTarget, name: string): unknown {
    if (name === "key") return t.key;
    const text = t.model.settings.get(t.key);
    if (text === undefined) return fail(ErrorCode.itemNotFound);
    return JSON.parse(text);
  }
  get key(): string {
    return this._get("key");
  }
  get value(): any {
    return this._get("value");
  }
  set value(v: any) {
    const value = snapshotArg(v);
    this._queueSet("value", value, (t) => {
      if (!t.model.settings.has(t.key)) fail(ErrorCode.itemNotFound);
      t.model.settings.set(t.key, serialize(value));
      this.context._recordSettingsChange();
    });
  }
  delete(): void {
    this._queueCall("delete", [], (t) => {
      t.model.settings.delete(t.key);
      this.context._recordSettingsChange();
    });
  }
}
