/**
 * District plans written differently, for the consolidation tests and `npm run bench`: from the seed plan
 * (examples/jondor-2026-ish-reja.txt), each district keeps the shared decree sections I–II, drops some of the
 * other items, adds items of its own, numbers its items anew, rewords some names (case, apostrophes,
 * punctuation, added words, word order, decree spelling) and, for some districts, writes in Cyrillic. The
 * truth of every item (the seed item it came from, or its own key) is returned with it. Deterministic.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  DEFAULT_VOCABULARY,
  parseTsv,
  type Plan,
  type PlanSettings,
  readPlan,
  type RawCell,
  SHEET_NAMES,
  type SheetSpec,
  structuredWorkbook,
  defaultSettings,
} from "../../../src/core";
import { specToGrid } from "../layout/sheet-grid";
import { latinToCyrillic } from "../../../src/core/translit";

/** The seed, found upwards from here (this file also runs compiled, from out/bench-build/). */
function seedPath(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const p = join(dir, "examples", "jondor-2026-ish-reja.txt");
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  throw new Error("examples/jondor-2026-ish-reja.txt not found");
}

export interface VariantOptions {
  /** probability that an item outside sections I–II is dropped */
  drop?: number;
  /** how many items of its own the district adds */
  own?: number;
  /** probability that a name is reworded */
  reword?: number;
  /** write every name in Cyrillic */
  cyrillic?: boolean;
}

export interface DistrictVariant {
  name: string;
  /** the plan as pasted from Word (seed shape) */
  source: RawCell[][];
  /** the structured workbook's sheets */
  specs: SheetSpec[];
  settings: PlanSettings;
  /** the structured plan, with tracking columns (no facts yet) */
  plan: Plan;
  /** per item number of this district: the truth key (the seed's number, or "own:<district>:<k>") */
  truth: Map<string, string>;
}

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let seedCache: { grid: RawCell[][]; plan: Plan } | null = null;
function seed(): { grid: RawCell[][]; plan: Plan } {
  if (!seedCache) {
    const grid = parseTsv(readFileSync(seedPath(), "utf8")).map((r) => [...r]);
    const r = readPlan(grid);
    if (!r.ok) throw new Error("seed has no plan");
    seedCache = { grid, plan: r.plan };
  }
  return seedCache;
}

/** Uzbek Latin → Cyrillic, as a district typing in Cyrillic writes its names (the engine's transliteration). */
export function toCyrillic(s: string): string {
  return latinToCyrillic(s);
}

const FILLERS = ["ishlari", "hamda tadbirlar", "yil davomida", "bo'yicha ishlar"];

