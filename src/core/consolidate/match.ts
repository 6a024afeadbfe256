/**
 * Matching items across districts by meaning (docs/domain.md §9): never by № alone.
 *
 * An item's name is reduced to a bag of word stems: Cyrillic → Latin, apostrophes and case folded, decree
 * references ("PQ-9-son", "ПҚ–9 сонли", "VMQ 45") turned into one token each ("pq9"), other numbers, punctuation
 * and common words dropped, each word cut to its first STEM letters (Uzbek suffixes: "kitobxonlarni" ≈
 * "kitobxonlar"). The score of two items is the Dice overlap of their stems, times 0.75 when their units differ,
 * 0 when both cite decrees and no decree is shared. An item joins the group it scores best with when the score
 * is at least STRONG and no other group comes within AMBIGUITY of it; a best score between WEAK and STRONG, or an
 * ambiguous pair, is listed and the item stays on its own. Within one district a group takes at most one item
 * (best pairs first). Corrections from the mapping sheet ("Moslashtirish") are applied before anything else.
 */
import { matchKey } from "../text";

export const STRONG = 0.75;
export const WEAK = 0.45;
export const AMBIGUITY = 0.04;
const STEM = 6;

const STOP = new Set([
  "va",
  "hamda",
  "ham",
  "bilan",
  "uchun",
  "bo'yicha",
  "orqali",
  "oid",
  "doir",
  "yil",
  "yili",
  "yilda",
  "yilning",
  "davomida",
  "tuman",
  "tumani",
  "shahar",
  "akm",
  "markazi",
  "markazida",
  "son",
  "sonli",
  "-son",
  "sonl",
  "qaror",
  "qarori",
  "qarorini",
  "farmon",
  "farmoni",
  "farmonini",
  "ijrosi",
  "ijrosini",
  "the",
]);

