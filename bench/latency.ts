/**
 * Latency of the task pane's actions in the playground (the real pane beside the in-browser workbook on the
 * Excel stand-in), in headless Debian chromium through playwright-core: the time from the click to the pane's
 * final state for Check, Fill and Generate report, and from the Enter that commits a typed cell edit to the
 * live re-check's final state. On the Jondor example (the plan the playground opens) and on a 1,000-item plan
 * (bench/plans.ts, opened with the playground's `?plan=`). "Final state" is defined in bench/latency-probe.ts.
 *
 * One page per plan. A pass is: Check (the seeded misspelt unit is an error) → type the right unit into its
 * cell and press Enter (the live re-check takes the error away) → Fill → Generate report (no error left, so it
 * does not ask) → type the misspelling back (not measured; the next pass starts as this one did). The first
 * pass is a person's first click on each action after opening the workbook (reported as *first*); the passes
 * after it give the median and the 90th percentile. A full garbage collection runs before every action.
 *
 * Each measurement is split: the stand-in's time doing Excel's part of the syncs (src/standin's stats.busyMs),
 * the grid's render time (src/playground/probe.ts: the stand-in for Excel's own window), the live check's
 * deliberate pause after an edit, and the rest: the pane and the engine ("beyond Excel"). Excel's network round
 * trips are not in the playground at all; their number is reported beside. One more pass runs under chromium's
 * CPU profiler to say where the time goes (bench/latency-profile.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SEEDED_MISTAKE } from "../src/playground/seed";
import {
  type ArmSpec,
  installLatencyProbe,
  PROFILE_MARKS,
  type LatencySample,
  type ProbeReading,
  summarize,
  type Summary,
  toSample,
} from "./latency-probe";
import { attribute, BuildSourceMaps, type CpuProfile, type ProfilePart } from "./latency-profile";
import { log, round } from "./measure";
import { buildPlaygroundInto, serve } from "./pane";
import { ROOT, seedItemCount, sourcePlanGrid, toTsv } from "./plans";

export const LATENCY_ACTIONS = ["check", "live", "fill", "report"] as const;
export type LatencyAction = (typeof LATENCY_ACTIONS)[number];

export const ACTION_LABELS: Record<LatencyAction, string> = {
  check: "Check",
  live: "Live re-check after an edit",
  fill: "Fill",
  report: "Generate report",
};

/** The aim: the pane and the engine under this many ms per action on the Jondor plan (issue 13). */
export const AIM_MS = 150;
/** The pane is final after this long without a change. */
const QUIET_MS = 500;
/** The playground's pause of live checking after an edit (src/playground/Playground.tsx, liveDelayMs). */
export const LIVE_PAUSE_MS = 300;
const PANE = '[data-testid="pane"]';
const PLAN_SHEET = "Ish reja";
const RIGHT_UNIT = "Tadbir";
const CHROMIUM = "/usr/bin/chromium";

export interface LatencyRow {
  plan: string;
  items: number;
  action: LatencyAction;
  /** passes after the first */
  runs: number;
  first: LatencySample;
  samples: LatencySample[];
  totalMs: Summary;
  shownMs: Summary;
  excelMs: Summary;
  gridMs: Summary;
  beyondMs: Summary;
  syncs: number;
  pauseMs: number;
  /** the aim applies on the Jondor plan; null elsewhere */
  aimMet: boolean | null;
  /** one more pass under chromium's CPU profiler: its click → final, and self time per part (ms) */
  profile?: { totalMs: number; parts: Record<ProfilePart, number> | null };
}

export interface LatencyResult {
  build: { seconds: number; error: string | null };
  /** the 1-minute load average when this part started and ended (the machine may be shared) */
  load: { start: number; end: number };
  passes: number;
  quietMs: number;
  aimMs: number;
  rows: LatencyRow[];
  errors: string[];
}

interface PlanCase {
  name: string;
  items: number;
  /** the playground's query (besides the fixed report date) */
  query: string;
}

const click = (action: string) => `button[data-action="${action}"]`;
const allEnabled = `${PANE} button[data-action]:not([disabled])`;

function armSpec(action: LatencyAction, restoring = false): ArmSpec {
  const done: Record<LatencyAction, ArmSpec> = {
    check: {
      trigger: { type: "click", selector: click("check") },
      done: '[data-notice^="result.check"]',
      quietMs: QUIET_MS,
    },
    live: {
      trigger: { type: "keydown", selector: "#formula-bar", key: "Enter" },
      done: restoring ? '[data-severity-count="error"]' : '[data-notice^="result.check"]',
      absent: restoring ? undefined : '[data-severity-count="error"]',
      quietMs: QUIET_MS,
    },
    fill: {
      trigger: { type: "click", selector: click("fill") },
      done: '[data-notice="result.fill"]',
      quietMs: QUIET_MS,
    },
    report: {
      trigger: { type: "click", selector: click("report") },
      done: '[data-notice="result.report"], [data-notice="result.reportReplaced"]',
      quietMs: QUIET_MS,
    },
  };
  return done[action];
}

