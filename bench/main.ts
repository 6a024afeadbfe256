/**
 * `npm run bench` (bench/run.js compiles this and runs it): round trips, engine scale, command line, task
 * pane and the pane's latency in the playground, printed as tables and written to docs/benchmarks.md, docs/benchmarks.json and
 * docs/benchmarks-summary.md (the README's summary).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { benchConsolidate, benchMainJob } from "./cli";
import { benchEngine } from "./engine";
import { gcAvailable, log, machine, round } from "./measure";
import { benchLatency } from "./latency";
import { benchPane, buildPlaygroundInto } from "./pane";
import { ROOT } from "./plans";
import { benchChunking, benchRoundTrips } from "./roundtrips";
import { evaluateTargets, stdoutSummary, type BenchResults } from "./report";
import { benchmarksMarkdown, summaryMarkdown } from "./markdown";

const PARTS = ["roundtrips", "engine", "cli", "pane", "latency"] as const;
type Part = (typeof PARTS)[number];

interface Options {
  parts: Set<Part>;
  quick: boolean;
  freshBuild: boolean;
  write: boolean;
  /** `--playground-dir=DIR`: an existing production build with the playground (kept), instead of a fresh one */
  playgroundDir?: string;
}

function parseOptions(argv: string[]): Options {
  const only = argv.find((a) => a.startsWith("--only"));
  const value = only?.includes("=") ? only.split("=")[1] : only ? argv[argv.indexOf(only) + 1] : undefined;
  const parts = new Set<Part>(
    value ? (value.split(",").filter((p) => (PARTS as readonly string[]).includes(p)) as Part[]) : PARTS
  );
  const quick = argv.includes("--quick");
  return {
    parts,
    quick,
    freshBuild: !argv.includes("--no-build"),
    playgroundDir: argv.find((a) => a.startsWith("--playground-dir="))?.split("=")[1],
    write: !quick && parts.size === PARTS.length && !argv.includes("--no-write"),
  };
}

/** `--from-json`: rewrite the Markdown from docs/benchmarks.json without measuring again. */
function rewriteDocs(): void {
  const full = JSON.parse(readFileSync(join(ROOT, "docs", "benchmarks.json"), "utf8")) as BenchResults;
  full.targets = evaluateTargets(full);
  writeFileSync(join(ROOT, "docs", "benchmarks.json"), `${JSON.stringify(full, null, 2)}\n`);
  writeFileSync(join(ROOT, "docs", "benchmarks.md"), benchmarksMarkdown(full));
  writeFileSync(join(ROOT, "docs", "benchmarks-summary.md"), summaryMarkdown(full));
  console.log(stdoutSummary(full));
}

async function main(): Promise<void> {
  if (process.argv.includes("--from-json")) return rewriteDocs();
  const options = parseOptions(process.argv.slice(2));
  if (!gcAvailable()) log("warning: run through bench/run.js (node --expose-gc) for the memory figures");
  const t0 = Date.now();
  const start = { ...machine(), loadAverageStart: loadavg(), loadAverageEnd: [] as number[] };
  const results: Omit<BenchResults, "targets"> = {
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    machine: start,
    seconds: 0,
  };
  const q = options.quick;

  if (options.parts.has("roundtrips")) {
    results.roundTrips = await benchRoundTrips(q ? [50, 1000] : [50, 1000, 10_000], q ? 1000 : 10_000);
    results.chunking = await benchChunking(
      q
        ? [{ name: "long texts (4,000 characters of mechanism per item)", items: 1000, mechanismChars: 4000 }]
        : [
            { name: "15,000-item plan", items: 15_000 },
            {
              name: "long texts (4,000 characters of mechanism per item)",
              items: 1000,
              mechanismChars: 4000,
            },
            { name: "50,000-item plan", items: 50_000 },
          ]
    );
  }
  if (options.parts.has("engine"))
    results.engine = benchEngine(q ? [1000, 10_000] : [1000, 10_000, 100_000], q);
  if (options.parts.has("cli")) {
    results.mainJob = await benchMainJob();
    results.consolidate = await benchConsolidate(q ? 20 : 200);
  }
  // the pane's first render and the latency part use one production build of the playground
  const given = options.playgroundDir;
  const playgroundDir = options.parts.has("latency")
    ? (given ?? mkdtempSync(join(tmpdir(), "reja-bench-playground-")))
    : undefined;
  try {
    let playgroundError: string | null = null;
    if (playgroundDir && !given) {
      log(`production build of the playground into ${playgroundDir}`);
      const b = await buildPlaygroundInto(playgroundDir);
      playgroundError = b.error;
      results.latency = {
        build: { seconds: round(b.seconds, 1), error: b.error },
        load: { start: loadavg()[0], end: loadavg()[0] },
        passes: 0,
        quietMs: 0,
        aimMs: 0,
        rows: [],
        errors: b.error ? [`playground build: ${b.error}`] : [],
      };
    }
    const shared = playgroundDir && !playgroundError ? playgroundDir : undefined;
    if (options.parts.has("pane"))
      results.pane = await benchPane({
        fresh: options.freshBuild,
        runs: q ? 2 : 5,
        playground: !process.argv.includes("--no-playground"),
        playgroundDir: shared,
      });
    if (shared) {
      const build = results.latency?.build ?? { seconds: 0, error: null };
      results.latency = {
        ...(await benchLatency({ passes: q ? 3 : 10, bigItems: 1000, playgroundDir: shared })),
        build,
      };
    }
  } finally {
    if (playgroundDir && !given) rmSync(playgroundDir, { recursive: true, force: true });
  }

  results.seconds = (Date.now() - t0) / 1000;
  results.machine.loadAverageEnd = loadavg();
  const full: BenchResults = { ...results, targets: evaluateTargets(results) };
  console.log(stdoutSummary(full));
  if (options.write) {
    writeFileSync(join(ROOT, "docs", "benchmarks.json"), `${JSON.stringify(full, null, 2)}\n`);
    writeFileSync(join(ROOT, "docs", "benchmarks.md"), benchmarksMarkdown(full));
    writeFileSync(join(ROOT, "docs", "benchmarks-summary.md"), summaryMarkdown(full));
    log("wrote docs/benchmarks.md, docs/benchmarks.json, docs/benchmarks-summary.md");
  } else {
    // the figures of a partial or quick run, for a look (out/ is not committed)
    writeFileSync(join(ROOT, "out", "bench-partial.json"), `${JSON.stringify(full, null, 2)}\n`);
    log("partial or quick run: docs/benchmarks* left as they are; figures in out/bench-partial.json");
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