/** A reworded name: one or two of the rewordings a district might make. */
export function reword(name: string, rnd: () => number): string {
  let s = name;
  const n = 1 + Math.floor(rnd() * 2);
  for (let k = 0; k < n; k++) {
    switch (Math.floor(rnd() * 6)) {
      case 0:
        s = s.toUpperCase();
        break;
      case 1:
        s = s.replace(/'/g, "ʻ").replace(/’/g, "'");
        break;
      case 2:
        s = s.replace(/[.«»"“”]/g, "").trim();
        break;
      case 3:
        s = `${s} ${FILLERS[Math.floor(rnd() * FILLERS.length)]}`;
        break;
      case 4: {
        const w = s.split(" ");
        if (w.length > 3) {
          const i = 1 + Math.floor(rnd() * (w.length - 2));
          [w[i], w[i + 1]] = [w[i + 1], w[i]];
        }
        s = w.join(" ");
        break;
      }
      default:
        s = s.replace(/\b(PQ|PF|O'RQ)-(\d+)-son\b/g, (_m, k: string, d: string) => `${k}–${d} sonli`);
    }
  }
  return s;
}

const TAILS = ["to'garagi mashg'ulotlari", "loyihasi", "kitob bayrami", "ko'rgazmasi", "mahalla uchrashuvi"];
const SYLLABLES = [
  "ra",
  "mo",
  "zi",
  "ku",
  "te",
  "lan",
  "bar",
  "sho",
  "dil",
  "nur",
  "gul",
  "vor",
  "qiz",
  "tosh",
  "yer",
];
function word(rnd: () => number): string {
  let w = "";
  const n = 2 + Math.floor(rnd() * 2);
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w;
}

/** District `index` (1-based) of a generated region. */
export function districtVariant(index: number, options: VariantOptions = {}): DistrictVariant {
  const { grid, plan } = seed();
  const rnd = random(index * 7919 + 17);
  const drop = options.drop ?? 0.15;
  const own = options.own ?? 2;
  const rewordP = options.reword ?? 0.3;
  const name = `Tuman ${String(index).padStart(3, "0")}`;
  const nameCol = plan.columns.name;
  const out: RawCell[][] = grid.slice(0, plan.headerLastRow + 1).map((r) => [...r]);
  const truth = new Map<string, string>();
  const sectionRows = new Map(plan.sections.map((s) => [s.number, s.row]));
  const template = plan.items.find((it) => it.number === "23")!;
  let counter = 0;
  let ownCount = 0;
  const write = (rows: RawCell[][], number: string, itemName: string): void => {
    rows[0][0] = `${number}.`;
    rows[0][nameCol] = options.cyrillic ? toCyrillic(itemName) : itemName;
    out.push(...rows);
  };
  for (const section of plan.sections) {
    out.push([...grid[sectionRows.get(section.number)!]]);
    const shared = section.number === "I" || section.number === "II";
    const tops = plan.items.filter((it) => it.section === section.number && it.parent === null);
    for (const top of tops) {
      if (!shared && rnd() < drop) continue;
      const number = String(++counter);
      const family = [top, ...plan.items.filter((it) => it.parent === top.number)];
      for (const it of family) {
        const rows = it.rows.map((r) => [...grid[r]]);
        const n = it === top ? number : `${number}.${it.number.split(".").slice(1).join(".")}`;
        const itemName = rnd() < rewordP ? reword(it.name, rnd) : it.name;
        write(rows, n, itemName);
        truth.set(n, it.number);
      }
    }
    if (!shared && section.number !== "VIII" && ownCount < own && rnd() < 0.6) {
      const number = String(++counter);
      const rows = template.rows.map((r) => [...grid[r]]);
      const tail = TAILS[Math.floor(rnd() * TAILS.length)];
      write(rows, number, `${word(rnd)} ${word(rnd)} ${word(rnd)} ${word(rnd)} ${tail}`);
      truth.set(number, `own:${name}:${ownCount++}`);
    }
  }
  const read = readPlan(out);
  if (!read.ok) throw new Error(`district ${index}: no plan (${read.reason})`);
  const settings: PlanSettings = { ...defaultSettings(read.plan), district: name, quarter: 2 };
  const specs = structuredWorkbook(read.plan, out, settings, DEFAULT_VOCABULARY);
  const planSpec = specs.find((s) => s.name === SHEET_NAMES.plan) ?? specs[0];
  const structured = readPlan(specToGrid(planSpec));
  if (!structured.ok) throw new Error(`district ${index}: structured plan unreadable`);
  return { name, source: out, specs, settings, plan: structured.plan, truth };
}

/**
 * Pairwise precision and recall of a grouping against the truth: a pair of items of different districts is
 * predicted together when they share a group, truly together when they share a truth key.
 */
export function pairQuality(
  rows: { group: string; district: string; number: string }[],
  truths: Map<string, Map<string, string>>
): { precision: number; recall: number; predicted: number; actual: number; correct: number } {
  const pairs = (m: Map<string, number>): number => {
    let n = 0;
    for (const c of m.values()) n += (c * (c - 1)) / 2;
    return n;
  };
  const byGroup = new Map<string, number>();
  const byTruth = new Map<string, number>();
  const byBoth = new Map<string, number>();
  for (const r of rows) {
    const t = truths.get(r.district)?.get(r.number);
    if (t === undefined) continue;
    byGroup.set(r.group, (byGroup.get(r.group) ?? 0) + 1);
    byTruth.set(t, (byTruth.get(t) ?? 0) + 1);
    const both = `${r.group}\u0000${t}`;
    byBoth.set(both, (byBoth.get(both) ?? 0) + 1);
  }
  const predicted = pairs(byGroup);
  const actual = pairs(byTruth);
  const correct = pairs(byBoth);
  return {
    precision: predicted === 0 ? 1 : correct / predicted,
    recall: actual === 0 ? 1 : correct / actual,
    predicted,
    actual,
    correct,
  };
}
