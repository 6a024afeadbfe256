/**
 * Round trips and payload of each add-in command on the Excel stand-in (src/standin): syncs, request bytes in
 * total and the largest request, for the real adapter (src/excel) and for the naive row-by-row one
 * (bench/naive.ts), at several plan sizes; plus the large writes that must be cut under 5 MB.
 *
 * Every command starts from the same workbook state for both implementations: a plan pasted on a sheet
 * (set up), then the structured plan with made-up facts for quarters I–II and report quarter II (check,
 * fill, report). Request bytes are the stand-in's measure of what Office.js would send (docs/excel-standin-
 * assumptions.md); the 5 MB limit is Excel on the web's.
 */
import { readPlan, settingsCellWrites, SHEET_NAMES } from "../src/core";
import { checkWorkbook, fillStatuses, generateReport, setUpPlanEditor } from "../src/excel";
import {
  createWorkbook,
  installExcelGlobal,
  PAYLOAD_LIMIT_BYTES,
  type SeedValue,
  type StandinWorkbook,
} from "../src/standin";
import { log, round, timeMsAsync } from "./measure";
import { naiveCheck, naiveFill, naiveReport, naiveSetUp } from "./naive";
import { madeUpFacts, sourcePlanGrid } from "./plans";

export const COMMANDS = ["set up", "check", "fill", "generate report"] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface RequestFigures {
  syncs: number;
  totalBytes: number;
  maxRequestBytes: number;
  /** the largest response delivered (reads of big sheets are split under the 5 MB response limit) */
  maxResponseBytes: number;
  /** wall time on the stand-in (no network): the engine plus the stand-in's own work */
  ms: number;
  /** the stand-in's error code when the command failed (e.g. a response above 5 MB); figures are up to the failure */
  error?: string;
}

export interface RoundTripRow {
  items: number;
  command: CommandName;
  adapter: RequestFigures;
  naive: RequestFigures | null;
  /** naive syncs / adapter syncs */
  syncRatio: number | null;
  /** the two implementations left the same values on the sheet they wrote */
  sameValues: boolean | null;
}

export interface ChunkRow {
  case: string;
  items: number;
  command: CommandName;
  syncs: number;
  /** write requests (syncs after the one read) */
  maxResponseBytes: number;
  totalBytes: number;
  maxRequestBytes: number;
  underLimit: boolean;
  error?: string;
}

const REPORT_DATE = new Date(2026, 6, 10);
const SOURCE = "Word nusxasi";

function toSeed(grid: readonly (readonly unknown[])[]): SeedValue[][] {
  return grid.map((r) => r.map((v) => (v === undefined || v instanceof Date ? null : (v as SeedValue))));
}

function figures(book: StandinWorkbook, ms: number): RequestFigures {
  const s = book.stats;
  let total = 0;
  let maxResponse = 0;
  for (const r of s.requests) {
    total += r.bytes;
    if (r.responseBytes > maxResponse) maxResponse = r.responseBytes;
  }
  return {
    syncs: s.syncs,
    totalBytes: total,
    maxRequestBytes: s.maxRequestBytes,
    maxResponseBytes: maxResponse,
    ms: round(ms, 1),
  };
}

/** Enter the made-up facts and report quarter II straight into the model (as people would have typed them). */
function enterFactsAndQuarter(book: StandinWorkbook): void {
  const model = book.host.model;
  const planSheet = model.findSheet(SHEET_NAMES.plan);
  const settingsSheet = model.findSheet(SHEET_NAMES.settings);
  if (!planSheet || !settingsSheet) throw new Error("bench: set up made no plan/settings sheet");
  const snapshot = book.snapshot(SHEET_NAMES.plan).values;
  const read = readPlan(snapshot);
  if (!read.ok) throw new Error("bench: set-up sheet has no plan");
  for (const f of madeUpFacts(read.plan)) model.setContent(planSheet, f.row, f.col, { v: f.v });
  for (const w of settingsCellWrites({ quarter: 2 }, book.snapshot(SHEET_NAMES.settings).values))
    model.setContent(settingsSheet, w.row, w.col, { v: w.v ?? undefined });
}

type Runner = (book: StandinWorkbook) => Promise<unknown>;

const ADAPTER: Record<CommandName, Runner> = {
  "set up": (b) => b.run((ctx) => setUpPlanEditor(ctx)),
  check: (b) => b.run((ctx) => checkWorkbook(ctx)),
  fill: (b) => b.run((ctx) => fillStatuses(ctx)),
  "generate report": (b) => b.run((ctx) => generateReport(ctx, REPORT_DATE)),
};

