/** Items being assembled from their rows, and their completion (inheritance, vocabularies, deadlines). */
import { rawToText, type RawCell } from "../grid";
import type { Fact, Indicator, Item, PlanColumns, Vocabulary } from "../model";
import { parseDeadline } from "../deadline";
import { MONTH_NAMES_UZ } from "../format";
import { looksNumeric, parseFact, parseQuantity } from "../quantity";
import { isCountUnit, matchUnit, splitResponsible } from "../vocabulary";
import { appendText, cleanText, joinPiece } from "./join";

/**
 * Texts are kept as plain fields (no object per cell: one draft per row of a large plan); the multi-paragraph
 * cells keep the raw text of their last piece, which decides how the next piece joins (join.ts).
 */
export interface IndicatorDraft {
  row: number;
  unit: string;
  previousFact: RawCell;
  plan: RawCell;
  mechanism: string;
  mechanismRaw: string;
  responsible: string;
  facts: [Fact | null, Fact | null, Fact | null, Fact | null];
  note: string;
  noteRaw: string;
}

export interface ItemDraft {
  numberText: string;
  /** the date Excel showed in the № cell, when the number was read back from it */
  numberConvertedFrom?: string;
  number: string;
  numberValid: boolean;
  path: number[];
  section: string | null;
  name: string;
  deadline: string;
  row: number;
  rows: number[];
  /** the first is the item's own row; its mechanism and responsible are the item's */
  indicators: IndicatorDraft[];
}

function at(row: readonly RawCell[], c: number): RawCell {
  return c >= 0 ? row[c] : undefined;
}

function text(row: readonly RawCell[], c: number): string {
  return rawToText(at(row, c));
}

/**
 * A deadline cell as text. Excel turns a typed "15-mart" into a date: a Date (ExcelJS) or a date serial number
 * (Office.js, 1990–2100) is written as in official texts, "2026-yil 15-mart", for the deadline grammar.
 */
export function deadlineText(v: RawCell): string {
  let d: Date | null = null;
  if (v instanceof Date && !isNaN(v.getTime())) d = v;
  else if (typeof v === "number" && Number.isInteger(v) && v >= 32874 && v <= 73051)
    d = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
  if (!d) return rawToText(v);
  return `${d.getUTCFullYear()}-yil ${d.getUTCDate()}-${MONTH_NAMES_UZ[d.getUTCMonth()]}`;
}

function readFact(row: readonly RawCell[], col: number): Fact | null {
  return col >= 0 ? parseFact(row[col]) : null;
}

function readFacts(row: readonly RawCell[], cols: PlanColumns): IndicatorDraft["facts"] {
  const f = cols.facts;
  return [readFact(row, f[0]), readFact(row, f[1]), readFact(row, f[2]), readFact(row, f[3])];
}

export function indicatorFromRow(row: readonly RawCell[], r: number, cols: PlanColumns): IndicatorDraft {
  const mechanismRaw = text(row, cols.mechanism);
  const noteRaw = text(row, cols.note);
  return {
    row: r,
    unit: cleanText(text(row, cols.unit)),
    previousFact: at(row, cols.previousFact),
    plan: at(row, cols.plan),
    mechanism: cleanText(mechanismRaw),
    mechanismRaw,
    responsible: cleanText(text(row, cols.responsible)),
    facts: readFacts(row, cols),
    note: cleanText(noteRaw),
    noteRaw,
  };
}

export function itemFromRow(
  row: readonly RawCell[],
  r: number,
  cols: PlanColumns,
  num: { numberText: string; number: string; path: number[]; valid: boolean; convertedFrom?: string },
  section: string | null
): ItemDraft {
  return {
    numberText: num.numberText,
    ...(num.convertedFrom === undefined ? {} : { numberConvertedFrom: num.convertedFrom }),
    number: num.number,
    numberValid: num.valid,
    path: num.path,
    section,
    name: cleanText(text(row, cols.name)),
    deadline: cleanText(deadlineText(at(row, cols.deadline))),
    row: r,
    rows: [r],
    indicators: [indicatorFromRow(row, r, cols)],
  };
}

/**
 * Appends a continuation row's texts to the item, column by column; mechanism, responsible, unit and note go
 * to the indicator the previous content row belonged to. Text in a quantity column is mechanism text (the
 * seed has a continuation shifted one column left).
 */
