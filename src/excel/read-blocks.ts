/**
 * Reading a used range whose values do not fit one response (Excel on the web refuses a response above 5 MB
 * with ResponsePayloadSizeLimitExceeded), or that has more cells than Excel reads at once (5,000,000: above it
 * `values` comes back null, on every platform, without an error): row blocks, one sync each, sized to stay
 * well under both limits.
 *
 * The first block's height comes from the column count and a per-cell byte guess; every later block is sized
 * from the bytes per row actually received so far (the widest rows seen, with a margin). A block that is still
 * refused is read again as two halves. Written as bounded recursion (each step reads at least one row, and a
 * refused block halves until one row), like batch.ts, so "no sync in a loop" holds without exceptions.
 */
import type { RawCell } from "../core";
import { REQUEST_LIMIT_BYTES } from "./batch";

/** What one block's response may carry by our estimate: 60 % of the limit, for the envelope and our estimate's error. */
export const READ_BLOCK_BUDGET_BYTES = Math.floor(REQUEST_LIMIT_BYTES * 0.6);

/** Bytes a cell is assumed to take before any has been seen (plan cells are short; long texts make later blocks smaller). */
export const FIRST_BLOCK_CELL_BYTES = 200;

/**
 * The most cells one range read returns (D "Resource limits and performance optimization for Office Add-ins").
 * Above it Excel may return `values` null instead of throwing (I OfficeDev/office-js#6781, #4783; the docs'
 * note from office-js-docs-pr#5821: "doesn't always throw an error. In some cases, Range.values returns null").
 */
export const RANGE_READ_CELL_LIMIT = 5_000_000;

export function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

/** After the sync: the range exists but its values did not come (a read above RANGE_READ_CELL_LIMIT cells). */
export function valuesWithheld(range: Excel.Range): boolean {
  return !range.isNullObject && (range.values as unknown) === null;
}

/**
 * A range Excel would not read at once and the add-in does not read in blocks: the used range of a sheet other
 * than the plan (settings, vocabulary) grown past the limit. `where` names the sheet (or the block).
 */
export class RangeTooLargeError extends Error {
  readonly code = "RangeTooLarge";
  constructor(readonly where: string) {
    super(`${where}: more than ${RANGE_READ_CELL_LIMIT} used cells to read at once`);
  }
}

/** JSON bytes of a row as it travels in the response (UTF-8). */
function rowBytes(row: readonly RawCell[]): number {
  const json = JSON.stringify(row);
  let n = json.length;
  // UTF-8: characters above U+007F take 2 or 3 bytes (surrogate pairs, 4 bytes, count 2 + 2)
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c > 0x7f) n += c > 0x7ff ? 2 : 1;
  }
  return n;
}

export interface BlockRead {
  /** rowCount × columnCount values */
  values: RawCell[][];
  syncs: number;
}

/** Rows for the next block, from the widest row seen so far (or the first guess), never above the cell limit. */
export function blockRows(columnCount: number, widestRowBytes: number, rowsLeft: number): number {
  const perRow = Math.max(widestRowBytes, 16) * 1.25;
  const guess = widestRowBytes > 0 ? perRow : Math.max(1, columnCount) * FIRST_BLOCK_CELL_BYTES;
  const byBytes = Math.floor(READ_BLOCK_BUDGET_BYTES / guess);
  const byCells = Math.floor(RANGE_READ_CELL_LIMIT / Math.max(1, columnCount));
  return Math.max(1, Math.min(rowsLeft, byBytes, byCells));
}

/** The values of the rectangle (rowIndex, columnIndex, rowCount × columnCount) of `sheet`, block by block. */
export async function readUsedRangeInBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rowIndex: number,
  columnIndex: number,
  rowCount: number,
  columnCount: number
): Promise<BlockRead> {
  const out: RawCell[][] = [];
  const syncs = await readFrom(
    context,
    sheet,
    { rowIndex, columnIndex, rowCount, columnCount },
    0,
    0,
    null,
    out
  );
  return { values: out, syncs };
}

interface Rect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Reads rows [start, end) into `out`; `forcedRows` is a halved height after a refusal. Returns the syncs made. */
async function readFrom(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: Rect,
  start: number,
  widest: number,
  forcedRows: number | null,
  out: RawCell[][]
): Promise<number> {
  if (start >= rect.rowCount) return 0;
  const rows = forcedRows ?? blockRows(rect.columnCount, widest, rect.rowCount - start);
  const range = sheet.getRangeByIndexes(rect.rowIndex + start, rect.columnIndex, rows, rect.columnCount);
  range.load("values");
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error) || rows === 1) throw error;
    return 1 + (await readFrom(context, sheet, rect, start, widest, Math.ceil(rows / 2), out));
  }
  const values = range.values as RawCell[][] | null;
  // withheld: a block above the cell limit (blockRows keeps blocks under it; one row, 16,384 cells at most, always is)
  if (values === null) {
    if (rows === 1) throw new RangeTooLargeError(`row ${rect.rowIndex + start + 1}`);
    return 1 + (await readFrom(context, sheet, rect, start, widest, Math.ceil(rows / 2), out));
  }
  let w = widest;
  for (const row of values) {
    out.push(row);
    const b = rowBytes(row);
    if (b > w) w = b;
  }
  return 1 + (await readFrom(context, sheet, rect, start + rows, w, null, out));
}
