/**
 * The Office.js batching model: proxies queue property sets, method calls and loads on their
 * request context; `context.sync()` sends the queue (measured as JSON), runs it against the
 * model in order, then delivers loaded values. Reading a property that was not loaded and
 * synced throws PropertyNotLoaded.
 */
import { ErrorCode, StandinError, fail, propertyNotLoaded } from "./errors";
import {
  PAYLOAD_LIMIT_BYTES,
  utf8Length,
  type PendingChange,
  type RequestStats,
  type StandinHost,
} from "./host";

interface QueuedOp {
  desc: { p: string; k: "set" | "call" | "load"; n: string; a?: unknown };
  run: () => OpOutcome | void;
}

export interface OpOutcome {
  response?: unknown;
  commit?: () => void;
}

export class ClientResult<T> {
  private _value: T | undefined;
  private _ready = false;
  get value(): T {
    if (!this._ready)
      throw new StandinError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    return this._value as T;
  }
  /** @internal */
  _resolve(v: T): void {
    this._value = v;
    this._ready = true;
  }
}

export class TrackedObjects {
  add(_obj: unknown): void {}
  remove(_obj: unknown): void {}
}

export type LoadArg =
  | string
  | string[]
  | { select?: string | string[]; expand?: string | string[]; [k: string]: unknown }
  | undefined;

/** Turn any accepted load argument into a list of property paths ("a", "format/fill/color"); undefined = all scalars. */
export function loadPaths(arg: LoadArg): string[] | undefined {
  if (arg === undefined || arg === null) return undefined;
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((s) => loadPaths(s) ?? []);
  if (typeof arg === "object") {
    if ("select" in arg || "expand" in arg) {
      const sel = loadPaths(arg.select as LoadArg) ?? [];
      const exp = (loadPaths(arg.expand as LoadArg) ?? []).filter(
        (e) => !sel.some((s) => s.startsWith(e + "/"))
      );
      return sel.length || exp.length ? [...sel, ...exp] : undefined;
    }
    const out: string[] = [];
    for (const [k, v] of Object.entries(arg)) {
      if (k === "$all" || k === "$top" || k === "$skip") continue;
      if (v === true) out.push(k);
      else if (v && typeof v === "object") {
        const nested = loadPaths(v as LoadArg);
        if (nested === undefined) out.push(k);
        else out.push(...nested.map((n) => `${k}/${n}`));
      }
    }
    return out.length ? out : undefined;
  }
  return undefined;
}

export class StandinContext {
  readonly trackedObjects = new TrackedObjects();
  readonly requestHeaders: Record<string, string> = {};
  /** Number of completed syncs of this context. */
  _completedSyncs = 0;
  private queue: QueuedOp[] = [];
  private nullables: ProxyObject<unknown>[] = [];
  private changes: PendingChange[] = [];
  private settingsChanged = false;
  /** Set by workbook.ts to build `context.workbook`. */
  static workbookFactory: ((ctx: StandinContext) => unknown) | undefined;
  private _workbook: unknown;
  readonly runtime: { enableEvents: boolean; load: (arg?: LoadArg) => void };
  /** the run asked for `delayForCellEdit` (Excel.RunOptions) */
  delayForCellEdit = false;

  constructor(
    readonly host: StandinHost,
    /** the co-author session this context belongs to (0: the first; see StandinWorkbook.coauthor) */
    readonly clientId = 0
  ) {
    const ctx = this;
    const loaded = { enableEvents: false };
    this.runtime = {
      get enableEvents(): boolean {
        if (!loaded.enableEvents) throw propertyNotLoaded("enableEvents");
        return host.eventsEnabled;
      },
      set enableEvents(v: boolean) {
        ctx._enqueue({ p: "runtime", k: "set", n: "enableEvents", a: v }, () => {
          host.eventsEnabled = Boolean(v);
        });
      },
      load: () => {
        ctx._enqueue({ p: "runtime", k: "load", n: "enableEvents" }, () => ({
          response: host.eventsEnabled,
          commit: () => void (loaded.enableEvents = true),
        }));
      },
    };
  }

  get workbook(): any {
    if (!this._workbook) this._workbook = StandinContext.workbookFactory!(this);
    return this._workbook;
  }

  load(obj: ProxyObject<unknown>, option?: LoadArg): void {
    obj.load(option);
  }

