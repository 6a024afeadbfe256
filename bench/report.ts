/** The bench's results as Markdown tables (docs/benchmarks.md, stdout) and the README summary. */
import type { ConsolidateResult, MainJobResult } from "./cli";
import type { EngineResult } from "./engine";
import { ACTION_LABELS, type LatencyResult } from "./latency";
import { PROFILE_PART_LABELS, PROFILE_PARTS } from "./latency-profile";
import { mib, thousands, type Machine } from "./measure";
import type { PaneResult } from "./pane";
import type { ChunkRow, RoundTripRow } from "./roundtrips";

export interface BenchResults {
  command: string;
  machine: Machine & { loadAverageStart: number[]; loadAverageEnd: number[] };
  seconds: number;
  roundTrips?: RoundTripRow[];
  chunking?: ChunkRow[];
  engine?: EngineResult[];
  mainJob?: MainJobResult;
  consolidate?: ConsolidateResult;
  pane?: PaneResult;
  latency?: LatencyResult;
  targets: Target[];
}

export interface Target {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
  /** by how much it was missed, when it was */
  miss?: string;
}

const LIMIT = 5 * 1024 * 1024;
const GZIP_BUDGET = 250 * 1024;

function table(header: string[], rows: (string | number)[][], align?: ("l" | "r")[]): string {
  const sep = header.map((_, i) => ((align?.[i] ?? "r") === "l" ? ":--" : "--:"));
  return [header, sep, ...rows.map((r) => r.map(String))].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

const kb = (b: number): string => `${(b / 1024).toFixed(1)} KiB`;
const bytes = (b: number): string => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MiB` : kb(b));

export function evaluateTargets(r: Omit<BenchResults, "targets">): Target[] {
  const out: Target[] = [];
  if (r.roundTrips?.length) {
    const failed = r.roundTrips.filter((x) => x.adapter.error);
    if (failed.length)
      out.push({
        name: "Every command completes on the stand-in",
        target: "no rejected request or response",
        measured: failed
          .map((x) => `${x.command} at ${thousands(x.items)} items: ${x.adapter.error}`)
          .join("; "),
        met: false,
        miss: `${failed.length} command(s) failed`,
      });
    const worst = Math.max(...r.roundTrips.map((x) => x.adapter.syncs));
    const worstAt = r.roundTrips.find((x) => x.adapter.syncs === worst);
    out.push({
      name: "Syncs per command (adapter)",
      target: "≤ 2 at every size",
      measured: `at most ${worst} (${worstAt?.command}, ${thousands(worstAt?.items ?? 0)} items)`,
      met: worst <= 2,
      miss: worst > 2 ? `${worst - 2} sync(s) over` : undefined,
    });
    const naive = r.roundTrips.filter((x) => x.naive);
    if (naive.length) {
      const minRatio = Math.min(...naive.map((x) => x.syncRatio ?? Infinity));
      out.push({
        name: "Naive row-by-row syncs grow with rows",
        target: "naive ≫ adapter",
        measured: `naive/adapter ≥ ${minRatio}×`,
        met: minRatio > 2,
      });
    }
  }
  const requests = [
    ...(r.roundTrips ?? []).map((x) => x.adapter.maxRequestBytes),
    ...(r.chunking ?? []).map((x) => x.maxRequestBytes),
  ];
  if (requests.length) {
    const max = Math.max(...requests);
    out.push({
      name: "Largest request",
      target: "< 5 MB",
      measured: bytes(max),
      met: max < LIMIT,
      miss: max >= LIMIT ? `${bytes(max - LIMIT)} over` : undefined,
    });
  }
  const e10 = r.engine?.find((e) => e.items === 10_000);
  if (e10) {
    const ms = e10.medianMs.pipeline;
    out.push({
      name: "Engine, 10,000 items (read + check + statuses + report)",
      target: "< 100 ms",
      measured: `${ms.toFixed(0)} ms wall, ${e10.medianCpuMs.pipeline.toFixed(0)} ms CPU (median)`,
      met: ms < 100,
      miss: ms >= 100 ? `${(ms - 100).toFixed(0)} ms over, ${(ms / 100).toFixed(1)}× the target` : undefined,
    });
  }
  if (r.engine && r.engine.length > 1) {
    const per = r.engine.map((e) => e.cpuUsPerItem);
    const spread = Math.max(...per) / Math.min(...per);
    out.push({
      name: "Engine time per item, 1,000 → 100,000 items",
      target: "flat (linear cost)",
      measured: `${r.engine.map((e) => `${e.cpuUsPerItem} µs`).join(" → ")} CPU per item (max/min ${spread.toFixed(2)})`,
      met: spread <= 2,
      miss: spread > 2 ? `per-item cost varies ${spread.toFixed(1)}×` : undefined,
    });
  }
  if (r.consolidate) {
    const s = r.consolidate.seconds;
    const ok = r.consolidate.exitCode === 0 || r.consolidate.exitCode === 1;
    out.push({
      name: `reja consolidate, ${r.consolidate.districts} districts`,
      target: "< 5 s",
      measured: ok ? `${s.toFixed(1)} s` : `failed (exit ${r.consolidate.exitCode})`,
      met: ok && s < 5,
      miss: ok && s >= 5 ? `${(s - 5).toFixed(1)} s over` : undefined,
    });
    const m = r.consolidate.matching;
    if (m)
      out.push({
        name: "Matching by meaning (pairs of items across districts)",
        target: "precision and recall ≥ 0.95",
        measured: `precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)} (${m.pairs} true pairs; ${m.weakListed} weak matches listed)`,
        met: m.precision >= 0.95 && m.recall >= 0.95,
        miss: m.precision < 0.95 || m.recall < 0.95 ? "below 0.95" : undefined,
      });
  }
  const latency = r.latency?.rows.filter((x) => x.aimMet !== null) ?? [];
  if (latency.length) {
    const aim = r.latency?.aimMs ?? 150;
    const missed = latency.filter((x) => !x.aimMet);
    out.push({
      name: `Task pane latency on the Jondor plan, click → final state, beyond Excel's part`,
      target: `< ${aim} ms per action (median)`,
      measured: latency
        .map((x) => `${ACTION_LABELS[x.action].toLowerCase()} ${x.beyondMs.median.toFixed(0)} ms`)
        .join(", "),
      met: missed.length === 0,
      miss: missed.length
        ? missed
            .map(
              (x) =>
                `${ACTION_LABELS[x.action].toLowerCase()} ${(x.beyondMs.median - aim).toFixed(0)} ms over`
            )
            .join(", ")
        : undefined,
    });
  }
  const pane = r.pane?.entries.find((e) => e.entry === "taskpane");
  if (pane) {
    out.push({
      name: "Task pane initial JavaScript, gzipped",
      target: "≤ 250 KiB",
      measured: `${kb(pane.gzip)} (${kb(pane.raw)} raw)`,
      met: pane.gzip <= GZIP_BUDGET,
      miss: pane.gzip > GZIP_BUDGET ? `${kb(pane.gzip - GZIP_BUDGET)} over` : undefined,
    });
  }
  return out;
}

