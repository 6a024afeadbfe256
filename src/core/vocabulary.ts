/** Default vocabularies (docs/domain.md §4) and the matchers for units and responsible services. */
import { KNOWN_DEADLINE_PHRASES } from "./deadline";
import type { Vocabulary, VocabularyEntry } from "./model";
import { closest, cleanCellText, cyrillicToLatin, foldApostrophes, matchKey } from "./text";

export const DEFAULT_UNITS: VocabularyEntry[] = [
  { canonical: "Tadbir", variants: ["tadbirlar"] },
  { canonical: "Nusxa", variants: ["nusxalar"] },
  { canonical: "Nomda", variants: ["nom", "nomlar"] },
  {
    canonical: "Bibliografik yozuv",
    variants: ["bibliografik yozuvlar", "bibliografik yozuvlar (dona)", "bibliografik yozuv (dona)"],
  },
  { canonical: "Nafar", variants: ["kishi"] },
  { canonical: "Dona", variants: [] },
  { canonical: "Ma'lumot", variants: ["ma'lumotlar"] },
  { canonical: "Sahifa", variants: ["sahifalar"] },
  { canonical: "Ro'yxat", variants: ["ro'yxatlar"] },
  { canonical: "Marotaba", variants: ["marta"] },
];

export const DEFAULT_RESPONSIBLE: VocabularyEntry[] = [
  {
    canonical: "Axborot-kutubxona markazi direktori",
    variants: ["AKM direktori", "direktor", "TAKM direktori"],
  },
  {
    canonical: "Fondlarni to'ldirish, saqlash va ularga ishlov berish xizmati",
    // commas do not matter to the matcher; "xizmati" may be left out (see buildResponsibleMatcher)
    variants: ["Fondlarni to'ldirish saqlash va ularga ishlov berish xizmati"],
  },
  { canonical: "Axborot-bibliografiya xizmati", variants: [] },
  { canonical: "Abonement va foydalanuvchilarga xizmat ko'rsatish xizmati", variants: [] },
  { canonical: "Axborot-kommunikatsiya va raqamlashtirish xizmati", variants: [] },
  { canonical: "Kadrlar bo'yicha inspektor", variants: ["kadrlar inspektori"] },
  { canonical: "Barcha xizmatlar", variants: [] },
];

/** Deadline phrases offered in the dropdown; the deadline grammar (deadline/) accepts more. */
export const DEFAULT_DEADLINES: string[] = [...KNOWN_DEADLINE_PHRASES];

export const DEFAULT_VOCABULARY: Vocabulary = {
  units: DEFAULT_UNITS,
  responsible: DEFAULT_RESPONSIBLE,
  deadlines: DEFAULT_DEADLINES,
};

// ---------------------------------------------------------------- units

export interface UnitMatch {
  /** the canonical unit when the text names a known one, else null */
  canonical: string | null;
  /** for an unknown unit, the closest canonical unit (or null) */
  suggestion: string | null;
}

interface UnitMatcher {
  byKey: Map<string, string>;
  candidates: string[];
  candidateCanonical: Map<string, string>;
  cache: Map<string, UnitMatch>;
}

