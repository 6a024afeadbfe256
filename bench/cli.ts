/**
 * The command line end to end: the README's main job (`npm run demo` = scripts/main-job.sh, timed step by
 * step from its "== N." lines), and `reja consolidate` on 200 district workbooks generated with the xlsx
 * adapter (the consolidate alone is timed, as a fresh `node bin/reja.js` process).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DEFAULT_VOCABULARY,
  type PlanSettings,
  readPlan,
  SHEET_NAMES,
  structuredWorkbook,
} from "../src/core";
import { specToGrid } from "../test/core/layout/sheet-grid";
import { newWorkbook, saveWorkbook, writeSheet } from "../src/xlsx/write";
import { districtVariant, pairQuality } from "../test/core/consolidate/district-variants";
import { loadWorkbook, sheetGrid } from "../src/xlsx/read";
import { log, round } from "./measure";
import { benchSettings, madeUpFacts, ROOT, sourcePlanGrid } from "./plans";

export interface StepTime {
  step: string;
  seconds: number;
}

export interface MainJobResult {
  command: string;
  available: boolean;
  exitCode: number | null;
  seconds: number;
  steps: StepTime[];
  note: string;
}

export interface ConsolidateResult {
  districts: number;
  itemsPerDistrict: number;
  generateSeconds: number;
  command: string;
  exitCode: number | null;
  seconds: number;
  outputExists: boolean;
  /** pairwise matching quality against the generator's truth (from the output's "Moslashtirish" sheet) */
  matching?: { precision: number; recall: number; pairs: number; weakListed: number };
}

interface Spawned {
  code: number | null;
  seconds: number;
  lines: { t: number; line: string }[];
  stderr: string;
}

function run(cmd: string, args: string[], cwd: string): Promise<Spawned> {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const secs = () => Number(process.hrtime.bigint() - t0) / 1e9;
    const child = spawn(cmd, args, { cwd, env: process.env });
    const lines: Spawned["lines"] = [];
    let partial = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      const parts = (partial + d.toString("utf8")).split("\n");
      partial = parts.pop() ?? "";
      for (const line of parts) lines.push({ t: secs(), line });
    });
    child.stderr.on("data", (d: Buffer) => void (stderr += d.toString("utf8")));
    child.on("close", (code) => resolve({ code, seconds: secs(), lines, stderr }));
  });
}

export async function benchMainJob(): Promise<MainJobResult> {
  const script = join(ROOT, "scripts", "main-job.sh");
  const command = "npm run demo";
  if (!existsSync(script))
    return {
      command,
      available: false,
      exitCode: null,
      seconds: 0,
      steps: [],
      note: "scripts/main-job.sh is not there yet",
    };
  log("cli: npm run demo");
  const r = await run("npm", ["run", "--silent", "demo"], ROOT);
  // "== 1. import: …" lines mark the steps; before the first one the script builds the command line
  const marks = r.lines.filter((l) => /^== \d+\./.test(l.line));
  const steps: StepTime[] = [];
  if (marks.length > 0) steps.push({ step: "build:cli (tsc)", seconds: round(marks[0].t, 2) });
  marks.forEach((m, i) =>
    steps.push({
      step: m.line.replace(/^== /, "").split(":")[0],
      seconds: round((marks[i + 1]?.t ?? r.seconds) - m.t, 2),
    })
  );
  const note = r.code === 0 ? "" : `exit ${r.code}: ${r.stderr.trim().split("\n").slice(-3).join(" / ")}`;
  return { command, available: true, exitCode: r.code, seconds: round(r.seconds, 2), steps, note };
}

