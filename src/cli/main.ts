/** `reja` entry point: finds the command, parses its options, runs it, and alone decides the exit code. */
import { parseCommandArgs } from "./args";
import { COMMANDS, findCommand, type CommandSpec, type Outcome } from "./commands";
import { InputError, UsageError } from "./errors";
import { processIo, type Io } from "./io";

/** Exit codes: 0 done (no errors), 1 done and errors found (or some inputs unusable), 2 unusable input or usage. */
export const EXIT = {
  ok: 0,
  errorsFound: 1,
  unusable: 2,
  internal: 3,
} as const;

const OUTCOME_EXIT: Record<Outcome, number> = {
  ok: EXIT.ok,
  errors_found: EXIT.errorsFound,
  some_inputs_unusable: EXIT.errorsFound,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(generalHelp());
    return name === undefined ? EXIT.unusable : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.out(version());
    return EXIT.ok;
  }
  const command = findCommand(name);
  if (!command) {
    io.err(`reja: unknown command "${name}" (try: reja help)`);
    return EXIT.unusable;
  }
  try {
    const parsed = parseCommandArgs(command, rest);
    if (parsed.help) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    const handler = await command.load();
    const outcome = await handler({
      args: parsed.args,
      options: parsed.options,
      io,
    });
    return OUTCOME_EXIT[outcome];
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.err(`reja ${name}: ${oneLine(e.message)}`);
      return EXIT.unusable;
    }
    io.err(`reja ${name}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT.internal;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, " ").trim();
}

function version(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return String((require("../../package.json") as { version: string }).version);
  } catch {
    return "unknown";
  }
}

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "reja: annual work plans of information-library centres (AKM)",
    "",
    "usage: reja COMMAND [options]",
    "",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "reja COMMAND --help shows the command's options.",
    "Exit codes: 0 done, 1 errors found in the plan, 2 unusable input or command line.",
  ].join("\n");
}

function commandHelp(command: CommandSpec): string {
  const lines = [
    `usage: reja ${command.name} ${command.positionals.usage} [options]`,
    "",
    command.summary,
    "",
  ];
  const shown = Object.entries(command.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ""}--${name}${o.arg ? ` ${o.arg}` : ""}`;
    return [flag, o.description] as const;
  });
  const width = Math.max(...shown.map(([f]) => f.length));
  for (const [flag, description] of shown) lines.push(`  ${flag.padEnd(width)}  ${description}`);
  return lines.join("\n");
}

/* istanbul ignore next: the compiled CLI run directly (bin/reja.js calls run()) */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`reja: ${String(e)}\n`);
      process.exitCode = EXIT.internal;
    }
  );
}