/** The match key of a unit: matchKey, spaces around brackets tidied, quotes dropped. */
function unitKey(s: string): string {
  return matchKey(s.replace(/["“”«»]/g, ""))
    .replace(/\s*\(\s*/g, " (")
    .replace(/\s*\)/g, ")");
}

const unitMatchers = new WeakMap<readonly VocabularyEntry[], UnitMatcher>();

function unitMatcher(entries: readonly VocabularyEntry[]): UnitMatcher {
  let m = unitMatchers.get(entries);
  if (m) return m;
  m = { byKey: new Map(), candidates: [], candidateCanonical: new Map(), cache: new Map() };
  for (const e of entries) {
    for (const form of [e.canonical, ...e.variants]) {
      const k = unitKey(form);
      if (k && !m.byKey.has(k)) m.byKey.set(k, e.canonical);
      m.candidates.push(form);
      m.candidateCanonical.set(form, e.canonical);
    }
  }
  unitMatchers.set(entries, m);
  return m;
}

/**
 * The canonical unit a cell names: apostrophe-, case-, space-, trailing-punctuation-insensitive, Uzbek
 * Cyrillic too ("Тадбир" → Tadbir). A bracketed remark ("(dona)") and a plural "-lar" are tolerated when the
 * rest is known. Unknown units get the closest canonical unit as a suggestion.
 */
export function matchUnit(text: string, vocab: Vocabulary = DEFAULT_VOCABULARY): UnitMatch {
  const m = unitMatcher(vocab.units);
  const cached = m.cache.get(text);
  if (cached) return cached;
  const result = computeUnit(text, m);
  if (m.cache.size > 10000) m.cache.clear();
  m.cache.set(text, result);
  return result;
}

function computeUnit(text: string, m: UnitMatcher): UnitMatch {
  const key = unitKey(cleanCellText(text));
  if (!key) return { canonical: null, suggestion: null };
  const exact = m.byKey.get(key);
  if (exact) return { canonical: exact, suggestion: null };
  const bare = key.replace(/\s*\([^)]*\)\s*/g, " ").trim();
  for (const k of [bare, bare.replace(/lar$/, ""), key.replace(/lar$/, "")]) {
    const hit = k ? m.byKey.get(k) : undefined;
    if (hit) return { canonical: hit, suggestion: null };
  }
  const near = closest(text, m.candidates);
  return { canonical: null, suggestion: near === null ? null : (m.candidateCanonical.get(near) ?? null) };
}

const NON_COUNT_WORDS =
  /(foiz|%|so'm|sum|ming|mln|million|kg|gramm|metr|\bm2\b|kv\.?\s*m|soat|kun|litr|protsent)/;

/**
 * True when a unit counts whole things (a fractional quantity is then an error). Every default unit does;
 * units such as "Foiz", "Ming so'm", "Soat" do not.
 */
export function isCountUnit(unit: string): boolean {
  let v = countUnitCache.get(unit);
  if (v === undefined) {
    const k = matchKey(unit);
    v = k !== "" && !NON_COUNT_WORDS.test(k);
    if (countUnitCache.size > 1000) countUnitCache.clear();
    countUnitCache.set(unit, v);
  }
  return v;
}

const countUnitCache = new Map<string, boolean>();

// ---------------------------------------------------------------- responsible

export interface ResponsibleSplit {
  /** every name in the order written: canonical where known, as written otherwise (no repeats) */
  names: string[];
  /** the names that matched no vocabulary entry, as written */
  unknown: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** canonical name when a variant ends here */
  canonical: string | null;
}

interface ResponsibleMatcher {
  root: TrieNode;
  cache: Map<string, ResponsibleSplit>;
}

/** Words that join names and are no name themselves. */
const CONNECTORS = new Set([
  "va",
  "hamda",
  "bilan",
  "and",
  "i",
  "ва",
  "ҳамда",
  "mas'ul",
  "mas'ullar",
  "masul",
]);

const TOKEN = /[^\s,;:()"“”«»/\\|+]+/g;

/** A token's key: apostrophes folded, Cyrillic transliterated, lower case, no trailing dots or dashes. */
function tokenKey(tok: string): string {
  return foldApostrophes(cyrillicToLatin(tok))
    .toLowerCase()
    .replace(/^[-–—•.*]+|[-–—.!?…*]+$/g, "");
}

function tokenize(line: string): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(line)) !== null) {
    const key = tokenKey(m[0]);
    if (key) out.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const responsibleMatchers = new WeakMap<readonly VocabularyEntry[], ResponsibleMatcher>();

function responsibleMatcher(entries: readonly VocabularyEntry[]): ResponsibleMatcher {
  let m = responsibleMatchers.get(entries);
  if (m) return m;
  const root: TrieNode = { next: new Map(), canonical: null };
  const add = (form: string, canonical: string): void => {
    const keys = tokenize(form).map((t) => t.key);
    if (keys.length === 0) return;
    let node = root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), canonical: null };
        node.next.set(k, child);
      }
      node = child;
    }
    if (node.canonical === null) node.canonical = canonical;
  };
  for (const e of entries) {
    for (const form of [e.canonical, ...e.variants]) {
      add(form, e.canonical);
      // a service may be named without the word "xizmati"
      const short = form.replace(/\s+xizmati\s*$/i, "");
      if (short !== form && /[\s-]/.test(short.trim())) add(short, e.canonical);
    }
  }
  m = { root, cache: new Map() };
  responsibleMatchers.set(entries, m);
  return m;
}

/**
 * The responsible services a cell names. One cell may name several, on separate lines (or `<p>` blocks) or
 * run together ("AKM direktori Kadrlar bo'yicha inspektor"): each line is scanned left to right, taking the
 * longest known name at each word; the words in between that are not just connectors ("va", punctuation)
 * form an unknown name, kept as written.
 */
export function splitResponsible(text: string, vocab: Vocabulary = DEFAULT_VOCABULARY): ResponsibleSplit {
  const m = responsibleMatcher(vocab.responsible);
  const cached = m.cache.get(text);
  if (cached) return { names: [...cached.names], unknown: [...cached.unknown] };
  const result = computeResponsible(text, m.root);
  if (m.cache.size > 10000) m.cache.clear();
  m.cache.set(text, result);
  return { names: [...result.names], unknown: [...result.unknown] };
}

function computeResponsible(text: string, root: TrieNode): ResponsibleSplit {
  const names: string[] = [];
  const unknown: string[] = [];
  const push = (list: string[], name: string): void => {
    if (!list.includes(name)) list.push(name);
  };
  for (const line of cleanCellText(text).split("\n")) {
    const toks = tokenize(line);
    let i = 0;
    let pendingStart = -1;
    let pendingEnd = -1;
    const flush = (): void => {
      if (pendingStart < 0) return;
      const raw = line.slice(pendingStart, pendingEnd);
      pendingStart = -1;
      const words = tokenize(raw).filter((t) => !CONNECTORS.has(t.key));
      if (words.length === 0) return;
      const name = raw
        .slice(words[0].start, words[words.length - 1].end)
        .replace(/[\s,;:.\-–—]+$/u, "")
        .trim();
      if (name) {
        push(unknown, name);
        push(names, name);
      }
    };
    while (i < toks.length) {
      let node: TrieNode | undefined = root;
      let matchEnd = -1;
      let matchCanonical: string | null = null;
      for (let j = i; j < toks.length && node; j++) {
        node = node.next.get(toks[j].key);
        if (node && node.canonical !== null) {
          matchEnd = j;
          matchCanonical = node.canonical;
        }
      }
      if (matchCanonical !== null) {
        flush();
        push(names, matchCanonical);
        i = matchEnd + 1;
      } else {
        if (pendingStart < 0) pendingStart = toks[i].start;
        pendingEnd = toks[i].end;
        i++;
      }
    }
    flush();
  }
  return { names, unknown };
}

/** Canonical unit names, for dropdowns and suggestions. */
export function unitNames(vocab: Vocabulary = DEFAULT_VOCABULARY): string[] {
  return vocab.units.map((e) => e.canonical);
}

/** Canonical responsible names, for dropdowns and suggestions. */
export function responsibleNames(vocab: Vocabulary = DEFAULT_VOCABULARY): string[] {
  return vocab.responsible.map((e) => e.canonical);
}
