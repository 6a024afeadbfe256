/** The options of each command (kept apart from commands.ts so handlers can name their option types). */
import { DEFAULT_LANG, LANGS } from "../core";
import type { OptionSpecs } from "./types";

export const json = {
  type: "boolean",
  description: "print JSON instead of a readable text",
} as const;
export const sheet = {
  type: "string",
  arg: "NAME",
  description: "the sheet holding the plan (default: the first sheet with a plan table)",
} as const;
export const quarter = {
  type: "string",
  arg: "N",
  description: "report quarter 1–4",
} as const;
export const output = {
  type: "string",
  short: "o",
  arg: "FILE",
  description: "the workbook to write",
} as const;
export const lang = {
  type: "string",
  arg: "LANG",
  description: `language of messages: ${LANGS.map((l) => (l === DEFAULT_LANG ? `${l} (default)` : l)).join(", ")}`,
} as const;
export const date = {
  type: "string",
  arg: "YYYY-MM-DD",
  description: "the date printed on the report (default: today)",
} as const;

export const INSPECT_OPTIONS = { sheet, json } as const satisfies OptionSpecs;

export const CHECK_OPTIONS = {
  sheet,
  json,
  lang,
  quarter,
} as const satisfies OptionSpecs;

export const IMPORT_OPTIONS = {
  sheet,
  output,
  district: {
    type: "string",
    arg: "NAME",
    description: "district name (default: from the plan)",
  },
  region: {
    type: "string",
    arg: "TEXT",
    description: "the regional centre the reports go to",
  },
  director: {
    type: "string",
    arg: "NAME",
    description: "district director who signs the reports",
  },
  year: {
    type: "string",
    arg: "YYYY",
    description: "plan year (default: from the plan)",
  },
} as const satisfies OptionSpecs;

export const FILL_OPTIONS = {
  sheet,
  quarter,
  output: {
    ...output,
    description: "write here instead of changing PLAN.xlsx in place",
  },
} as const satisfies OptionSpecs;

export const REPORT_OPTIONS = {
  sheet,
  quarter,
  output,
  json,
  date,
} as const satisfies OptionSpecs;

export const CONSOLIDATE_OPTIONS = {
  quarter,
  output,
  json,
} as const satisfies OptionSpecs;

export const APPROVE_OPTIONS = {
  sheet,
  by: {
    type: "string",
    arg: "NAME",
    description: "who approved the plan (recorded in the settings sheet)",
  },
  date: {
    type: "string",
    arg: "YYYY-MM-DD",
    description: "the date of the approval (default: today)",
  },
  output: {
    ...output,
    description: "write here instead of changing PLAN.xlsx in place",
  },
  json,
  lang,
} as const satisfies OptionSpecs;

export const UNLOCK_OPTIONS = {
  sheet,
  output: {
    ...output,
    description: "write here instead of changing PLAN.xlsx in place",
  },
  lang,
} as const satisfies OptionSpecs;

export const NEXT_YEAR_OPTIONS = {
  sheet,
  output,
  suggest: {
    type: "boolean",
    description: "suggest each plan quantity (in the Izoh column, not in the plan column)",
  },
  lang,
} as const satisfies OptionSpecs;