/** District workbooks (plan, vocabulary and settings sheets, facts for quarters I–II) like `reja import` + data entry. */
export async function generateDistricts(dir: string, count: number, items: number): Promise<string[]> {
  const source = sourcePlanGrid(items);
  const read = readPlan(source);
  if (!read.ok) throw new Error("bench: no plan");
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const district = `Tuman ${String(i).padStart(3, "0")}`;
    const settings: PlanSettings = { ...benchSettings(read.plan), district };
    const specs = structuredWorkbook(read.plan, source, settings, DEFAULT_VOCABULARY);
    const planSpec = specs.find((s) => s.name === SHEET_NAMES.plan) ?? specs[0];
    const planRead = readPlan(specToGrid(planSpec));
    if (!planRead.ok) throw new Error("bench: no plan");
    const wb = newWorkbook();
    const sheets = specs.map((s) => writeSheet(wb, s));
    const planWs = sheets[specs.indexOf(planSpec)];
    for (const f of madeUpFacts(planRead.plan, i)) planWs.getCell(f.row + 1, f.col + 1).value = f.v;
    const file = join(dir, `tuman-${String(i).padStart(3, "0")}.xlsx`);
    await saveWorkbook(wb, file);
    files.push(file);
  }
  return files;
}

/**
 * District workbooks whose plans differ (test/core/consolidate/district-variants.ts: shared decree sections,
 * dropped and added items, renumbering, reworded names, every 10th in Cyrillic), with made-up facts for I–II.
 */
export async function generateVariedDistricts(
  dir: string,
  count: number
): Promise<{ files: string[]; truths: Map<string, Map<string, string>> }> {
  const files: string[] = [];
  const truths = new Map<string, Map<string, string>>();
  for (let i = 1; i <= count; i++) {
    const d = districtVariant(i, { cyrillic: i % 10 === 0, drop: 0.2, own: 3, reword: 0.35 });
    truths.set(d.name, d.truth);
    const wb = newWorkbook();
    const sheets = d.specs.map((s) => writeSheet(wb, s));
    const planWs = sheets[d.specs.findIndex((s) => s.name === SHEET_NAMES.plan)];
    for (const f of madeUpFacts(d.plan, i)) planWs.getCell(f.row + 1, f.col + 1).value = f.v;
    const file = join(dir, `tuman-${String(i).padStart(3, "0")}.xlsx`);
    await saveWorkbook(wb, file);
    files.push(file);
  }
  return { files, truths };
}

async function matchingQuality(
  out: string,
  truths: Map<string, Map<string, string>>
): Promise<ConsolidateResult["matching"]> {
  const wb = await loadWorkbook(out);
  const ws = wb.getWorksheet("Moslashtirish");
  if (!ws) return undefined;
  const grid = sheetGrid(ws);
  const rows = grid.slice(3).map((r) => ({
    group: String(r[0] ?? ""),
    district: String(r[1] ?? ""),
    number: String(r[2] ?? ""),
    kind: String(r[6] ?? ""),
  }));
  const q = pairQuality(rows, truths);
  return {
    precision: round(q.precision, 4),
    recall: round(q.recall, 4),
    pairs: q.actual,
    weakListed: rows.filter((r) => r.kind === "zaif o'xshashlik" || r.kind === "noaniq").length,
  };
}

export async function benchConsolidate(count: number): Promise<ConsolidateResult> {
  const dir = mkdtempSync(join(tmpdir(), "reja-bench-districts-"));
  try {
    const items = 48;
    log(`cli: generating ${count} district workbooks whose plans differ in ${dir}`);
    const g0 = process.hrtime.bigint();
    const { files, truths } = await generateVariedDistricts(dir, count);
    const generateSeconds = Number(process.hrtime.bigint() - g0) / 1e9;
    const out = join(dir, "viloyat.xlsx");
    const args = [join(ROOT, "bin", "reja.js"), "consolidate", ...files, "--quarter", "2", "-o", out];
    log(`cli: reja consolidate (${count} files)`);
    const r = await run(process.execPath, args, ROOT);
    if (r.code !== 0 && r.code !== 1) log(`consolidate exit ${r.code}: ${r.stderr.slice(0, 500)}`);
    return {
      districts: count,
      itemsPerDistrict: items,
      generateSeconds: round(generateSeconds, 2),
      command: `node bin/reja.js consolidate <${count} files> --quarter 2 -o viloyat.xlsx`,
      exitCode: r.code,
      seconds: round(r.seconds, 2),
      outputExists: existsSync(out),
      matching: existsSync(out) ? await matchingQuality(out, truths) : undefined,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
