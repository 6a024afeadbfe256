/**
 * The editable vocabularies in a sheet ("Reja lug'atlari"): units, deadline phrases and responsible services that
 * feed the plan sheet's dropdowns. Users extend it by adding rows; the checks read it back with readVocabulary.
 * Columns: A units | B unit variants | C deadlines | D responsible | E responsible variants.
 */
import { cellText, type Grid } from "../grid";
import { PLAN_SHEET_TEXTS } from "../messages/plan-sheet-texts";
import type { Lang, Vocabulary, VocabularyEntry } from "../model";
import { matchKey } from "../text";
import { DEFAULT_VOCABULARY } from "../vocabulary";
import { SHEET_NAMES } from "./names";
import type { CellSpec, SheetSpec } from "./sheet";

/** Rows 2..LAST of each column feed the dropdowns: room for users to add entries below the defaults. */
export const VOCAB_LAST_ROW = 200;

const COL = { unit: 0, unitVariants: 1, deadline: 2, responsible: 3, responsibleVariants: 4 } as const;

/** The header row in Uzbek (Latin); other languages: PLAN_SHEET_TEXTS (the reader goes by position, not header). */
export const VOCAB_HEADERS = PLAN_SHEET_TEXTS.uz.vocabularyHeaders;

function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function columnSource(letter: string): string {
  return `${sheetRef(SHEET_NAMES.vocabulary)}!$${letter}$2:$${letter}$${VOCAB_LAST_ROW}`;
}

/** Sheet-qualified ranges for the plan sheet's list validations. */
export const VOCAB_SOURCES = {
  unit: columnSource("A"),
  deadline: columnSource("C"),
  responsible: columnSource("D"),
} as const;

const VARIANT_SEPARATOR = "; ";

export function vocabularySheet(vocab: Vocabulary, lang: Lang = "uz"): SheetSpec {
  const headers = PLAN_SHEET_TEXTS[lang].vocabularyHeaders;
  const rows: (CellSpec | null)[][] = [headers.map((h) => ({ v: h, style: "header" as const }))];
  const count = Math.max(vocab.units.length, vocab.deadlines.length, vocab.responsible.length);
  for (let i = 0; i < count; i++) {
    const unit = vocab.units[i];
    const deadline = vocab.deadlines[i];
    const resp = vocab.responsible[i];
    rows.push([
      unit ? { v: unit.canonical, style: "text" } : null,
      unit ? { v: unit.variants.join(VARIANT_SEPARATOR), style: "text" } : null,
      deadline !== undefined ? { v: deadline, style: "text" } : null,
      resp ? { v: resp.canonical, style: "text" } : null,
      resp ? { v: resp.variants.join(VARIANT_SEPARATOR), style: "text" } : null,
    ]);
  }
  return {
    name: SHEET_NAMES.vocabulary,
    rows,
    columns: [{ width: 24 }, { width: 40 }, { width: 30 }, { width: 60 }, { width: 70 }],
    merges: [],
    freeze: { rows: 1, cols: 0 },
    print: { orientation: "landscape", paper: "A4", titleRows: { from: 0, to: 0 }, fitToWidth: true },
    validations: [],
  };
}

function splitVariants(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function readEntries(grid: Grid, col: number, variantsCol: number): VocabularyEntry[] {
  const out: VocabularyEntry[] = [];
  const seen = new Set<string>();
  for (let r = 1; r < grid.length; r++) {
    const canonical = cellText(grid, r, col);
    if (canonical === "") continue;
    const key = matchKey(canonical);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ canonical, variants: splitVariants(cellText(grid, r, variantsCol)) });
  }
  return out;
}

/**
 * The vocabularies as the users keep them in the sheet. A list left empty (or a missing sheet: pass []) falls back
 * to the defaults, so a half-filled sheet never leaves the checks without units or services.
 */
export function readVocabulary(grid: Grid, fallback: Vocabulary = DEFAULT_VOCABULARY): Vocabulary {
  const units = readEntries(grid, COL.unit, COL.unitVariants);
  const responsible = readEntries(grid, COL.responsible, COL.responsibleVariants);
  const deadlines: string[] = [];
  const seen = new Set<string>();
  for (let r = 1; r < grid.length; r++) {
    const d = cellText(grid, r, COL.deadline);
    if (d === "" || seen.has(matchKey(d))) continue;
    seen.add(matchKey(d));
    deadlines.push(d);
  }
  return {
    units: units.length > 0 ? units : fallback.units,
    responsible: responsible.length > 0 ? responsible : fallback.responsible,
    deadlines: deadlines.length > 0 ? deadlines : fallback.deadlines,
  };
}
