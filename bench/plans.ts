/**
 * Plans of any size for the bench, made from the Jondor seed: each of the seed's sections keeps its heading and
 * holds its own items repeated, renumbered so every item number is unique and in order (sub-items follow
 * their new parent: 4.1 of the third copy of item 4 becomes e.g. 20.1). Continuation rows, extra indicator
 * rows, separators and HTML fragments are copied with their item, so a large plan is read the same way the
 * seed is.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DEFAULT_VOCABULARY,
  defaultSettings,
  type Grid,
  parseTsv,
  type Plan,
  type PlanSettings,
  type RawCell,
  readPlan,
  SHEET_NAMES,
  type SheetSpec,
  structuredWorkbook,
} from "../src/core";
import { specToGrid } from "../test/core/layout/sheet-grid";

export const ROOT = join(__dirname, "..", "..", "..");
export const SEED_PATH = join(ROOT, "examples", "jondor-2026-ish-reja.txt");

export function seedText(): string {
  return readFileSync(SEED_PATH, "utf8");
}

const NUMBER = /^(\d+)((?:\.\d+)*)(\.?)$/;

function mustRead(grid: Grid): Plan {
  const r = readPlan(grid);
  if (!r.ok) throw new Error(`bench: generated grid has no plan table (${r.reason})`);
  return r.plan;
}

interface SeedParts {
  preamble: RawCell[][];
  /** rows between the header and the first section */
  lead: RawCell[][];
  sections: { heading: RawCell[]; rows: RawCell[][] }[];
}

let cachedParts: SeedParts | null = null;

function seedParts(): SeedParts {
  if (cachedParts) return cachedParts;
  const grid = parseTsv(seedText()).map((r) => [...r]);
  const plan = mustRead(grid);
  const headingRows = new Set(plan.sections.map((s) => s.row));
  const preamble = grid.slice(0, plan.headerLastRow + 1);
  const lead: RawCell[][] = [];
  const sections: SeedParts["sections"] = [];
  for (let r = plan.headerLastRow + 1; r < grid.length; r++) {
    if (headingRows.has(r)) sections.push({ heading: grid[r], rows: [] });
    else if (sections.length === 0) lead.push(grid[r]);
    else sections[sections.length - 1].rows.push(grid[r]);
  }
  cachedParts = { preamble, lead, sections };
  return cachedParts;
}

/** How many items the seed has (sub-items counted). */
export function seedItemCount(): number {
  return mustRead(parseTsv(seedText())).items.length;
}

export interface VaryOptions {
  /** replace the mechanism text of every item row by this many characters (wide-text plans) */
  mechanismChars?: number;
}

/**
 * A plan grid as pasted from Word (the seed's shape) with exactly `items` items (sub-items counted).
 * Deterministic.
 */
export function sourcePlanGrid(items: number, options: VaryOptions = {}): RawCell[][] {
  const parts = seedParts();
  const copies = Math.ceil(items / seedItemCount()) + 1;
  const out: RawCell[][] = parts.preamble.map((r) => [...r]);
  for (const r of parts.lead) out.push([...r]);
  let counter = 0;
  for (const section of parts.sections) {
    out.push([...section.heading]);
    for (let k = 0; k < copies; k++) {
      const renumbered = new Map<string, number>();
      for (const row of section.rows) {
        const copy = [...row];
        const m = NUMBER.exec(String(copy[0] ?? "").trim());
        if (m) {
          let top = renumbered.get(m[1]);
          if (top === undefined) renumbered.set(m[1], (top = ++counter));
          copy[0] = `${top}${m[2]}${m[3]}`;
          if (options.mechanismChars) copy[5] = mechanismText(top, options.mechanismChars);
        }
        out.push(copy);
      }
    }
  }
  // cut just before the first row of item number items+1 (in reading order)
  const plan = mustRead(out);
  if (plan.items.length < items)
    throw new Error(`bench: generated only ${plan.items.length} of ${items} items`);
  const cut = plan.items.length > items ? plan.items[items].row : out.length;
  return out.slice(0, cut);
}

function mechanismText(n: number, chars: number): string {
  const sentence = `Tadbir ${n}: kitobxonlik kechasi, taqdimot va davra suhbati maktablar va mahallalarda o'tkaziladi. `;
  return sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);
}

/** The same grid as tab-separated text (what `parseTsv` reads). */
export function toTsv(grid: Grid): string {
  return grid
    .map((r) => r.map((v) => (v === null || v === undefined ? "" : String(v))).join("\t"))
    .join("\n");
}

export interface StructuredPlan {
  /** the plan sheet's values, with quarter facts filled in */
  planGrid: RawCell[][];
  specs: SheetSpec[];
  settings: PlanSettings;
  plan: Plan;
  /** fact cells written (row, col, value) */
  facts: { row: number; col: number; v: number | string }[];
}

/** Settings for the bench: report quarter II, as in July. */
export function benchSettings(plan: Plan): PlanSettings {
  return { ...defaultSettings(plan), quarter: 2 };
}

/**
 * The structured plan workbook (`reja import` / set up) of a plan with `items` items, with made-up facts for
 * quarters I and II of every scheduled indicator: mostly on pace, some behind, some missing, done marks where
 * there is no quantity.
 */
export function structuredPlan(items: number): StructuredPlan {
  const source = sourcePlanGrid(items);
  const sourcePlan = mustRead(source);
  const settings = benchSettings(sourcePlan);
  const specs = structuredWorkbook(sourcePlan, source, settings, DEFAULT_VOCABULARY);
  const planSpec = specs.find((s) => s.name === SHEET_NAMES.plan) ?? specs[0];
  const grid = specToGrid(planSpec);
  const plan = mustRead(grid);
  const facts = madeUpFacts(plan);
  for (const f of facts) grid[f.row][f.col] = f.v;
  return { planGrid: grid, specs, settings, plan: mustRead(grid), facts };
}

/** Deterministic made-up facts for quarters I–II. */
export function madeUpFacts(plan: Plan, salt = 0): { row: number; col: number; v: number | string }[] {
  const out: { row: number; col: number; v: number | string }[] = [];
  plan.items.forEach((item, i) => {
    if (!item.deadline.ok) return;
    const windows = item.deadline.schedule.windows;
    item.indicators.forEach((ind, k) => {
      const planned = ind.plan.value;
      for (const [from, to] of windows) {
        for (let q = from; q <= Math.min(to, 2); q++) {
          const h = (i * 7 + k * 3 + q + salt) % 10;
          if (q === 2 && h === 0) continue; // missing fact
          const col = plan.columns.facts[q - 1];
          if (col < 0) continue;
          if (planned !== null && planned > 0) {
            const pace = 0.6 + h * 0.07; // 60 % … 123 % of the window's share
            out.push({
              row: ind.row,
              col,
              v: Math.round((planned / windows.length / (to - from + 1)) * pace),
            });
          } else out.push({ row: ind.row, col, v: h < 8 ? "✓" : 0 });
        }
      }
    });
  });
  return out;
}