  trace(_message: string): void {}

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.queue.map((q) => `${q.desc.p}.${q.desc.n}`) };
  }

  /** @internal */
  _enqueue(desc: QueuedOp["desc"], run: QueuedOp["run"]): void {
    this.queue.push({ desc, run });
  }

  /** @internal */
  _registerNullable(p: ProxyObject<unknown>): void {
    this.nullables.push(p);
  }

  /** @internal record a content change for onChanged. */
  _recordChange(change: PendingChange): void {
    this.changes.push(change);
  }

  /** @internal */
  _recordSettingsChange(): void {
    this.settingsChanged = true;
  }

  /** @internal number of queued operations not yet synced. */
  get _pendingCount(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.host.cellEditing) {
      // D "Delay execution while cell is being edited": without delayForCellEdit the batch fails
      if (!this.delayForCellEdit || !this.host.honoursDelayForCellEdit) {
        this.queue = [];
        this.nullables = [];
        fail(ErrorCode.invalidOperationInCellEditMode, undefined, "RequestContext.sync");
      }
      await this.host.cellEditEnded();
    }
    // Excel's share of the sync (stats.busyMs): the two synchronous stretches around the simulated round trip
    let started = performance.now();
    const ops = this.queue;
    this.queue = [];
    const nullables = this.nullables;
    this.nullables = [];
    const requestJson = JSON.stringify(ops.map((o) => o.desc));
    const bytes = utf8Length(requestJson);
    const entry = { bytes, responseBytes: 0, ops: ops.length };
    this.host.recordRequest(entry);
    this.host.stats.busyMs += performance.now() - started;
    await Promise.resolve();
    started = performance.now();
    try {
      return this.applyRequest(ops, nullables, entry, passThroughValue);
    } finally {
      this.host.stats.busyMs += performance.now() - started;
    }
  }

  private applyRequest<T>(
    ops: QueuedOp[],
    nullables: ProxyObject<unknown>[],
    entry: RequestStats,
    passThroughValue: T | undefined
  ): T {
    if (entry.bytes > PAYLOAD_LIMIT_BYTES)
      fail(ErrorCode.requestPayloadSizeLimitExceeded, undefined, "RequestContext.sync");

    const commits: (() => void)[] = [];
    const responses: unknown[] = [];
    let error: unknown;
    // a sync that changes the workbook is one step on the person's undo stack (undo.ts)
    const undo = this.host.model.undo;
    const writes = ops.some((o) => o.desc.k !== "load");
    if (writes) undo.begin("addin");
    for (const op of ops) {
      try {
        const outcome = op.run();
        if (outcome?.response !== undefined) responses.push(outcome.response);
        if (outcome?.commit) commits.push(outcome.commit);
      } catch (e) {
        error = e;
        break;
      }
    }
    if (writes) undo.end(true);
    if (!error) {
      for (const p of nullables) {
        try {
          commits.push(p._resolveNullness());
        } catch (e) {
          error = e;
          break;
        }
      }
    }
    entry.responseBytes = utf8Length(JSON.stringify(responses));
    if (!error && entry.responseBytes > PAYLOAD_LIMIT_BYTES)
      error = new StandinError(ErrorCode.responsePayloadSizeLimitExceeded, undefined, "RequestContext.sync");
    this._completedSyncs++;
    this.flushEvents();
    if (error) throw error;
    for (const c of commits) c();
    return passThroughValue as T;
  }

  private flushEvents(): void {
    const changes = this.changes;
    this.changes = [];
    if (changes.length)
      void this.host.fireChanges(changes, "Local", "ThisLocalAddin", undefined, this.clientId);
    if (this.settingsChanged) {
      this.settingsChanged = false;
      void this.host.fireSettingsChanged((owner) =>
        owner instanceof StandinContext ? owner.workbook.settings : undefined
      );
    }
  }
}

/** Base of every Excel-shaped proxy object. T is the model target the proxy resolves to. */
export abstract class ProxyObject<T> {
  protected readonly _loaded = new Map<string, unknown>();
  private _resolved = false;
  private _targetValue: T | null = null;
  private _isNull: boolean | undefined;
  private readonly _createdAtSync: number;

  constructor(
    readonly context: StandinContext,
    readonly _path: string,
    private readonly _resolver: () => T | null,
    readonly _nullable = false
  ) {
    this._createdAtSync = context._completedSyncs;
    if (_nullable) context._registerNullable(this as ProxyObject<unknown>);
  }

