/** argv → positional arguments and typed options of one command (node's util.parseArgs). */
import { parseArgs } from "node:util";
import type { Quarter } from "../core";
import type { CommandSpec, OptionSpecs, OptionValues } from "./types";
import { UsageError } from "./errors";

export interface ParsedArgs<O extends OptionSpecs> {
  args: string[];
  options: OptionValues<O>;
  help: boolean;
}

export function parseCommandArgs<O extends OptionSpecs>(spec: CommandSpec<O>, argv: string[]): ParsedArgs<O> {
  const config: Record<string, { type: "string" | "boolean"; short?: string }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, o] of Object.entries(spec.options))
    config[name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: config,
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(`${spec.name}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
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
    if (args.length < min) throw new UsageError(`${spec.name}: missing ${usage}`);
    if (max !== null && args.length > max)
      throw new UsageError(`${spec.name}: unexpected argument ${args[max]}`);
  }
  return { args, options: options as OptionValues<O>, help };
}

export function requireQuarter(value: string | undefined, command: string): Quarter {
  if (value === undefined) throw new UsageError(`${command}: --quarter N is required (1–4)`);
  return parseQuarter(value, command);
}

export function parseQuarter(value: string, command: string): Quarter {
  const text = value.trim().toUpperCase();
  const roman: Record<string, Quarter> = { I: 1, II: 2, III: 3, IV: 4 };
  const q = roman[text] ?? (/^[1-4]$/.test(text) ? (Number(text) as Quarter) : undefined);
  if (q === undefined) throw new UsageError(`${command}: --quarter must be 1, 2, 3 or 4 (got ${value})`);
  return q;
}

export function requireOutput(value: string | undefined, command: string): string {
  if (value === undefined || value === "") throw new UsageError(`${command}: -o FILE is required`);
  return value;
}

export function parseYear(value: string | undefined, command: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim()))
    throw new UsageError(`${command}: --year must be a four-digit year (got ${value})`);
  return Number(value);
}

export function parseDate(value: string | undefined, command: string): Date | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  if (!d || isNaN(d.getTime())) throw new UsageError(`${command}: --date must be YYYY-MM-DD (got ${value})`);
  return d;
}