export function machineSection(r: BenchResults): string {
  const m = r.machine;
  return [
    `- Date: ${m.date}`,
    `- Node ${m.node} on ${m.os}`,
    `- CPU: ${m.cores} × ${m.cpu}${m.cpuMHz ? ` (${m.cpuMHz} MHz)` : ""} (\`os.cpus()\`)`,
    `- Memory: ${m.memoryGiB} GiB (${m.freeMemoryGiB} GiB free at the start)`,
    `- Load average (1, 5, 15 min) at the start: ${m.loadAverageStart.map((x) => x.toFixed(2)).join(", ")}; at the end: ${m.loadAverageEnd.map((x) => x.toFixed(2)).join(", ")}`,
    `- Whole bench: ${r.seconds.toFixed(0)} s`,
  ].join("\n");
}

export function targetsTable(r: BenchResults): string {
  return table(
    ["", "Target", "Measured", "Met"],
    r.targets.map((t) => [
      t.name,
      t.target,
      t.measured,
      t.met === null ? "–" : t.met ? "yes" : `**no**: ${t.miss ?? ""}`,
    ]),
    ["l", "l", "l", "l"]
  );
}

export function roundTripTable(rows: RoundTripRow[]): string {
  return table(
    [
      "Items",
      "Command",
      "Syncs",
      "Total request",
      "Largest request",
      "Naive syncs",
      "Naive total",
      "Naive largest",
      "Syncs ratio",
      "Same values",
    ],
    rows.map((x) => [
      thousands(x.items),
      x.command,
      x.adapter.error ? `${x.adapter.syncs} (**failed: ${x.adapter.error}**)` : x.adapter.syncs,
      bytes(x.adapter.totalBytes),
      bytes(x.adapter.maxRequestBytes),
      x.naive
        ? x.naive.error
          ? `${thousands(x.naive.syncs)} (**failed: ${x.naive.error}**)`
          : thousands(x.naive.syncs)
        : "–",
      x.naive ? bytes(x.naive.totalBytes) : "–",
      x.naive ? bytes(x.naive.maxRequestBytes) : "–",
      x.syncRatio === null ? "–" : `${x.syncRatio}×`,
      x.sameValues === null ? "–" : x.sameValues ? "yes" : "**no**",
    ]),
    ["r", "l"]
  );
}

