/** argv → positional arguments and typed options of one command (node's util.parseArgs, errors in our words). */
import { parseArgs } from "node:util";
import type { Quarter } from "../core";
import { COMMON_OPTIONS } from "./options";
import type { CommandSpec, OptionSpecs, OptionValues } from "./types";
import { UsageError } from "./errors";

export interface ParsedArgs<O extends OptionSpecs> {
  args: string[];
  options: OptionValues<O>;
  help: boolean;
  lang: string | undefined;
}

export function parseCommandArgs<O extends OptionSpecs>(spec: CommandSpec<O>, argv: string[]): ParsedArgs<O> {
  const all: OptionSpecs = { ...spec.options, ...COMMON_OPTIONS };
  const config: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [name, o] of Object.entries(all))
    config[name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (e) {
    throw parseError(e, all);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const options = {} as Record<string, string | boolean | undefined>;
  for (const [name, o] of Object.entries(spec.options)) {
    options[name] = o.type === "boolean" ? values[name] === true : (values[name] as string | undefined);
  }
  const help = values.help === true;
  const args = parsed.positionals;
  if (!help) {
    const { min, max, usage } = spec.positionals;
    if (args.length < min) throw new UsageError((m) => m.missingArgument(usage));
    if (max !== null && args.length > max) throw new UsageError((m) => m.unexpectedArgument(args[max]));
  }
  return { args, options: options as OptionValues<O>, help, lang: values.lang as string | undefined };
}

/** Node's parser error (English, multi-line) → our one sentence. */
function parseError(e: unknown, options: OptionSpecs): UsageError {
  const err = e as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(err.message ?? "")?.[1] ?? "";
  const flag = /--[A-Za-z][\w-]*/.exec(quoted)?.[0] ?? quoted.split(/[ =,]/)[0];
  switch (err.code) {
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const name = flag.replace(/^-+/, "");
      const known = options[name] ?? Object.values(options).find((o) => o.short === name);
      return new UsageError((m) =>
        known?.type === "boolean" ? m.optionTakesNoValue(flag) : m.optionNeedsValue(flag)
      );
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError((m) => m.unexpectedArgument(flag));
    default:
      return new UsageError((m) => m.unknownOption(flag || "?"));
  }
}

export function requireQuarter(value: string | undefined): Quarter {
  if (value === undefined) throw new UsageError((m) => m.quarterRequired);
  return parseQuarter(value);
}

export function parseQuarter(value: string): Quarter {
  const text = value.trim().toUpperCase();
  const roman: Record<string, Quarter> = { I: 1, II: 2, III: 3, IV: 4 };
  const q = roman[text] ?? (/^[1-4]$/.test(text) ? (Number(text) as Quarter) : undefined);
  if (q === undefined) throw new UsageError((m) => m.badQuarter(value));
  return q;
}

export function requireOutput(value: string | undefined): string {
  if (value === undefined || value === "") throw new UsageError((m) => m.outputRequired);
  return value;
}

export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw new UsageError((m) => m.badYear(value));
  return Number(value);
}

/** YYYY-MM-DD of a day that exists (2026-13-45 and 2026-02-30 are refused). */
export function parseDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (match) {
    const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(y, mo - 1, d);
    if (date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d) return date;
  }
  throw new UsageError((m) => m.badDate(value));
}
