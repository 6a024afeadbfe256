/** Types shared by the command declarations, the argv parser and the handlers. */
import type { Io } from "./io";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** shown in help after the option name, e.g. "N" */
  arg?: string;
  description: string;
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
}

export type Handler<O extends OptionSpecs> = (ctx: CommandContext<O>) => Promise<Outcome>;

export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  name: string;
  summary: string;
  /** positional arguments as shown in usage; `min`/`max` count them (max null = any number) */
  positionals: { usage: string; min: number; max: number | null };
  options: O;
  load(): Promise<Handler<O>>;
}