const NAIVE: Record<CommandName, Runner> = {
  "set up": (b) => b.run((ctx) => naiveSetUp(ctx)),
  check: (b) => b.run((ctx) => naiveCheck(ctx)),
  fill: (b) => b.run((ctx) => naiveFill(ctx)),
  "generate report": (b) => b.run((ctx) => naiveReport(ctx, REPORT_DATE)),
};

/** The sheet whose values the command writes (compared between the two implementations). */
function writtenSheet(book: StandinWorkbook, command: CommandName): string {
  if (command === "generate report")
    return book.sheetNames().find((n) => n !== SHEET_NAMES.plan && /hisobot/i.test(n)) ?? "";
  return SHEET_NAMES.plan;
}

async function measure(book: StandinWorkbook, run: Runner): Promise<RequestFigures> {
  const restore = installExcelGlobal(book);
  try {
    book.resetStats();
    const t0 = process.hrtime.bigint();
    try {
      const { ms } = await timeMsAsync(() => run(book));
      if (book.droppedOperations > 0) throw new Error("bench: operations queued but never synced");
      return figures(book, ms);
    } catch (e) {
      const code = (e as { code?: string }).code ?? String(e);
      log(`command failed: ${code}`);
      return { ...figures(book, Number(process.hrtime.bigint() - t0) / 1e6), error: code };
    }
  } finally {
    restore();
  }
}

/** Both implementations, command after command, each on its own workbook. */
export async function benchRoundTripsAt(items: number, withNaive: boolean): Promise<RoundTripRow[]> {
  const grid = toSeed(sourcePlanGrid(items));
  const real = createWorkbook({ sheets: [{ name: SOURCE, values: grid }] });
  const naive = withNaive ? createWorkbook({ sheets: [{ name: SOURCE, values: grid }] }) : null;
  const rows: RoundTripRow[] = [];
  for (const command of COMMANDS) {
    const a = await measure(real, ADAPTER[command]);
    const n = naive ? await measure(naive, NAIVE[command]) : null;
    let same: boolean | null = null;
    if (naive && !a.error && !n?.error) {
      const x = writtenSheet(real, command);
      const y = writtenSheet(naive, command);
      same = x !== "" && JSON.stringify(real.snapshot(x).values) === JSON.stringify(naive.snapshot(y).values);
    }
    rows.push({
      items,
      command,
      adapter: a,
      naive: n,
      syncRatio: n ? round(n.syncs / Math.max(a.syncs, 1), 1) : null,
      sameValues: same,
    });
    log(
      `round trips ${items} ${command}: adapter ${a.syncs} syncs, max ${a.maxRequestBytes} B${n ? `; naive ${n.syncs} syncs` : ""}`
    );
    if (command === "set up") {
      enterFactsAndQuarter(real);
      if (naive) enterFactsAndQuarter(naive);
    }
  }
  return rows;
}

export async function benchRoundTrips(sizes: number[], naiveUpTo: number): Promise<RoundTripRow[]> {
  const out: RoundTripRow[] = [];
  for (const n of sizes) out.push(...(await benchRoundTripsAt(n, n <= naiveUpTo)));
  return out;
}

/** Writes that pass 5 MB as one request: a very large plan, and a plan with long texts. */
export async function benchChunking(
  cases: { name: string; items: number; mechanismChars?: number }[]
): Promise<ChunkRow[]> {
  const out: ChunkRow[] = [];
  for (const c of cases) {
    log(`chunking: ${c.name}`);
    const grid = toSeed(sourcePlanGrid(c.items, { mechanismChars: c.mechanismChars }));
    const book = createWorkbook({ sheets: [{ name: SOURCE, values: grid }] });
    for (const command of COMMANDS) {
      const f = await measure(book, ADAPTER[command]);
      out.push({
        case: c.name,
        items: c.items,
        command,
        syncs: f.syncs,
        maxResponseBytes: f.maxResponseBytes,
        totalBytes: f.totalBytes,
        maxRequestBytes: f.maxRequestBytes,
        underLimit: f.maxRequestBytes < PAYLOAD_LIMIT_BYTES && f.error === undefined,
        error: f.error,
      });
      if (f.error) break; // the rest need what this command should have written
      if (command === "set up") enterFactsAndQuarter(book);
    }
  }
  return out;
}
