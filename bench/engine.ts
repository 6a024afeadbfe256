/**
 * Engine scale: the pure engine's work on a plan of N items, timed stage by stage (median of several runs after
 * warm-up), with time per item (flat = linear cost) and memory.
 *
 *   parse      parseTsv of the plan as exported text (the Word paste)
 *   read       readPlan of the structured plan sheet (with facts)
 *   check      checkPlan for report quarter II (every rule of docs/domain.md §6)
 *   statuses   fillWrites: Jami fakt, Bajarilish %, the four quarter statuses (docs/domain.md §7)
 *   report     buildReport + reportSheet: the regional submission sheet (docs/domain.md §8)
 *   pipeline   read + check + statuses + report (what a command does between its read and its write), the sum
 *              of the stages of one run, run back to back
 */
import {
  buildReport,
  checkPlan,
  DEFAULT_VOCABULARY,
  fillWrites,
  type Grid,
  parseTsv,
  type PlanSettings,
  readPlan,
  reportSheet,
} from "../src/core";
import { collectGarbage, log, median, mib, round, timeMs } from "./measure";
import { sourcePlanGrid, structuredPlan, toTsv } from "./plans";

export const ENGINE_STAGES = ["parse", "read", "check", "statuses", "report"] as const;
export type EngineStage = (typeof ENGINE_STAGES)[number];

export interface EngineResult {
  items: number;
  gridRows: number;
  findings: number;
  cellWrites: number;
  reportRows: number;
  runs: number;
  /** median ms of each stage, and of the pipeline (read+check+statuses+report, timed as one) */
  medianMs: Record<EngineStage | "pipeline", number>;
  /** the same, CPU time of the process */
  medianCpuMs: Record<EngineStage | "pipeline", number>;
  /** microseconds per item of the pipeline median (wall, CPU) */
  usPerItem: number;
  cpuUsPerItem: number;
  memory: { heapRetainedMiB: number; heapGrowthMiB: number; rssMiB: number };
}

const REPORT_DATE = new Date(2026, 6, 10);

function pipeline(grid: Grid, settings: PlanSettings) {
  const read = readPlan(grid, { vocabulary: DEFAULT_VOCABULARY });
  if (!read.ok) throw new Error("bench: no plan");
  const plan = read.plan;
  const findings = checkPlan(plan, {
    reportQuarter: settings.quarter,
    tolerance: settings.tolerance,
    vocabulary: DEFAULT_VOCABULARY,
  });
  const writes = fillWrites(plan, settings);
  const sheet = reportSheet(buildReport(plan, settings), settings, REPORT_DATE);
  return { plan, findings, writes, sheet };
}

function runsFor(items: number, quick: boolean): { warm: number; runs: number } {
  if (quick) return { warm: 1, runs: 2 };
  if (items <= 1000) return { warm: 5, runs: 15 };
  if (items <= 10_000) return { warm: 2, runs: 7 };
  return { warm: 1, runs: 3 };
}

type Samples = Record<EngineStage | "pipeline", number[]>;
const emptySamples = (): Samples => ({
  parse: [],
  read: [],
  check: [],
  statuses: [],
  report: [],
  pipeline: [],
});

/** Wall and CPU time of fn (CPU: user + system of this process, so a busy machine inflates it less than wall time). */
function timed<T>(fn: () => T): { ms: number; cpuMs: number; result: T } {
  const c0 = process.cpuUsage();
  const { ms, result } = timeMs(fn);
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, result };
}

export function benchEngineSize(items: number, quick = false): EngineResult {
  log(`engine: generating a plan of ${items} items`);
  const text = toTsv(sourcePlanGrid(items));
  const { planGrid, settings } = structuredPlan(items);
  const { warm, runs } = runsFor(items, quick);
  const wall = emptySamples();
  const cpu = emptySamples();
  let counts = { findings: 0, cellWrites: 0, reportRows: 0 };
  for (let i = 0; i < warm + runs; i++) {
    collectGarbage();
    const parse = timed(() => parseTsv(text));
    collectGarbage();
    // the pipeline's stages back to back, no collection in between (as in a command)
    const read = timed(() => readPlan(planGrid, { vocabulary: DEFAULT_VOCABULARY }));
    if (!read.result.ok) throw new Error("bench: no plan");
    const plan = read.result.plan;
    const check = timed(() =>
      checkPlan(plan, {
        reportQuarter: settings.quarter,
        tolerance: settings.tolerance,
        vocabulary: DEFAULT_VOCABULARY,
      })
    );
    const statuses = timed(() => fillWrites(plan, settings));
    const report = timed(() => reportSheet(buildReport(plan, settings), settings, REPORT_DATE));
    counts = {
      findings: check.result.length,
      cellWrites: statuses.result.length,
      reportRows: report.result.rows.length,
    };
    if (i < warm) continue;
    const stages = { parse, read, check, statuses, report };
    for (const k of ENGINE_STAGES) {
      wall[k].push(stages[k].ms);
      cpu[k].push(stages[k].cpuMs);
    }
    wall.pipeline.push(read.ms + check.ms + statuses.ms + report.ms);
    cpu.pipeline.push(read.cpuMs + check.cpuMs + statuses.cpuMs + report.cpuMs);
  }

  // memory: what the results of one pipeline run keep alive, and how far the heap grew while it ran
  collectGarbage();
  const heap0 = process.memoryUsage().heapUsed;
  const kept = pipeline(planGrid, settings);
  const heapPeakish = process.memoryUsage().heapUsed;
  collectGarbage();
  const heap1 = process.memoryUsage().heapUsed;
  const rss = process.memoryUsage().rss;
  void kept.plan.items.length;

  const medians = (s: Samples) =>
    Object.fromEntries(
      Object.entries(s).map(([k, v]) => [k, round(median(v), 2)])
    ) as EngineResult["medianMs"];
  return {
    items,
    gridRows: planGrid.length,
    ...counts,
    runs,
    medianMs: medians(wall),
    medianCpuMs: medians(cpu),
    usPerItem: round((median(wall.pipeline) * 1000) / items, 2),
    cpuUsPerItem: round((median(cpu.pipeline) * 1000) / items, 2),
    memory: {
      heapRetainedMiB: mib(heap1 - heap0),
      heapGrowthMiB: mib(heapPeakish - heap0),
      rssMiB: mib(rss),
    },
  };
}

export function benchEngine(sizes: number[], quick = false): EngineResult[] {
  return sizes.map((n) => {
    const r = benchEngineSize(n, quick);
    log(
      `engine ${n}: pipeline ${r.medianMs.pipeline} ms wall, ${r.medianCpuMs.pipeline} ms CPU (${r.usPerItem} µs/item), parse ${r.medianMs.parse} ms`
    );
    return r;
  });
}
