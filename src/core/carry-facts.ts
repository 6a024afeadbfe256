/**
 * Carrying the facts and notes a person entered in an old structured plan over to a new one (re-importing a
 * revised plan onto a workbook already in use). Items are matched by number when the names agree, else by a
 * name that is unique in both plans; indicators by their position in the item. Pure.
 */
import type { Fact, Item, Plan, Quarter } from "./model";

export interface CarriedFact {
  /** item number in the NEW plan */
  item: string;
  indicator: number;
  quarter: Quarter;
  /** the number, or the text as typed (a done mark, or an entry the checks will flag) */
  value: number | string;
}

export interface CarriedNote {
  item: string;
  indicator: number;
  note: string;
}

export interface CarryResult {
  facts: CarriedFact[];
  notes: CarriedNote[];
  /** numbers (old plan) of items holding facts or notes that have no place in the new plan */
  unmatched: string[];
}

/** What a structured plan holds that a person typed: facts per quarter and notes. */
export interface EnteredData {
  /** how many facts per quarter I–IV */
  factsPerQuarter: [number, number, number, number];
  notes: number;
}

export function enteredData(plan: Plan): EnteredData {
  const factsPerQuarter: [number, number, number, number] = [0, 0, 0, 0];
  let notes = 0;
  for (const item of plan.items)
    for (const ind of item.indicators) {
      for (let q = 0; q < 4; q++) if (ind.facts[q] !== null) factsPerQuarter[q]++;
      if (ind.note.trim() !== "") notes++;
    }
  return { factsPerQuarter, notes };
}

function nameKey(item: Item): string {
  return item.name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

function factValue(f: Fact): number | string {
  return f.kind === "number" ? f.value : f.text;
}

function hasEntries(item: Item): boolean {
  return item.indicators.some((i) => i.note.trim() !== "" || i.facts.some((f) => f !== null));
}

/** The new plan's item for each old item holding entries, or null when none matches. */
function matchItems(oldPlan: Plan, newPlan: Plan): Map<Item, Item | null> {
  const byNumber = new Map<string, Item>();
  const byName = new Map<string, Item | null>();
  for (const item of newPlan.items) {
    if (!byNumber.has(item.number)) byNumber.set(item.number, item);
    const key = nameKey(item);
    byName.set(key, byName.has(key) ? null : item);
  }
  const oldNames = new Map<string, number>();
  for (const item of oldPlan.items) oldNames.set(nameKey(item), (oldNames.get(nameKey(item)) ?? 0) + 1);
  const out = new Map<Item, Item | null>();
  for (const item of oldPlan.items) {
    if (!hasEntries(item)) continue;
    const sameNumber = byNumber.get(item.number);
    const key = nameKey(item);
    if (sameNumber && nameKey(sameNumber) === key) out.set(item, sameNumber);
    else if (oldNames.get(key) === 1 && byName.get(key)) out.set(item, byName.get(key) ?? null);
    else out.set(item, null);
  }
  return out;
}

export function carryFacts(oldPlan: Plan, newPlan: Plan): CarryResult {
  const facts: CarriedFact[] = [];
  const notes: CarriedNote[] = [];
  const unmatched: string[] = [];
  for (const [oldItem, newItem] of matchItems(oldPlan, newPlan)) {
    if (!newItem || newItem.indicators.length < oldItem.indicators.length) {
      unmatched.push(oldItem.number);
      continue;
    }
    oldItem.indicators.forEach((ind, i) => {
      ind.facts.forEach((f, q) => {
        if (f !== null)
          facts.push({
            item: newItem.number,
            indicator: i,
            quarter: (q + 1) as Quarter,
            value: factValue(f),
          });
      });
      if (ind.note.trim() !== "") notes.push({ item: newItem.number, indicator: i, note: ind.note });
    });
  }
  return { facts, notes, unmatched };
}
