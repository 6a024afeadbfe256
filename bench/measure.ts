/** Timing, memory and machine description for the bench. */
import { cpus, freemem, platform, release, totalmem, type as osType } from "node:os";

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds taken by `fn` (wall clock, high resolution). */
export function timeMs<T>(fn: () => T): { ms: number; result: T } {
  const t0 = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

export async function timeMsAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

/** A full collection when node runs with --expose-gc (bench/run.js passes it); a no-op otherwise. */
export function collectGarbage(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

export const gcAvailable = (): boolean => typeof (globalThis as { gc?: unknown }).gc === "function";

export interface Machine {
  date: string;
  node: string;
  os: string;
  cpu: string;
  cores: number;
  cpuMHz: number;
  memoryGiB: number;
  freeMemoryGiB: number;
}

export function machine(): Machine {
  const c = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    os: `${osType()} ${release()} (${platform()})`,
    cpu: c[0]?.model.trim() ?? "unknown",
    cores: c.length,
    cpuMHz: c[0]?.speed ?? 0,
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    freeMemoryGiB: round(freemem() / 1024 ** 3, 1),
  };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function mib(bytes: number): number {
  return round(bytes / 1024 / 1024, 1);
}

/** "12,345" */
export function thousands(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