  /** Property names `load()` without arguments loads, and that `load("name")` accepts. */
  protected abstract _scalarNames(): readonly string[];
  /** Current model value of a loadable property (fresh copy). */
  protected abstract _read(target: T, name: string): unknown;
  /** Child proxies reachable by a load path ("format" in "format/fill/color"). */
  protected _navigation(_name: string): ProxyObject<unknown> | undefined {
    return undefined;
  }

  /** @internal resolve to the model target; null only for null objects. */
  _targetOrNull(): T | null {
    if (!this._resolved) {
      const t = this._resolver();
      if (t === null && !this._nullable) fail(ErrorCode.itemNotFound, undefined, this._path);
      this._targetValue = t;
      this._resolved = true;
    }
    return this._targetValue;
  }

  /** @internal resolve, failing on a null object (setting or calling on it). */
  _target(): T {
    const t = this._targetOrNull();
    if (t === null) fail(ErrorCode.itemNotFound, "The object is a null object.", this._path);
    return t;
  }

  /** @internal */
  _resolveNullness(): () => void {
    const isNull = this._targetOrNull() === null;
    return () => {
      this._isNull = isNull;
    };
  }

  get isNullObject(): boolean {
    if (this._isNull !== undefined) return this._isNull;
    if (!this._nullable && this.context._completedSyncs > this._createdAtSync) return false;
    throw propertyNotLoaded("isNullObject");
  }

  load(option?: LoadArg): this {
    const paths = loadPaths(option);
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of paths ?? this._scalarNames()) {
      const slash = path.indexOf("/");
      if (slash < 0) {
        if (this._navigation(path)) nested.set(path, nested.get(path) ?? []);
        else own.push(path);
      } else {
        const head = path.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
      }
    }
    if (own.length || nested.size === 0) this._queueLoad(own);
    for (const [head, rest] of nested) {
      const child = this._navigation(head);
      if (!child) {
        this._queueLoad([head]);
        continue;
      }
      child.load(rest.length ? rest : undefined);
    }
    return this;
  }

  /** @internal */
  _queueLoad(names: string[]): void {
    this.context._enqueue({ p: this._path, k: "load", n: names.join(",") }, () => {
      const target = this._targetOrNull();
      const valid = this._scalarNames();
      const values: Record<string, unknown> = {};
      for (const name of names) {
        if (!valid.includes(name))
          fail(
            ErrorCode.invalidArgument,
            `The property '${name}' does not exist on this object.`,
            this._path
          );
        values[name] = target === null ? null : this._read(target, name);
      }
      return {
        response: values,
        commit: () => {
          for (const [k, v] of Object.entries(values)) this._loaded.set(k, v);
          if (target === null) this._isNull = true;
        },
      };
    });
  }

  /** @internal used by collections to load items inline. */
  _readForCollection(names: string[]): Record<string, unknown> {
    const target = this._targetOrNull();
    const out: Record<string, unknown> = {};
    for (const n of names) out[n] = target === null ? null : this._read(target, n);
    return out;
  }

  /** @internal */
  _commitLoaded(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this._loaded.set(k, v);
  }

  protected _get<V>(name: string): V {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name);
    return this._loaded.get(name) as V;
  }

  protected _queueSet(name: string, value: unknown, apply: (target: T) => void): void {
    this.context._enqueue({ p: this._path, k: "set", n: name, a: value }, () => apply(this._target()));
  }

  protected _queueCall(name: string, args: unknown[], apply: (target: T) => OpOutcome | void): void {
    this.context._enqueue({ p: this._path, k: "call", n: name, a: args }, () => apply(this._target()));
  }

  /** Set several properties at once, like Office.js `set()`. */
  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) {
      const child = this._navigation(k);
      if (child && v && typeof v === "object" && !Array.isArray(v)) child.set(v as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[k] = v;
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** A deep-ish copy for values captured at set time (2-D arrays and plain objects). */
export function snapshotArg<V>(v: V): V {
  if (Array.isArray(v)) return v.map((x) => snapshotArg(x)) as V;
  if (v && typeof v === "object" && !(v instanceof Date) && !(v instanceof ProxyObject))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, snapshotArg(x)])) as V;
  return v;
}