async function settle(page: Page): Promise<void> {
  // two frames and a pause: whatever the last step started has rendered
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 150)))
      )
  );
}

async function collectGarbage(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { gc?: () => void }).gc?.());
}

interface Profiler {
  start(): Promise<void>;
  /** `save`: where to keep the raw profile (chromium DevTools opens .cpuprofile files) */
  stop(save: string): Promise<Record<ProfilePart, number>>;
}

/** Raw profiles of the profiled passes (out/ is build output, not committed). */
const PROFILES_DIR = join(ROOT, "out", "bench-profiles");

/** The page's CPU profiler (DevTools protocol), its samples attributed through the build's source maps. */
async function profilerOf(page: Page, maps: BuildSourceMaps): Promise<Profiler> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  return {
    start: async () => void (await cdp.send("Profiler.start")),
    stop: async (save) => {
      const { profile } = await cdp.send("Profiler.stop");
      mkdirSync(PROFILES_DIR, { recursive: true });
      writeFileSync(join(PROFILES_DIR, save), JSON.stringify(profile));
      return attribute(
        profile as CpuProfile,
        (url, line, column) => maps.sourceOf(url, line, column),
        PROFILE_MARKS
      );
    },
  };
}

interface Measured {
  reading: ProbeReading;
  parts: Record<ProfilePart, number> | null;
}

/** Arms the probe, runs the trigger, waits for the final state; the probe's reading (and the profile's parts). */
async function measure(
  page: Page,
  spec: ArmSpec,
  trigger: () => Promise<void>,
  profiling?: { profiler: Profiler; name: string }
): Promise<Measured> {
  const profiler = profiling?.profiler;
  await collectGarbage(page);
  await page.evaluate(
    (s) => (window as unknown as { __rejaLatency: { arm(s: unknown): void } }).__rejaLatency.arm(s),
    { ...spec, marks: profiler !== undefined }
  );
  if (profiler) await profiler.start();
  await trigger();
  const handle = await page.waitForFunction(
    () => (window as unknown as { __rejaLatency: { settled(): unknown } }).__rejaLatency.settled() ?? false,
    null,
    { polling: 100, timeout: 120_000 }
  );
  const parts = profiling ? await profiling.profiler.stop(`${profiling.name}.cpuprofile`) : null;
  return { reading: (await handle.jsonValue()) as ProbeReading, parts };
}

/** Types `value` into the plan sheet's cell as a person would: the tab, the cell, the formula bar; Enter is the trigger. */
async function typeIntoCell(page: Page, cell: string, value: string): Promise<() => Promise<void>> {
  const tab = page.locator(`[data-sheet-tab="${PLAN_SHEET}"]`);
  if ((await tab.getAttribute("aria-selected")) !== "true") {
    await tab.click();
    await page.locator(`table[data-grid-sheet="${PLAN_SHEET}"]`).waitFor();
  }
  await page.locator(`table[data-grid-sheet="${PLAN_SHEET}"] td[data-address="${cell}"]`).click();
  await page.locator(`[data-testid="selected-address"]`, { hasText: new RegExp(`^${cell}$`) }).waitFor();
  await page.locator("#formula-bar").fill(value);
  await settle(page);
  return () => page.locator("#formula-bar").press("Enter");
}

type Pass = Record<LatencyAction, Measured>;

/** One pass over the four actions; the seeded error is back at its end. */
async function pass(page: Page, profiler?: Profiler, plan = ""): Promise<Pass> {
  const pane = page.locator(PANE);
  const profiling = (action: LatencyAction) =>
    profiler && { profiler, name: `${plan.replace(/\W+/g, "")}-${action}` };
  await page.locator(allEnabled).first().waitFor();
  const check = await measure(
    page,
    armSpec("check"),
    () => pane.locator(click("check")).click(),
    profiling("check")
  );
  await settle(page);
  const seeded = pane.locator(`li[data-item="${SEEDED_MISTAKE.item}"] button[data-code="unit.unknown"]`);
  const cell = await seeded.getAttribute("data-cell", { timeout: 10_000 });
  if (!cell) throw new Error("latency: the seeded error's cell is not listed");

  const enterFix = await typeIntoCell(page, cell, RIGHT_UNIT);
  const live = await measure(page, armSpec("live"), enterFix, profiling("live"));
  await settle(page);

  const fill = await measure(
    page,
    armSpec("fill"),
    () => pane.locator(click("fill")).click(),
    profiling("fill")
  );
  await settle(page);
  const report = await measure(
    page,
    armSpec("report"),
    () => pane.locator(click("report")).click(),
    profiling("report")
  );
  await settle(page);

  // back to the misspelling: the next pass starts where this one did
  const enterMistake = await typeIntoCell(page, cell, SEEDED_MISTAKE.unit);
  await measure(page, armSpec("live", true), enterMistake);
  await settle(page);
  return { check, live, fill, report };
}

function roundParts(parts: Record<ProfilePart, number> | null): Record<ProfilePart, number> | null {
  if (!parts) return null;
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, round(v, 1)])) as Record<
    ProfilePart,
    number
  >;
}