export function networkWaitTable(rows: RoundTripRow[], rttMs: number): string {
  return table(
    ["Items", "Command", "Adapter", "Naive"],
    rows
      .filter((x) => x.naive && !x.adapter.error)
      .map((x) => [
        thousands(x.items),
        x.command,
        seconds((x.adapter.syncs * rttMs) / 1000),
        seconds(((x.naive?.syncs ?? 0) * rttMs) / 1000),
      ]),
    ["r", "l"]
  );
}

function seconds(s: number): string {
  return s >= 120 ? `${(s / 60).toFixed(0)} min` : `${s.toFixed(1)} s`;
}

export function chunkTable(rows: ChunkRow[]): string {
  return table(
    ["Case", "Items", "Command", "Syncs", "Total request", "Largest request", "Largest response", "< 5 MB"],
    rows.map((x) => [
      x.case,
      thousands(x.items),
      x.command,
      x.syncs,
      bytes(x.totalBytes),
      bytes(x.maxRequestBytes),
      bytes(x.maxResponseBytes),
      x.underLimit ? "yes" : `**no**${x.error ? `: ${x.error}` : ""}`,
    ]),
    ["l", "r", "l"]
  );
}

export function engineTable(rows: EngineResult[]): string {
  return table(
    [
      "Items",
      "Grid rows",
      "parse",
      "read",
      "check",
      "statuses",
      "report",
      "**pipeline**",
      "CPU pipeline",
      "µs/item (wall)",
      "µs/item (CPU)",
      "Runs",
      "Heap kept",
      "Heap growth",
      "RSS",
    ],
    rows.map((e) => [
      thousands(e.items),
      thousands(e.gridRows),
      ms(e.medianMs.parse),
      ms(e.medianMs.read),
      ms(e.medianMs.check),
      ms(e.medianMs.statuses),
      ms(e.medianMs.report),
      `**${ms(e.medianMs.pipeline)}**`,
      ms(e.medianCpuMs.pipeline),
      e.usPerItem,
      e.cpuUsPerItem,
      e.runs,
      `${e.memory.heapRetainedMiB} MiB`,
      `${e.memory.heapGrowthMiB} MiB`,
      `${e.memory.rssMiB} MiB`,
    ])
  );
}

function ms(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`;
}

export function cliTable(job: MainJobResult | undefined, cons: ConsolidateResult | undefined): string {
  const rows: (string | number)[][] = [];
  if (job) {
    rows.push([
      `\`${job.command}\` (README main job), end to end`,
      job.available ? `${job.seconds.toFixed(1)} s` : "not available",
      job.exitCode === null ? "–" : String(job.exitCode),
    ]);
    for (const s of job.steps) rows.push([`  ${s.step}`, `${s.seconds.toFixed(1)} s`, ""]);
  }
  if (cons) {
    rows.push([
      `generate ${cons.districts} district workbooks (${cons.itemsPerDistrict} items each, xlsx adapter, not timed below)`,
      `${cons.generateSeconds.toFixed(1)} s`,
      "",
    ]);
    rows.push([
      `\`reja consolidate\` of ${cons.districts} districts (fresh node process)`,
      `**${cons.seconds.toFixed(1)} s**`,
      String(cons.exitCode),
    ]);
  }
  return table(["Command", "Time", "Exit"], rows, ["l", "r", "r"]);
}

export function paneTables(p: PaneResult): string {
  const sizes = table(
    ["Page (entry)", "Initial JS files", "Raw", "Gzipped", "Budget (gzip)"],
    p.entries.map((e) => [e.entry, e.files.join(", "), kb(e.raw), kb(e.gzip), e.budget ? kb(e.budget) : "–"]),
    ["l", "l"]
  );
  const render = table(
    ["Page", "Runs", "First render (median)", "First contentful paint", "Shows"],
    p.render.map((r) => [
      r.page,
      r.runs,
      r.error ? `**failed**: ${r.error}` : `${r.firstRenderMs} ms`,
      r.firstContentfulPaintMs === null ? "–" : `${r.firstContentfulPaintMs} ms`,
      `“${r.shows}”`,
    ]),
    ["l", "r", "r", "r", "l"]
  );
  return `${sizes}\n\n${render}`;
}

