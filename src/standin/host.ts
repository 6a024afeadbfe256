/**
 * What all request contexts of one stand-in workbook share: the model, sync statistics and the
 * event hub (worksheet onChanged, settings onSettingsChanged).
 */
import { WorkbookModel } from "./model";
import type { Rect } from "./address";
import { rectAddress } from "./address";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface RequestStats {
  bytes: number;
  responseBytes: number;
  ops: number;
}

export interface SyncStats {
  syncs: number;
  requests: RequestStats[];
  maxRequestBytes: number;
  /**
   * Milliseconds the stand-in spent doing Excel's part of the syncs (measuring the request, applying it to the
   * model, building the response): work that happens inside Excel, not in the add-in, on a real host.
   */
  busyMs: number;
}

export interface WorksheetChangedArgs {
  type: "WorksheetChanged";
  address: string;
  changeType:
    | "RangeEdited"
    | "RowInserted"
    | "RowDeleted"
    | "ColumnInserted"
    | "ColumnDeleted"
    | "CellInserted"
    | "CellDeleted";
  source: "Local" | "Remote";
  triggerSource: "ThisLocalAddin" | "Unknown";
  worksheetId: string;
  details?: { valueBefore: unknown; valueAfter: unknown };
}

export interface PendingChange {
  sheetId: string;
  rect: Rect;
  changeType: WorksheetChangedArgs["changeType"];
}

type ChangeHandler = (args: WorksheetChangedArgs) => Promise<unknown> | unknown;
type SettingsHandler = (args: { settings: unknown }) => Promise<unknown> | unknown;

interface Registration<H> {
  handler: H;
  owner: object;
}

export class StandinHost {
  readonly model = new WorkbookModel();
  readonly stats: SyncStats = { syncs: 0, requests: [], maxRequestBytes: 0, busyMs: 0 };
  eventsEnabled = true;
  /** co-author clients made so far (StandinWorkbook.coauthor) */
  clients = 0;
  /** the person is typing in a cell (StandinWorkbook.userEntersCellEdit) */
  cellEditing = false;
  /**
   * Whether this host queues a batch run with `delayForCellEdit` until the edit ends (D "Delay execution while
   * cell is being edited"); false models a host that ignores the option (no API set is documented for it).
   */
  honoursDelayForCellEdit = true;
  private cellEditWaiters: (() => void)[] = [];

  /** Resolves when the person leaves cell-edit mode. */
  cellEditEnded(): Promise<void> {
    if (!this.cellEditing) return Promise.resolve();
    return new Promise((resolve) => this.cellEditWaiters.push(resolve));
  }

  leaveCellEdit(): void {
    this.cellEditing = false;
    for (const w of this.cellEditWaiters.splice(0)) w();
  }
  /** Errors thrown by event handlers (Excel swallows them; tests can inspect them here). */
  readonly handlerErrors: unknown[] = [];
  private changeHandlers = new Map<string, Registration<ChangeHandler>[]>();
  private settingsHandlers: Registration<SettingsHandler>[] = [];
  private pending = new Set<Promise<unknown>>();

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.requests = [];
    this.stats.maxRequestBytes = 0;
    this.stats.busyMs = 0;
  }

  recordRequest(entry: RequestStats): void {
    this.stats.syncs++;
    this.stats.requests.push(entry);
    if (entry.bytes > this.stats.maxRequestBytes) this.stats.maxRequestBytes = entry.bytes;
  }

  addChangeHandler(sheetId: string, handler: ChangeHandler, owner: object): void {
    const list = this.changeHandlers.get(sheetId) ?? [];
    list.push({ handler, owner });
    this.changeHandlers.set(sheetId, list);
  }

  removeChangeHandler(sheetId: string, handler: ChangeHandler, owner: object): void {
    const list = this.changeHandlers.get(sheetId) ?? [];
    this.changeHandlers.set(
      sheetId,
      list.filter((r) => !(r.handler === handler && r.owner === owner))
    );
  }

  addSettingsHandler(handler: SettingsHandler, owner: object): void {
    this.settingsHandlers.push({ handler, owner });
  }

  removeSettingsHandler(handler: SettingsHandler, owner: object): void {
    this.settingsHandlers = this.settingsHandlers.filter(
      (r) => !(r.handler === handler && r.owner === owner)
    );
  }

  changeHandlerCount(): number {
    let n = 0;
    for (const list of this.changeHandlers.values()) n += list.length;
    return n;
  }

  /**
   * Fire onChanged for each change, asynchronously (after the current sync has resolved). `origin` is the
   * client (the Excel session of one co-author, see StandinWorkbook.coauthor) that made the change: handlers
   * registered by another client see it as `source: "Remote"`, `triggerSource: "Unknown"` (D "Events and
   * coauthoring": handlers run for all users when any user makes a change).
   */
  fireChanges(
    changes: PendingChange[],
    source: "Local" | "Remote",
    triggerSource: "ThisLocalAddin" | "Unknown",
    details?: (c: PendingChange) => WorksheetChangedArgs["details"],
    origin = 0
  ): Promise<void> {
    if (!this.eventsEnabled || changes.length === 0) return Promise.resolve();
    const calls: (() => unknown)[] = [];
    for (const change of changes) {
      for (const reg of this.changeHandlers.get(change.sheetId) ?? []) {
        const local = clientOf(reg.owner) === origin;
        const args: WorksheetChangedArgs = {
          type: "WorksheetChanged",
          address: rectAddress(change.rect),
          changeType: change.changeType,
          source: local ? source : "Remote",
          triggerSource: local ? triggerSource : "Unknown",
          worksheetId: change.sheetId,
        };
        const d = details?.(change);
        if (d) args.details = d;
        calls.push(() => reg.handler(args));
      }
    }
    return this.runHandlers(calls);
  }

  fireSettingsChanged(settings: (owner: object) => unknown): Promise<void> {
    if (!this.eventsEnabled) return Promise.resolve();
    return this.runHandlers(
      this.settingsHandlers.map((reg) => () => reg.handler({ settings: settings(reg.owner) }))
    );
  }

  private runHandlers(calls: (() => unknown)[]): Promise<void> {
    if (calls.length === 0) return Promise.resolve();
    const done = Promise.resolve()
      .then(() =>
        Promise.all(
          calls.map((call) =>
            Promise.resolve()
              .then(call)
              .catch((e: unknown) => void this.handlerErrors.push(e))
          )
        )
      )
      .then(() => undefined);
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
    return done;
  }

  /** Resolves when every event handler started so far has finished. */
  async settle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}

function clientOf(owner: object): number {
  return (owner as { clientId?: number }).clientId ?? 0;
}

/** UTF-8 byte length without allocating an encoded copy. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