export function continueItem(item: ItemDraft, row: readonly RawCell[], r: number, cols: PlanColumns): void {
  const ind = item.indicators[item.indicators.length - 1];
  item.name = appendText(item.name, text(row, cols.name));
  ind.unit = appendText(ind.unit, text(row, cols.unit));
  const shifted = [cols.previousFact, cols.plan]
    .filter((c) => c >= 0 && c !== cols.mechanism)
    .sort((a, b) => a - b);
  for (const c of shifted) {
    const t = text(row, c);
    if (!/^[-–—_]+$/.test(t) && !looksNumeric(t)) appendMechanism(ind, t);
  }
  appendMechanism(ind, text(row, cols.mechanism));
  item.deadline = appendText(item.deadline, deadlineText(at(row, cols.deadline)));
  ind.responsible = appendText(ind.responsible, text(row, cols.responsible));
  appendNote(ind, text(row, cols.note));
  item.rows.push(r);
}

function appendMechanism(ind: IndicatorDraft, raw: string): void {
  const piece = cleanText(raw);
  if (!piece) return;
  ind.mechanism = joinPiece(ind.mechanism, piece, raw, true, ind.mechanismRaw);
  ind.mechanismRaw = raw;
}

function appendNote(ind: IndicatorDraft, raw: string): void {
  const piece = cleanText(raw);
  if (!piece) return;
  ind.note = joinPiece(ind.note, piece, raw, true, ind.noteRaw);
  ind.noteRaw = raw;
}

export function addIndicator(item: ItemDraft, row: readonly RawCell[], r: number, cols: PlanColumns): void {
  item.indicators.push(indicatorFromRow(row, r, cols));
  item.rows.push(r);
}

function pushUnique(list: string[], values: string[]): void {
  for (const v of values) if (!list.includes(v)) list.push(v);
}

/** Completes a draft: inheritance from the parent (already completed), vocabularies, quantities, deadline. */
export function completeItem(
  d: ItemDraft,
  parent: Item | null,
  year: number | null,
  vocab: Vocabulary
): Item {
  const first = d.indicators[0];
  let deadlineText = d.deadline;
  let deadlineInherited = false;
  if (!deadlineText && parent && parent.deadlineText) {
    deadlineText = parent.deadlineText;
    deadlineInherited = true;
  }
  let responsibleText = first.responsible;
  let responsibleInherited = false;
  let responsible: string[];
  let responsibleUnknown: string[];
  if (!responsibleText && parent && parent.responsibleText) {
    responsibleText = parent.responsibleText;
    responsibleInherited = true;
    responsible = [...parent.responsible];
    responsibleUnknown = [];
  } else {
    const split = splitResponsible(responsibleText, vocab);
    responsible = split.names;
    responsibleUnknown = split.unknown;
  }

  const parentUnit = parent?.indicators[0]?.unitText ?? "";
  const indicators: Indicator[] = [];
  for (let i = 0; i < d.indicators.length; i++) {
    const ind = d.indicators[i];
    let unitText = ind.unit;
    let unitInherited = false;
    if (!unitText) {
      const from = i === 0 ? parentUnit : indicators[0].unitText;
      if (from) {
        unitText = from;
        unitInherited = true;
      }
    }
    const canonical = unitText ? matchUnit(unitText, vocab).canonical : null;
    const unit = canonical ?? unitText;
    const countUnit = canonical !== null && isCountUnit(canonical);
    let indResponsible = responsible;
    if (i > 0 && ind.responsible) {
      const split = splitResponsible(ind.responsible, vocab);
      indResponsible = split.names;
      pushUnique(responsibleUnknown, split.unknown);
    }
    indicators.push({
      unit,
      unitText,
      unitInherited,
      unitKnown: canonical !== null,
      previousFact: parseQuantity(ind.previousFact, { countUnit }),
      plan: parseQuantity(ind.plan, { countUnit }),
      mechanism: ind.mechanism,
      responsible: [...indResponsible],
      row: ind.row,
      facts: ind.facts,
      note: ind.note,
    });
  }

  return {
    number: d.number,
    numberText: d.numberText,
    ...(d.numberConvertedFrom === undefined ? {} : { numberConvertedFrom: d.numberConvertedFrom }),
    numberValid: d.numberValid,
    path: d.path,
    parent: d.path.length > 1 ? d.path.slice(0, -1).join(".") : null,
    section: d.section,
    name: d.name,
    mechanism: first.mechanism,
    deadlineText,
    deadlineInherited,
    deadline: parseDeadline(deadlineText, year),
    responsibleText,
    responsibleInherited,
    responsible,
    responsibleUnknown,
    indicators,
    row: d.row,
    rows: d.rows,
  };
}