const msPair = (s: { median: number; p90: number }): string =>
  `${s.median.toFixed(0)} / ${s.p90.toFixed(0)} ms`;

export function latencyTable(l: LatencyResult): string {
  return table(
    [
      "Plan",
      "Action",
      "Runs",
      "Outcome shown, median",
      "Click → final, median / p90",
      "Stand-in (Excel's part of the syncs)",
      "Grid (render, scroll)",
      "Pause",
      "**Pane + engine**, median / p90",
      "Syncs",
      "First click: total, pane + engine, syncs",
      `Aim: pane + engine < ${l.aimMs} ms`,
    ],
    l.rows.map((r) => [
      r.plan === "Jondor" ? `Jondor (${r.items} items)` : r.plan,
      ACTION_LABELS[r.action],
      r.runs,
      `${r.shownMs.median.toFixed(0)} ms`,
      msPair(r.totalMs),
      `${r.excelMs.median.toFixed(0)} ms`,
      `${r.gridMs.median.toFixed(0)} ms`,
      r.pauseMs ? `${r.pauseMs} ms` : "–",
      `**${msPair(r.beyondMs)}**`,
      r.syncs,
      `${r.first.totalMs.toFixed(0)} ms, ${r.first.beyondMs.toFixed(0)} ms, ${r.first.syncs}`,
      r.aimMet === null ? "–" : r.aimMet ? "met" : "**missed**",
    ]),
    ["l", "l"]
  );
}

/** Where the time of the profiled pass went, per part of the page (bench/latency-profile.ts). */
export function latencyProfileTable(l: LatencyResult): string {
  const rows = l.rows.filter((r) => r.profile?.parts);
  return table(
    ["Plan", "Action", "Click → final (profiled)", ...PROFILE_PARTS.map((p) => PROFILE_PART_LABELS[p])],
    rows.map((r) => [
      r.plan === "Jondor" ? `Jondor (${r.items} items)` : r.plan,
      ACTION_LABELS[r.action],
      `${r.profile?.totalMs.toFixed(0)} ms`,
      ...PROFILE_PARTS.map((p) => `${(r.profile?.parts?.[p] ?? 0).toFixed(0)} ms`),
    ]),
    ["l", "l"]
  );
}

/** The README's latency table: per action, each plan's click → final state and the pane + engine share. */
export function latencySummaryTable(l: LatencyResult): string {
  const plans = [...new Set(l.rows.map((r) => r.plan))];
  const label = (plan: string) => {
    const row = l.rows.find((r) => r.plan === plan);
    return plan === "Jondor" && row ? `Jondor (${row.items} items)` : plan;
  };
  const actions = [...new Set(l.rows.map((r) => r.action))];
  return table(
    ["Action", ...plans.map((p) => `${label(p)}: click → final / pane + engine (median)`)],
    actions.map((a) => [
      ACTION_LABELS[a],
      ...plans.map((p) => {
        const r = l.rows.find((x) => x.plan === p && x.action === a);
        if (!r) return "–";
        const mark = r.aimMet === null ? "" : r.aimMet ? " ✓" : " ✗";
        return `${r.totalMs.median.toFixed(0)} ms / ${r.beyondMs.median.toFixed(0)} ms${mark}`;
      }),
    ]),
    ["l", "r", "r"]
  );
}

/** The compact table printed to stdout. */
export function stdoutSummary(r: BenchResults): string {
  const parts = [
    `Reja bench (${r.machine.date}, node ${r.machine.node}, ${r.machine.cores} × ${r.machine.cpu}, load ${r.machine.loadAverageStart.map((x) => x.toFixed(1)).join("/")})`,
    "",
    targetsTable(r),
  ];
  if (r.roundTrips) parts.push("", "Round trips (stand-in):", roundTripTable(r.roundTrips));
  if (r.chunking) parts.push("", "Chunking:", chunkTable(r.chunking));
  if (r.engine) parts.push("", "Engine:", engineTable(r.engine));
  if (r.mainJob || r.consolidate) parts.push("", "Command line:", cliTable(r.mainJob, r.consolidate));
  if (r.pane) parts.push("", "Task pane:", paneTables(r.pane));
  if (r.latency) parts.push("", "Latency in the playground:", latencyTable(r.latency), ...r.latency.errors);
  return parts.join("\n");
}

export { mib };
