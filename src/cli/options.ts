/** The options of each command (kept apart from commands.ts so handlers can name their option types). */
import type { OptionSpecs } from "./types";

export const json = { type: "boolean", help: "json" } as const;
export const sheet = { type: "string", arg: "NAME", help: "sheet" } as const;
export const quarter = { type: "string", arg: "N", help: "quarter" } as const;
export const output = { type: "string", short: "o", arg: "FILE", help: "output" } as const;
export const date = { type: "string", arg: "YYYY-MM-DD", help: "date" } as const;
export const force = { type: "boolean", help: "force" } as const;

/** Options every command takes (parsed by args.ts, not by the handlers). */
export const COMMON_OPTIONS = {
  lang: { type: "string", arg: "LANG", help: "lang" },
  help: { type: "boolean", short: "h", help: "help" },
} as const satisfies OptionSpecs;

export const INSPECT_OPTIONS = { sheet, json } as const satisfies OptionSpecs;

export const CHECK_OPTIONS = { sheet, json, quarter } as const satisfies OptionSpecs;

export const IMPORT_OPTIONS = {
  sheet,
  output,
  district: { type: "string", arg: "NAME", help: "district" },
  region: { type: "string", arg: "TEXT", help: "region" },
  director: { type: "string", arg: "NAME", help: "director" },
  year: { type: "string", arg: "YYYY", help: "year" },
  "keep-facts": { type: "boolean", help: "keepFacts" },
  "book-lang": { type: "string", arg: "LANG", help: "bookLang" },
  force,
} as const satisfies OptionSpecs;

export const FILL_OPTIONS = {
  sheet,
  quarter,
  output: { ...output, help: "fillOutput" },
  force,
} as const satisfies OptionSpecs;

export const REPORT_OPTIONS = {
  sheet,
  quarter,
  output,
  json,
  date,
  force,
  transliterate: { type: "boolean", help: "transliterate" },
} as const satisfies OptionSpecs;

export const CONSOLIDATE_OPTIONS = {
  quarter,
  output,
  json,
  force,
  mapping: { type: "string", arg: "FILE", help: "mapping" },
} as const satisfies OptionSpecs;

export const APPROVE_OPTIONS = {
  sheet,
  by: { type: "string", arg: "NAME", help: "by" },
  date: { ...date, help: "approvalDate" },
  output: { ...output, help: "fillOutput" },
  json,
} as const satisfies OptionSpecs;

export const UNLOCK_OPTIONS = {
  sheet,
  output: { ...output, help: "fillOutput" },
} as const satisfies OptionSpecs;

export const NEXT_YEAR_OPTIONS = {
  sheet,
  output,
  suggest: { type: "boolean", help: "suggest" },
  force,
} as const satisfies OptionSpecs;

export const DOCX_OPTIONS = {
  sheet,
  output: { ...output, help: "docxOutput" },
  force,
  // the same option as import's: the language Reja's own words are written in (here: the document's)
  "book-lang": { type: "string", arg: "LANG", help: "docxLang" },
} as const satisfies OptionSpecs;
