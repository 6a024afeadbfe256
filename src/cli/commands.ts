/** Every `reja` command in one place: its arguments, typed options and a lazily loaded handler. */
import {
  APPROVE_OPTIONS,
  CHECK_OPTIONS,
  CONSOLIDATE_OPTIONS,
  FILL_OPTIONS,
  IMPORT_OPTIONS,
  INSPECT_OPTIONS,
  NEXT_YEAR_OPTIONS,
  REPORT_OPTIONS,
  UNLOCK_OPTIONS,
} from "./options";
import type { CommandSpec, OptionSpecs } from "./types";

export type {
  CommandContext,
  CommandSpec,
  Handler,
  OptionSpec,
  OptionSpecs,
  OptionValues,
  Outcome,
} from "./types";

function command<O extends OptionSpecs>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

export const inspectCommand = command({
  name: "inspect",
  summary: "read a plan (exported text or .xlsx) and show its sections and items",
  positionals: { usage: "FILE", min: 1, max: 1 },
  options: INSPECT_OPTIONS,
  load: async () => (await import("./inspect")).inspect,
});

export const checkCommand = command({
  name: "check",
  summary: "check a plan; exit 1 when there are errors",
  positionals: { usage: "FILE", min: 1, max: 1 },
  options: CHECK_OPTIONS,
  load: async () => (await import("./check")).check,
});

export const importCommand = command({
  name: "import",
  summary: "make the structured plan workbook (plan, vocabulary and settings sheets) from a plan",
  positionals: { usage: "FILE", min: 1, max: 1 },
  options: IMPORT_OPTIONS,
  load: async () => (await import("./import")).importPlan,
});

export const fillCommand = command({
  name: "fill",
  summary: "write total fact, completion % and quarter statuses into the plan workbook",
  positionals: { usage: "PLAN.xlsx", min: 1, max: 1 },
  options: FILL_OPTIONS,
  load: async () => (await import("./fill")).fill,
});

export const reportCommand = command({
  name: "report",
  summary: "write the quarterly report sheet for the regional centre",
  positionals: { usage: "PLAN.xlsx", min: 1, max: 1 },
  options: REPORT_OPTIONS,
  load: async () => (await import("./report")).report,
});

export const consolidateCommand = command({
  name: "consolidate",
  summary: "put several districts' plans into one regional workbook",
  positionals: { usage: "FILE...", min: 1, max: null },
  options: CONSOLIDATE_OPTIONS,
  load: async () => (await import("./consolidate")).consolidateFiles,
});

export const approveCommand = command({
  name: "approve",
  summary: "record the plan's approval and lock its own columns (facts and Izoh stay editable)",
  positionals: { usage: "PLAN.xlsx", min: 1, max: 1 },
  options: APPROVE_OPTIONS,
  load: async () => (await import("./approve")).approve,
});

export const unlockCommand = command({
  name: "unlock",
  summary: "lift the approval's lock so the plan can be changed (the next approve lists the changes)",
  positionals: { usage: "PLAN.xlsx", min: 1, max: 1 },
  options: UNLOCK_OPTIONS,
  load: async () => (await import("./approve")).unlock,
});

export const nextYearCommand = command({
  name: "next-year",
  summary: "draft next year's plan workbook: same items, this year's facts as last year's fact",
  positionals: { usage: "PLAN.xlsx", min: 1, max: 1 },
  options: NEXT_YEAR_OPTIONS,
  load: async () => (await import("./next-year")).nextYear,
});

export const COMMANDS: readonly CommandSpec[] = [
  inspectCommand,
  checkCommand,
  importCommand,
  fillCommand,
  reportCommand,
  consolidateCommand,
  approveCommand,
  unlockCommand,
  nextYearCommand,
] as unknown as readonly CommandSpec[];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
