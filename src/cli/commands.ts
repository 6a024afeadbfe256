/** Every `reja` command in one place: its arguments, typed options, an example and a lazily loaded handler. */
import {
  APPROVE_OPTIONS,
  CHECK_OPTIONS,
  CONSOLIDATE_OPTIONS,
  DOCX_OPTIONS,
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
  positionals: { usage: "FILE", min: 1, max: 1 },
  options: INSPECT_OPTIONS,
  example: "reja inspect examples/jondor-2026-ish-reja.txt",
  load: async () => (await import("./inspect")).inspect,
});

export const checkCommand = command({
  name: "check",
  positionals: { usage: "FILE", min: 1, max: 1 },
  options: CHECK_OPTIONS,
  example: "reja check examples/qorakol-2026-namuna.xlsx --quarter 2 --lang ru",
  load: async () => (await import("./check")).check,
});

export const importCommand = command({
  name: "import",
  positionals: { usage: "FILE", min: 1, max: 1 },
  options: IMPORT_OPTIONS,
  example: "reja import examples/jondor-2026-ish-reja.txt -o out/jondor.xlsx --keep-facts",
  load: async () => (await import("./import")).importPlan,
});

export const fillCommand = command({
  name: "fill",
  positionals: { usage: "PLAN.xlsx", min: 1, max: 1 },
  options: FILL_OPTIONS,
  example: "reja fill examples/jondor-2026-namuna.xlsx --quarter 2 -o out/jondor-q2.xlsx",
  load: async () => (await import("./fill")).fill,
});

export const reportCommand = command({
  name: "report",
  positionals: { usage: "PLAN.xlsx", min: 1, max: 1 },
  options: REPORT_OPTIONS,
  example: "reja report out/jondor-q2.xlsx --quarter 2 -o out/jondor-hisobot.xlsx --date 2026-07-06",
  load: async () => (await import("./report")).report,
});

export const consolidateCommand = command({
  name: "consolidate",
  positionals: { usage: "FILE...", min: 1, max: null },
  options: CONSOLIDATE_OPTIONS,
  example: "reja consolidate examples/*-namuna.xlsx --quarter 2 -o out/viloyat.xlsx",
  load: async () => (await import("./consolidate")).consolidateFiles,
});

export const approveCommand = command({
  name: "approve",
  positionals: { usage: "PLAN.xlsx", min: 1, max: 1 },
  options: APPROVE_OPTIONS,
  example: 'reja approve out/jondor-q2.xlsx --by "R. Halimov" --date 2026-01-12',
  load: async () => (await import("./approve")).approve,
});

export const unlockCommand = command({
  name: "unlock",
  positionals: { usage: "PLAN.xlsx", min: 1, max: 1 },
  options: UNLOCK_OPTIONS,
  example: "reja unlock out/jondor-q2.xlsx",
  load: async () => (await import("./approve")).unlock,
});

export const nextYearCommand = command({
  name: "next-year",
  positionals: { usage: "PLAN.xlsx", min: 1, max: 1 },
  options: NEXT_YEAR_OPTIONS,
  example: "reja next-year examples/jondor-2026-namuna.xlsx -o out/2027.xlsx",
  load: async () => (await import("./next-year")).nextYear,
});

export const docxCommand = command({
  name: "docx",
  positionals: { usage: "PLAN.xlsx", min: 1, max: 1 },
  options: DOCX_OPTIONS,
  example: "reja docx out/2027.xlsx -o out/2027.docx",
  load: async () => (await import("./docx")).docx,
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
  docxCommand,
] as unknown as readonly CommandSpec[];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