async function measurePlan(
  baseUrl: string,
  plan: PlanCase,
  passes: number,
  launch: () => Promise<import("playwright-core").Browser>,
  maps: BuildSourceMaps
): Promise<LatencyRow[]> {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${baseUrl}/playground.html?date=2026-07-10${plan.query}`, { waitUntil: "load" });
    await page.locator(`${PANE} ${click("check")}:not([disabled])`).waitFor({ timeout: 120_000 });
    await page.locator(`table[data-grid-sheet="${PLAN_SHEET}"]`).waitFor();
    await settle(page);
    // a source URL of its own: the profile's attribution leaves the probe's samples out
    await page.evaluate(
      `(${installLatencyProbe.toString()})(window, ${JSON.stringify(PANE)}), true\n//# sourceURL=reja-latency-probe.js`
    );
    const all: Pass[] = [];
    for (let i = 0; i <= passes; i++) {
      log(`latency: ${plan.name}, pass ${i + 1} of ${passes + 1}`);
      all.push(await pass(page));
      if (errors.length) throw new Error(`page error: ${errors[0]}`);
    }
    // one more pass under the CPU profiler: where the time goes (not in the statistics: profiling slows it)
    log(`latency: ${plan.name}, profiled pass`);
    const profiled = await pass(page, await profilerOf(page, maps), plan.name);
    if (errors.length) throw new Error(`page error: ${errors[0]}`);
    return LATENCY_ACTIONS.map((action) => ({
      ...row(
        plan,
        action,
        all.map((p) => toSample(p[action].reading, action === "live" ? LIVE_PAUSE_MS : 0))
      ),
      profile: {
        totalMs: round(profiled[action].reading.totalMs, 1),
        parts: roundParts(profiled[action].parts),
      },
    }));
  } finally {
    await browser.close();
  }
}

function row(plan: PlanCase, action: LatencyAction, samples: LatencySample[]): Omit<LatencyRow, "profile"> {
  const [first, ...rest] = samples;
  const pick = (k: keyof LatencySample) => rest.map((s) => s[k] as number);
  const r = (s: Summary): Summary => ({ median: round(s.median, 1), p90: round(s.p90, 1) });
  const beyond = r(summarize(pick("beyondMs")));
  return {
    plan: plan.name,
    items: plan.items,
    action,
    runs: rest.length,
    first,
    samples: rest,
    totalMs: r(summarize(pick("totalMs"))),
    shownMs: r(summarize(pick("shownMs"))),
    excelMs: r(summarize(pick("excelMs"))),
    gridMs: r(summarize(pick("gridMs"))),
    beyondMs: beyond,
    syncs: Math.max(...pick("syncs")),
    pauseMs: first.pauseMs,
    aimMet: plan.items === seedItemCount() || plan.name.startsWith("Jondor") ? beyond.median < AIM_MS : null,
  };
}

/**
 * Builds the playground (production) unless `playgroundDir` already holds it, serves it on 127.0.0.1 with the
 * 1,000-item plan beside it, and measures both plans.
 */
export async function benchLatency(options: {
  passes: number;
  bigItems: number;
  playgroundDir?: string;
}): Promise<LatencyResult> {
  const dir = options.playgroundDir ?? mkdtempSync(join(tmpdir(), "reja-bench-latency-"));
  const result: LatencyResult = {
    build: { seconds: 0, error: null },
    load: { start: loadavg()[0], end: NaN },
    passes: options.passes,
    quietMs: QUIET_MS,
    aimMs: AIM_MS,
    rows: [],
    errors: [],
  };
  try {
    if (!options.playgroundDir) {
      log(`latency: production build of the playground into ${dir}`);
      const b = await buildPlaygroundInto(dir);
      result.build = { seconds: round(b.seconds, 1), error: b.error };
      if (b.error) return result;
    }
    const bigFile = `bench-plan-${options.bigItems}.tsv`;
    writeFileSync(join(dir, bigFile), toTsv(sourcePlanGrid(options.bigItems)));
    const plans: PlanCase[] = [
      { name: "Jondor", items: seedItemCount(), query: "" },
      {
        name: `${options.bigItems.toLocaleString("en-US")} items`,
        items: options.bigItems,
        query: `&plan=${bigFile}`,
      },
    ];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require("playwright-core") as typeof import("playwright-core");
    const launch = () =>
      chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--js-flags=--expose-gc",
        ],
      });
    const maps = new BuildSourceMaps(dir);
    const { server, port } = await serve(dir);
    try {
      for (const plan of plans) {
        try {
          result.rows.push(
            ...(await measurePlan(`http://127.0.0.1:${port}`, plan, options.passes, launch, maps))
          );
        } catch (e) {
          log(`latency: ${plan.name} failed: ${String(e)}`);
          result.errors.push(`${plan.name}: ${String(e).slice(0, 300)}`);
        }
      }
    } finally {
      server.close();
    }
  } finally {
    if (!options.playgroundDir) rmSync(dir, { recursive: true, force: true });
    result.load.end = loadavg()[0];
  }
  return result;
}
