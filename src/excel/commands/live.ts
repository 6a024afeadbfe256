/**
 * Live checking: when plan cells change (the user's typing or a co-author's edit), the plan is checked again
 * after a short pause and the highlights and the pane's findings follow.
 *
 * Loops are cut three ways: the check writes only to its hidden mask sheet and the plan sheet's conditional
 * formats (never plan cells); events Excel marks as caused by this add-in (triggerSource "ThisLocalAddin",
 * ExcelApi 1.14, read only where supported), or arriving while one of its commands is writing, are ignored;
 * and a change lying entirely in the columns the add-in computes (fill statuses) is not a reason to check
 * again. A co-author's change (source "Remote") is left to the co-author's own pane. A check writes nothing
 * when the highlights are already right (check.ts). Nothing here opens a dialog.
 */
import { columnIndex, type Lang, SHEET_NAMES } from "../../core";
import { causedByThisAddin, isRemote, removeHandler } from "../events";
import { isOwnWriteInProgress } from "../own-writes";
import { checkWorkbook, type CheckResult } from "./check";
import type { ExcelRun } from "./settings";

export interface LiveOptions {
  onFindings: (result: CheckResult, changedRows: number[]) => void;
  /** pause after the last change before checking (ms); 600 by default */
  delayMs?: number;
  sheet?: string;
  lang?: Lang;
  /** a check that failed (the pane shows it; never a dialog) */
  onError?: (error: unknown) => void;
  /**
   * the check the caller has just made of this sheet (the pane's Check): live checking starts from it instead
   * of checking again at start (no `onFindings` for it)
   */
  initial?: CheckResult;
}

export interface LiveChecker {
  /** checks run so far, the first one included (unless it was the caller's `initial`) */
  readonly runs: number;
  /** resolves once no check is pending or running */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Rows and columns (zero-based, inclusive) of an event address ("B5", "B5:D9", "C:C", "5:7"); null if unreadable. */
export function addressSpan(
  address: string
): { rows: [number, number] | null; cols: [number, number] | null } | null {
  const plain = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = plain.replace(/\$/g, "").split(":");
  if (parts.length > 2) return null;
  const cells = parts.map((p) => /^([A-Za-z]{0,3})(\d*)$/.exec(p.trim()));
  if (cells.some((m) => m === null || (m[1] === "" && m[2] === ""))) return null;
  const [a, b] = [cells[0] as RegExpExecArray, (cells[1] ?? cells[0]) as RegExpExecArray];
  const cols: [number, number] | null = a[1] && b[1] ? [columnIndex(a[1]), columnIndex(b[1])] : null;
  const rows: [number, number] | null = a[2] && b[2] ? [Number(a[2]) - 1, Number(b[2]) - 1] : null;
  return { rows, cols };
}

/** True when an event changed only cells in `computed` columns (the add-in's own outputs). */
export function onlyComputedColumns(address: string, computed: ReadonlySet<number>): boolean {
  const span = addressSpan(address);
  if (!span || !span.cols) return false;
  for (let c = span.cols[0]; c <= span.cols[1]; c++) if (!computed.has(c)) return false;
  return true;
}

export async function startLiveChecking(run: ExcelRun, options: LiveOptions): Promise<LiveChecker> {
  const delay = options.delayMs ?? 600;
  const sheetName = options.sheet ?? SHEET_NAMES.plan;
  let computed = new Set<number>();
  let runs = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const changed = new Set<number>();
  const waiters: (() => void)[] = [];

  const settle = (): void => {
    if (timer !== null || running !== null) return;
    for (const w of waiters.splice(0)) w();
  };

  const check = async (): Promise<void> => {
    const rows = [...changed].sort((x, y) => x - y);
    changed.clear();
    runs++;
    try {
      const result = await run((context) => checkWorkbook(context, { sheet: sheetName, lang: options.lang }));
      if (result.ok) computed = new Set(result.computedColumns);
      if (!stopped) options.onFindings(result, rows);
    } catch (error) {
      options.onError?.(error);
    }
  };

  const startCheck = (): void => {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = check().finally(() => {
      running = null;
      if (again && !stopped) {
        again = false;
        startCheck();
      } else settle();
    });
  };

  const onChanged = (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    // a co-author's edit is checked by their own pane (which writes the shared mask); ours would only repeat it
    if (stopped || isRemote(event) || isOwnWriteInProgress() || causedByThisAddin(event))
      return Promise.resolve();
    if (onlyComputedColumns(event.address, computed)) return Promise.resolve();
    const span = addressSpan(event.address);
    if (span?.rows)
      for (let r = span.rows[0]; r <= span.rows[1] && r - span.rows[0] < 10000; r++) changed.add(r);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(startCheck, delay);
    return Promise.resolve();
  };

  if (options.initial) {
    if (options.initial.ok) computed = new Set(options.initial.computedColumns);
  } else {
    running = check().finally(() => {
      running = null;
      settle();
    });
    await running;
  }

  const registration = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const handle = sheet.onChanged.add(onChanged);
    await context.sync();
    return handle;
  });

  return {
    get runs() {
      return runs;
    },
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
    stop: async () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await removeHandler(registration);
      settle();
    },
  };
}
