/**
 * Where an action's time goes: a chromium CPU profile (DevTools protocol, sampled every 200 µs) of one extra
 * pass, its samples' self time attributed to parts of the page through the build's source maps. The minified
 * bundle inlines small functions into their callers, so the parts are coarse on purpose: Reja's own code (the
 * pane, the adapter and the engine together: terser inlines engine functions into adapter functions), the
 * stand-in, the playground's grid, React and Fluent UI (which render both the pane and the grid), the browser's
 * own work (style, layout, paint: samples outside JavaScript) and garbage collection. A native function called
 * from JavaScript (appendChild, scrollIntoView) counts for its caller.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const PROFILE_PARTS = ["reja", "standin", "grid", "react", "browser", "gc"] as const;
export type ProfilePart = (typeof PROFILE_PARTS)[number];

export const PROFILE_PART_LABELS: Record<ProfilePart, string> = {
  reja: "Reja: pane, adapter, engine",
  standin: "Stand-in",
  grid: "Grid (JS)",
  react: "React + Fluent UI",
  browser: "Browser: style, layout, paint",
  gc: "GC",
};

/** The parts of a CPU profile the attribution reads (Chrome DevTools protocol Profiler.Profile). */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * A source map's `mappings` decoded to what the attribution needs: per generated line, the segments' generated
 * columns and source indexes (sorted by column, as the format writes them).
 */
export function decodeMappings(mappings: string): { cols: number[]; sources: number[] }[] {
  const lines: { cols: number[]; sources: number[] }[] = [];
  let source = 0;
  let line: { cols: number[]; sources: number[] } = { cols: [], sources: [] };
  let col = 0;
  let i = 0;
  const fields: number[] = [];
  const endSegment = () => {
    if (fields.length > 0) {
      col += fields[0];
      if (fields.length > 1) source += fields[1];
      line.cols.push(col);
      // a segment of one field maps to nothing
      line.sources.push(fields.length > 1 ? source : -1);
    }
    fields.length = 0;
  };
  while (i <= mappings.length) {
    const ch = mappings[i];
    if (ch === undefined || ch === ";") {
      endSegment();
      lines.push(line);
      line = { cols: [], sources: [] };
      col = 0;
      i++;
      continue;
    }
    if (ch === ",") {
      endSegment();
      i++;
      continue;
    }
    // one base64 VLQ number
    let value = 0;
    let shift = 0;
    let digit: number;
    do {
      digit = BASE64.indexOf(mappings[i++]);
      if (digit < 0) throw new Error("source map: not base64 VLQ");
      value += (digit & 31) << shift;
      shift += 5;
    } while (digit & 32);
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
  }
  return lines;
}

/** The source file of a generated position (0-based line and column), or null where nothing maps. */
export function sourceAt(
  lines: { cols: number[]; sources: number[] }[],
  sources: string[],
  line: number,
  column: number
): string | null {
  const l = lines[line];
  if (!l || l.cols.length === 0) return null;
  let lo = 0;
  let hi = l.cols.length - 1;
  if (l.cols[0] > column) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (l.cols[mid] <= column) lo = mid;
    else hi = mid - 1;
  }
  return sources[l.sources[lo]] ?? null;
}

/** The part a source file belongs to; null for a file that is none of the page's parts (the bench's own probes). */
export function partOfSource(source: string): ProfilePart | null {
  if (/node_modules\//.test(source)) return "react";
  if (/(^|\/)src\/(core|excel|taskpane)\//.test(source)) return "reja";
  if (/(^|\/)src\/standin\//.test(source)) return "standin";
  if (/(^|\/)src\/playground\//.test(source)) return "grid";
  return null;
}

/** Source maps of the built files, read when first needed. */
export class BuildSourceMaps {
  private maps = new Map<string, { lines: ReturnType<typeof decodeMappings>; sources: string[] } | null>();
  constructor(private readonly dir: string) {}

  sourceOf(url: string, line: number, column: number): string | null {
    let map = this.maps.get(url);
    if (map === undefined) {
      map = null;
      const path = (() => {
        try {
          return new URL(url).pathname;
        } catch {
          return null;
        }
      })();
      const file = path ? join(this.dir, `${decodeURIComponent(path)}.map`) : null;
      if (file && file.startsWith(this.dir) && existsSync(file)) {
        const raw = JSON.parse(readFileSync(file, "utf8")) as { mappings: string; sources: string[] };
        map = { lines: decodeMappings(raw.mappings), sources: raw.sources };
      }
      this.maps.set(url, map);
    }
    return map ? sourceAt(map.lines, map.sources, line, column) : null;
  }
}

/**
 * Milliseconds of self time per part in a profile (idle time and the bench's own scripts left out), counting
 * only the samples from the first `marks.start` sample to the last `marks.change` sample when both are there
 * (the trigger and the pane's last change: bench/latency-probe.ts leaves them).
 */
export function attribute(
  profile: CpuProfile,
  sourceOf: (url: string, line: number, column: number) => string | null,
  marks?: { start: string; change: string }
): Record<ProfilePart, number> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const partCache = new Map<number, ProfilePart | null>();
  const partOf = (id: number): ProfilePart | null => {
    if (partCache.has(id)) return partCache.get(id) ?? null;
    const n = byId.get(id);
    let part: ProfilePart | null = null;
    if (n) {
      const f = n.callFrame;
      if (f.url) {
        const source = sourceOf(f.url, f.lineNumber, f.columnNumber);
        part = source ? partOfSource(source) : null;
      } else if (f.functionName === "(garbage collector)") part = "gc";
      else if (f.functionName === "(program)") part = "browser";
      else if (f.functionName === "(idle)" || f.functionName === "(root)") part = null;
      else {
        // a native function: its caller's part (the browser's when JavaScript did not call it; none when the
        // bench's own script did)
        const up = parent.get(id);
        const caller = up === undefined ? undefined : byId.get(up);
        part = !caller || caller.callFrame.functionName === "(root)" ? "browser" : partOf(caller.id);
      }
    }
    partCache.set(id, part);
    return part;
  };
  const out = Object.fromEntries(PROFILE_PARTS.map((p) => [p, 0])) as Record<ProfilePart, number>;
  // a sample is in a mark when the mark's function is on its stack (the mark spins in functions it calls)
  const named = (i: number, name: string): boolean => {
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id))
      if (byId.get(id)?.callFrame.functionName === name) return true;
    return false;
  };
  let from = 0;
  let to = profile.samples.length - 1;
  if (marks) {
    const first = profile.samples.findIndex((_, i) => named(i, marks.start));
    let last = -1;
    for (let i = profile.samples.length - 1; i > first && last < 0; i--) if (named(i, marks.change)) last = i;
    if (first >= 0 && last > first) {
      from = first;
      to = last;
    }
  }
  // timeDeltas[i] is the time before sample i: sample i lasted until sample i + 1
  for (let i = from; i < to; i++) {
    const part = partOf(profile.samples[i]);
    if (part) out[part] += profile.timeDeltas[i + 1] / 1000;
  }
  return out;
}
