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

  /** Whether an item has a navigation property of this name (loaded with `items/name/…`). */
  protected _itemNavigable(_name: string): boolean {
    return false;
  }

  get items(): TItem[] {
    if (!this._items) throw propertyNotLoaded("items");
    return this._items;
  }

  override load(option?: LoadArg): this {
    const paths = (loadPaths(option) ?? [])
      .map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice(6) : p))
      .filter((p) => p !== "");
    const all = paths.length ? paths : [...this._itemScalarNames()];
    // "items/custom/rule/formula": a path through the items' navigation properties, loaded inline as well
    const names = all.filter((p) => !p.includes("/"));
    const nestedPaths = all.filter((p) => p.includes("/"));
    this.context._enqueue({ p: this._path, k: "load", n: `items/${all.join(",")}` }, () => {
      const target = this._target();
      const valid = this._itemScalarNames();
      for (const n of names)
        if (!valid.includes(n) && !this._itemNavigable(n))
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
      const nestedCommits: (() => void)[] = [];
      items.forEach((item, i) => {
        for (const path of nestedPaths) {
          const nested = readNested(item, path.split("/"), this._path);
          rows[i][path] = nested.value;
          nestedCommits.push(nested.commit);
        }
      });
      return {
        response: rows,
        commit: () => {
          items.forEach((item, i) => {
            const own = Object.fromEntries(names.map((n) => [n, rows[i][n]]));
            (item as unknown as { _commitLoaded(v: Record<string, unknown>): void })._commitLoaded(own);
          });
          for (const c of nestedCommits) c();
          this._items = items;
        },
      };
    });
    return this;
  }
}

interface Navigable {
  _navigation(name: string): ProxyObject<unknown> | undefined;
  _readForCollection(names: string[]): Record<string, unknown>;
  _commitLoaded(v: Record<string, unknown>): void;
}

/** Read `a/b/c` below an item now (inside the sync), commit it with the collection's load. */
function readNested(
  item: ProxyObject<unknown>,
  parts: string[],
  location: string
): { value: unknown; commit: () => void } {
  let obj = item as unknown as Navigable;
  for (const head of parts.slice(0, -1)) {
    const child = obj._navigation(head);
    if (!child)
      fail(
        ErrorCode.invalidArgument,
        `The property '${parts.join("/")}' does not exist on the items.`,
        location
      );
    obj = child as unknown as Navigable;
  }
  const name = parts[parts.length - 1];
  const values = obj._readForCollection([name]);
  const target = obj;
  return { value: values[name], commit: () => target._commitLoaded(values) };
}
