/**
 * Never losing work when writing an output: a command never writes onto one of its inputs (unless writing in
 * place is what it is for: fill, report), and never replaces an existing file that holds something the new
 * output would not — a person's facts or notes, sheets of their own, a file that is not a workbook — unless
 * told to with --force. What would be lost is said in the refusal ("work.xlsx has facts for 2 quarters").
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { type Fact, isGeneratedSheetName, type Plan, SHEET_NAMES } from "../core";
import { readPlanWorkbook } from "../xlsx/plan-workbook";
import { loadWorkbook, type Workbook } from "../xlsx/read";
import { InputError, RefusedError, type Text } from "./errors";

/** What is already at the output path. */
export type Existing =
  { kind: "other" } | { kind: "workbook"; workbook: Workbook; sheetNames: string[]; plan: Plan | null };

/** What the command is about to write there. */
export interface NextOutput {
  sheetNames: readonly string[];
  /** the plan the new output's plan sheet holds (with its facts and notes), or null when it has none */
  plan: Plan | null;
}

export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Refuses when `output` is one of `inputs` (the same file by path or by identity). */
export async function refuseInputAsOutput(output: string, inputs: readonly string[]): Promise<void> {
  for (const input of inputs)
    if (await sameFile(output, input)) throw new RefusedError((m) => m.outputIsInput(output));
}

/** The file at `output`, or null when there is none. A folder there cannot be replaced. */
export async function readExisting(output: string): Promise<Existing | null> {
  let stat;
  try {
    stat = await fs.stat(output);
  } catch {
    return null;
  }
  if (stat.isDirectory()) throw new InputError((m) => m.isFolder(output));
  let workbook: Workbook;
  try {
    workbook = await loadWorkbook(output);
  } catch {
    return { kind: "other" };
  }
  const read = readPlanWorkbook(workbook);
  return {
    kind: "workbook",
    workbook,
    sheetNames: workbook.worksheets.map((ws) => ws.name),
    plan: read.ok ? read.plan : null,
  };
}

/** Sheets reja makes again on demand: reports, consolidations, the add-in's hidden check masks. */
function regenerable(name: string): boolean {
  return (
    isGeneratedSheetName(name) ||
    name.startsWith("Reja tekshiruv") ||
    name === SHEET_NAMES.settings ||
    name === SHEET_NAMES.vocabulary
  );
}

function factText(f: Fact | null): string {
  if (f === null) return "";
  return f.kind === "number" ? String(f.value) : f.text.trim();
}

/** Facts and notes by item number and indicator position. */
function entries(plan: Plan | null): Map<string, { facts: string[]; note: string }> {
  const map = new Map<string, { facts: string[]; note: string }>();
  if (!plan) return map;
  for (const item of plan.items)
    item.indicators.forEach((ind, i) => {
      const key = `${item.number}#${i}`;
      if (!map.has(key)) map.set(key, { facts: ind.facts.map(factText), note: ind.note.trim() });
    });
  return map;
}

export interface Loss {
  notReja: boolean;
  quartersWithFacts: number;
  notes: number;
  otherSheets: string[];
  /** item numbers (old plan) whose entries have no place in the new output */
  items: string[];
}

/** What replacing `existing` with `next` would lose; null when nothing. */
export function lostWork(existing: Existing, next: NextOutput): Loss | null {
  if (existing.kind === "other")
    return { notReja: true, quartersWithFacts: 0, notes: 0, otherSheets: [], items: [] };
  const kept = new Set(next.sheetNames);
  const otherSheets = existing.sheetNames.filter((n) => !kept.has(n) && !regenerable(n));
  const before = entries(existing.plan);
  const after = entries(next.plan);
  const quarters = new Set<number>();
  const items = new Set<string>();
  let notes = 0;
  for (const [key, old] of before) {
    const now = after.get(key);
    old.facts.forEach((f, q) => {
      if (f !== "" && now?.facts[q] !== f) {
        quarters.add(q);
        items.add(key.split("#")[0]);
      }
    });
    if (old.note !== "" && now?.note !== old.note) {
      notes++;
      items.add(key.split("#")[0]);
    }
  }
  if (otherSheets.length === 0 && quarters.size === 0 && notes === 0) return null;
  return { notReja: false, quartersWithFacts: quarters.size, notes, otherSheets, items: [...items] };
}

/** The refusal's sentence: what is there, and what the user can do. */
export function lossText(output: string, loss: Loss, canKeepFacts: boolean): Text {
  return (m) => {
    if (loss.notReja) return `${m.notRejaFile(output)}; ${m.useForce}`;
    const parts: string[] = [];
    if (loss.quartersWithFacts > 0) parts.push(m.factsForQuarters(loss.quartersWithFacts));
    if (loss.notes > 0) parts.push(m.notesCount(loss.notes));
    if (loss.otherSheets.length > 0) parts.push(m.otherSheets(loss.otherSheets.join(", ")));
    const entered = loss.quartersWithFacts > 0 || loss.notes > 0;
    const hint = canKeepFacts && entered && loss.otherSheets.length === 0 ? m.useKeepFacts : m.useForce;
    return `${m.wouldBeLost(output, parts.join(", "))}; ${hint}`;
  };
}

/**
 * Refuses (unless `force`) to replace `existing` when that would lose work. `unmatched` is given when the
 * facts and notes were carried over item by item (import --keep-facts): then only the items that found no
 * place, and sheets of the user's own, count as lost.
 */
export function refuseLoss(
  output: string,
  existing: Existing | null,
  next: NextOutput,
  options: { force: boolean; canKeepFacts?: boolean; unmatched?: readonly string[] }
): void {
  if (!existing || options.force) return;
  const { unmatched } = options;
  if (unmatched !== undefined && unmatched.length > 0)
    throw new RefusedError((m) => `${m.itemsWithoutPlace(unmatched.join(", "))}; ${m.useForce}`);
  const compared =
    unmatched !== undefined && existing.kind === "workbook" ? { ...next, plan: existing.plan } : next;
  const loss = lostWork(existing, compared);
  if (loss) throw new RefusedError(lossText(output, loss, options.canKeepFacts === true));
}
