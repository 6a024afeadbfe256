/** Types shared by the command declarations, the argv parser and the handlers. */
import { type Lang } from "../core";
import type { Io } from "./io";
import type { CliCatalogue, CommandName, OptionHelp } from "./messages";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** shown in help after the option name, e.g. "N" */
  arg?: string;
  /** the help line's key in the catalogues */
  help: OptionHelp;
}

export type OptionSpecs = Record<string, OptionSpec>;

export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]: O[K]["type"] extends "boolean" ? boolean : string | undefined;
};

/** What a command ended with; main.ts alone maps it to an exit code. */
export type Outcome =
  | "ok"
  /** the command ran and found errors in the plan (check) */
  | "errors_found"
  /** the command ran, but some inputs were unusable (consolidate) */
  | "some_inputs_unusable";

export interface CommandContext<O extends OptionSpecs> {
  /** positional arguments */
  args: string[];
  options: OptionValues<O>;
  io: Io;
  /** the language of the output (--lang, else the environment's locale, else uz) and its texts */
  lang: Lang;
  m: CliCatalogue;
}

export type Handler<O extends OptionSpecs> = (ctx: CommandContext<O>) => Promise<Outcome>;

export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  name: CommandName;
  /** positional arguments as shown in usage; `min`/`max` count them (max null = any number) */
  positionals: { usage: string; min: number; max: number | null };
  options: O;
  /** one command line shown in the help (file names from the bundled examples) */
  example: string;
  load(): Promise<Handler<O>>;
}
