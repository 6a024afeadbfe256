/**
 * `npm run bench` (bench/run.js compiles this and runs it): round trips, engine scale, command line and task
 * pane, printed as tables and written to docs/benchmarks.md, docs/benchmarks.json and
 * docs/benchmarks-summary.md (the README's summary).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { benchConsolidate, benchMainJob } from "./cli";
import { benchEngine } from "./engine";
import { gcAvailable, log, machine } from "./measure";
import { benchPane } from "./pane";
import { ROOT } from "./plans";
import { benchChunking, benchRoundTrips } from "./roundtrips";
import { evaluateTargets, stdoutSummary, type BenchResults } from "./report";
import { benchmarksMarkdown, summaryMarkdown } from "./markdown";

const PARTS = ["roundtrips", "engine", "cli", "pane"] as const;
type Part = (typeof PARTS)[number];

interface Options {
  parts: Set<Part>;
  quick: boolean;
  freshBuild: boolean;
  write: boolean;
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
  if (options.parts.has("pane"))
    results.pane = await benchPane({
      fresh: options.freshBuild,
      runs: q ? 2 : 5,
      playground: !process.argv.includes("--no-playground"),
    });

  results.seconds = (Date.now() - t0) / 1000;
  results.machine.loadAverageEnd = loadavg();
  const full: BenchResults = { ...results, targets: evaluateTargets(results) };
  console.log(stdoutSummary(full));
  if (options.write) {
    writeFileSync(join(ROOT, "docs", "benchmarks.json"), `${JSON.stringify(full, null, 2)}\n`);
    writeFileSync(join(ROOT, "docs", "benchmarks.md"), benchmarksMarkdown(full));
    writeFileSync(join(ROOT, "docs", "benchmarks-summary.md"), summaryMarkdown(full));
    log("wrote docs/benchmarks.md, docs/benchmarks.json, docs/benchmarks-summary.md");
  } else log("partial or quick run: docs/benchmarks* left as they are");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
