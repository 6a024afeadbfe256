/** Collections: `items` is available after `load("items")`, `load("items/name")` or `load("name")`. */
import { ErrorCode, fail, propertyNotLoaded } from "./errors";
import { loadPaths, ProxyObject, type LoadArg } from "./proxy";

export abstract class CollectionProxy<T, TItem extends ProxyObject<unknown>, M> extends ProxyObject<T> {
  private _items: TItem[] | undefined;

  protected abstract _enumerate(target: T): M[];
  protected abstract _makeItem(model: M, index: number): TItem;
  /** Scalar names of one item (for validating `items/x`). */
  protected abstract _itemScalarNames(): readonly string[];

  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(_t: T, name: string): unknown {
    return fail(ErrorCode.invalidArgument, `The property '${name}' does not exist on this collection.`);
  }

  get items(): TItem[] {
    if (!this._items) throw propertyNotLoaded("items");
    return this._items;
  }

  override load(option?: LoadArg): this {
    const paths = (loadPaths(option) ?? [])
      .map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice(6) : p))
      .filter((p) => p !== "");
    const names = paths.length ? paths : [...this._itemScalarNames()];
    this.context._enqueue({ p: this._path, k: "load", n: `items/${names.join(",")}` }, () => {
      const target = this._target();
      const valid = this._itemScalarNames();
      for (const n of names)
        if (!valid.includes(n))
          fail(
            ErrorCode.invalidArgument,
            `The property '${n}' does not exist on the items of this collection.`,
            this._path
          );
      const models = this._enumerate(target);
      const items = models.map((m, i) => this._makeItem(m, i));
      const rows = items.map((item) =>
        (
          item as unknown as { _readForCollection(names: string[]): Record<string, unknown> }
        )._readForCollection(names)
      );
      return {
        response: rows,
        commit: () => {
          items.forEach((item, i) =>
            (item as unknown as { _commitLoaded(v: Record<string, unknown>): void })._commitLoaded(rows[i])
          );
          this._items = items;
        },
      };
    });
    return this;
  }
}