/** "PQ-9-son", "pq 9 sonli", "VMQ-45", "PF–60": kind letters + number (the letters as matchKey leaves them). */
const DECREE = /\b(pq|pf|vmq|o'rq|zrq|qq)\s*[-–—№]?\s*(\d+)(\s*-?\s*(son\w*))?/g;

export interface NameKey {
  stems: string[];
  decrees: string[];
}

const KEYS = new Map<string, NameKey>();

export function nameKey(name: string): NameKey {
  const hit = KEYS.get(name);
  if (hit) return hit;
  const decrees: string[] = [];
  let s = matchKey(name).replace(DECREE, (_m, kind: string, n: string) => {
    decrees.push(`${kind}${n}`);
    return " ";
  });
  s = s.replace(/[«»"“”„(),.;:!?/\\[\]{}]/g, " ").replace(/[-–—]/g, " ");
  const stems = new Set<string>();
  for (const raw of s.split(/\s+/)) {
    const w = raw.replace(/^'+|'+$/g, "");
    if (!w || STOP.has(w) || /^\d+$/.test(w) || /^\d+-/.test(w) || w.length < 2) continue;
    stems.add(w.slice(0, STEM));
  }
  const key = { stems: [...stems].sort(), decrees: [...new Set(decrees)].sort() };
  if (KEYS.size > 20000) KEYS.clear();
  KEYS.set(name, key);
  return key;
}

export function unitKey(unit: string): string {
  return matchKey(unit);
}

/** The item of one district that takes part in matching. */
export interface MatchItem {
  /** district index */
  district: number;
  number: string;
  name: string;
  unit: string;
  section: string | null;
}

export interface ItemRef {
  district: string;
  number: string;
  name: string;
}

/** One correction read from the mapping sheet: the item joins the items of `group`, or stays alone. */
export interface MappingCorrection {
  item: ItemRef;
  /** the group code written in the correction column; "" = keep this item on its own */
  group: string;
  /** the items that were in that group in the sheet and not corrected themselves */
  anchors: ItemRef[];
}

export type MatchKind = "exact" | "auto" | "manual" | "alone";

export interface Group {
  /** "G001" … in the order the groups are listed */
  code: string;
  /** per member: item index into the input list */
  members: number[];
  /** per member, how it joined */
  kinds: MatchKind[];
  /** per member, its score against the group (1 for the first member) */
  scores: number[];
}

export interface WeakMatch {
  /** the item left on its own */
  item: number;
  /** the closest item of the group it was not merged into */
  candidate: number;
  score: number;
  reason: "weak" | "ambiguous";
  /** for ambiguous: the other close candidate */
  other: number | null;
}

export interface MappingMiss {
  correction: MappingCorrection;
  reason: "item_not_found" | "group_not_found" | "district_taken";
}

export interface MatchResult {
  groups: Group[];
  /** group index of every item */
  groupOf: number[];
  weak: WeakMatch[];
  mappingMisses: MappingMiss[];
}

function dice(a: NameKey, b: NameKey, shared: number): number {
  const n = a.stems.length + b.stems.length;
  return n === 0 ? 0 : (2 * shared) / n;
}

/** The score of two items: name overlap, decrees, unit. */
export function matchScore(a: MatchItem, b: MatchItem): number {
  const ka = nameKey(a.name);
  const kb = nameKey(b.name);
  const setB = new Set(kb.stems);
  let shared = 0;
  for (const s of ka.stems) if (setB.has(s)) shared++;
  return adjust(dice(ka, kb, shared), ka, kb, a, b);
}

function adjust(nameScore: number, ka: NameKey, kb: NameKey, a: MatchItem, b: MatchItem): number {
  let score = nameScore;
  if (ka.decrees.length > 0 && kb.decrees.length > 0) {
    if (!ka.decrees.some((d) => kb.decrees.includes(d))) return 0;
  } else if (ka.decrees.length + kb.decrees.length > 0) score *= 0.9;
  const ua = unitKey(a.unit);
  const ub = unitKey(b.unit);
  if (ua !== ub) score *= 0.75;
  return Math.round(score * 1000) / 1000;
}

/**
 * Groups items across districts. `items` are listed district by district (district indices ascending);
 * `districtNames` names them for the corrections.
 */
export function matchItems(
  items: MatchItem[],
  districtNames: string[],
  corrections: MappingCorrection[] = []
): MatchResult {
  const groups: Group[] = [];
  const groupOf: number[] = new Array<number>(items.length).fill(-1);
  const weak: WeakMatch[] = [];
  const mappingMisses: MappingMiss[] = [];
  // a group's variants: distinct name keys of its members, indexed by stem
  const variants: { group: number; item: number; key: NameKey }[] = [];
  const byStem = new Map<string, number[]>();
  const exact = new Map<string, number>(); // name key string + unit → variant index
  const districtsIn: Set<number>[] = [];

  const findItem = (ref: ItemRef): number => {
    const key = matchKey(ref.name);
    let byNumber = -1;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (districtNames[it.district].toLowerCase() !== ref.district.toLowerCase()) continue;
      if (matchKey(it.name) === key) return i;
      if (byNumber < 0 && it.number === ref.number) byNumber = i;
    }
    return byNumber;
  };

  /** `closed`: kept apart by a correction, so nothing joins it automatically */
  const newGroup = (item: number, kind: MatchKind, closed = false): number => {
    const g = groups.length;
    groups.push({ code: "", members: [item], kinds: [kind], scores: [1] });
    districtsIn.push(new Set([items[item].district]));
    groupOf[item] = g;
    if (!closed) addVariant(g, item);
    return g;
  };
  const join = (g: number, item: number, kind: MatchKind, score: number): void => {
    groups[g].members.push(item);
    groups[g].kinds.push(kind);
    groups[g].scores.push(score);
    districtsIn[g].add(items[item].district);
    groupOf[item] = g;
    addVariant(g, item);
  };
  const exactKey = (it: MatchItem): string => {
    const k = nameKey(it.name);
    return `${k.stems.join(" ")}|${k.decrees.join(" ")}|${unitKey(it.unit)}`;
  };
  function addVariant(g: number, item: number): void {
    const ek = exactKey(items[item]);
    if (exact.has(ek) && variants[exact.get(ek)!].group === g) return;
    const v = variants.length;
    const key = nameKey(items[item].name);
    variants.push({ group: g, item, key });
    if (!exact.has(ek)) exact.set(ek, v);
    for (const s of key.stems) {
      let list = byStem.get(s);
      if (!list) byStem.set(s, (list = []));
      list.push(v);
    }
  }

  // corrections first: a correction's item and the anchors of its group code form one forced set; "" = alone
  const forced = new Map<number, string>(); // item → forced set key
  for (const c of corrections) {
    const i = findItem(c.item);
    if (i < 0) {
      mappingMisses.push({ correction: c, reason: "item_not_found" });
      continue;
    }
    if (c.group === "") {
      forced.set(i, `\u0000alone${i}`);
      continue;
    }
    const set = c.group.toLowerCase();
    forced.set(i, set);
    const anchors = c.anchors.map(findItem).filter((a) => a >= 0 && !forced.has(a));
    if (anchors.length === 0 && c.anchors.length > 0)
      mappingMisses.push({ correction: c, reason: "group_not_found" });
    for (const a of anchors)
      if (!corrections.some((o) => o !== c && findItem(o.item) === a)) forced.set(a, set);
  }
  const forcedGroups = new Map<string, number>();

  let start = 0;
  while (start < items.length) {
    const d = items[start].district;
    let end = start;
    while (end < items.length && items[end].district === d) end++;
    const taken = new Set<number>();
    // 1. the forced sets
    for (let i = start; i < end; i++) {
      const set = forced.get(i);
      if (set === undefined) continue;
      let g = forcedGroups.get(set) ?? -1;
      if (g >= 0 && districtsIn[g].has(d)) {
        const c = corrections.find((o) => findItem(o.item) === i);
        if (c) mappingMisses.push({ correction: c, reason: "district_taken" });
        g = -1;
      }
      if (g < 0) {
        g = newGroup(i, "manual", set.startsWith("\u0000alone"));
        if (!forcedGroups.has(set)) forcedGroups.set(set, g);
      } else join(g, i, "manual", 1);
      taken.add(g);
    }
    // 2. candidates of the other items: [score, item, group]
    const pairs: { score: number; item: number; group: number }[] = [];
    const best = new Map<number, { score: number; group: number; item: number }[]>();
    for (let i = start; i < end; i++) {
      if (forced.has(i)) continue;
      const it = items[i];
      const key = nameKey(it.name);
      const ev = exact.get(exactKey(it));
      const perGroup = new Map<number, { score: number; item: number }>();
      if (ev !== undefined) {
        const v = variants[ev];
        perGroup.set(v.group, { score: 1, item: v.item });
      } else {
        const shared = new Map<number, number>();
        for (const s of key.stems)
          for (const v of byStem.get(s) ?? []) shared.set(v, (shared.get(v) ?? 0) + 1);
        // decree-only names (no stems) are found through the decree
        for (const [v, n] of shared) {
          const vv = variants[v];
          const score = adjust(dice(key, vv.key, n), key, vv.key, it, items[vv.item]);
          const prev = perGroup.get(vv.group);
          if (score >= WEAK && (!prev || score > prev.score))
            perGroup.set(vv.group, { score, item: vv.item });
        }
      }
      const ranked = [...perGroup.entries()]
        .filter(([g]) => !districtsIn[g].has(d))
        .map(([group, x]) => ({ group, score: x.score, item: x.item }))
        .sort((a, b) => b.score - a.score || a.group - b.group);
      best.set(i, ranked);
      for (const r of ranked) if (r.score >= STRONG) pairs.push({ score: r.score, item: i, group: r.group });
    }
    // 3. ambiguous items stay alone
    const ambiguous = new Set<number>();
    for (const [i, ranked] of best) {
      if (
        ranked.length >= 2 &&
        ranked[0].score >= STRONG &&
        ranked[0].score - ranked[1].score < AMBIGUITY &&
        ranked[0].score < 1
      ) {
        ambiguous.add(i);
        weak.push({
          item: i,
          candidate: ranked[0].item,
          score: ranked[0].score,
          reason: "ambiguous",
          other: ranked[1].item,
        });
      }
    }
    // 4. best pairs first, one item per group per district
    pairs.sort((a, b) => b.score - a.score || a.item - b.item || a.group - b.group);
    const placed = new Set<number>();
    for (const p of pairs) {
      if (placed.has(p.item) || taken.has(p.group) || ambiguous.has(p.item)) continue;
      join(p.group, p.item, p.score >= 1 ? "exact" : "auto", p.score);
      placed.add(p.item);
      taken.add(p.group);
    }
    for (let i = start; i < end; i++) {
      if (groupOf[i] >= 0) continue;
      const ranked = best.get(i) ?? [];
      const top = ranked.find((r) => !taken.has(r.group));
      if (top && !ambiguous.has(i) && top.score >= WEAK && top.score < STRONG)
        weak.push({ item: i, candidate: top.item, score: top.score, reason: "weak", other: null });
      newGroup(i, "alone");
    }
    start = end;
  }
  return { groups, groupOf, weak, mappingMisses };
}
