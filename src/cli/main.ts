/** `reja` entry point: finds the command, parses its options, runs it, and alone decides the exit code. */
import { type Lang } from "../core";
import { removePendingTemporaryFiles } from "../xlsx/atomic-write";
import { parseCommandArgs } from "./args";
import { COMMANDS, findCommand, type CommandSpec, type OptionSpecs, type Outcome } from "./commands";
import { systemErrorText, type Text } from "./errors";
import { processIo, type Io } from "./io";
import { envLang, langArgument, parseLangName } from "./locale";
import { CLI_MESSAGES, type CliCatalogue } from "./messages";
import { COMMON_OPTIONS } from "./options";

/**
 * Exit codes, the only ones `reja` returns: 0 done (no errors); 1 done, but errors found in the plan or some
 * inputs unusable; 2 nothing done — the command line, an input, the file system, or an internal error.
 */
export const EXIT = {
  ok: 0,
  errorsFound: 1,
  unusable: 2,
} as const;

const OUTCOME_EXIT: Record<Outcome, number> = {
  ok: EXIT.ok,
  errors_found: EXIT.errorsFound,
  some_inputs_unusable: EXIT.errorsFound,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const langValue = langArgument(argv);
  const chosen = langValue === undefined ? undefined : parseLangName(langValue);
  const lang: Lang = chosen ?? envLang(io.env) ?? "uz";
  const m = CLI_MESSAGES[lang];
  const fail = (prefix: string, text: Text) => {
    io.err(`${prefix}: ${oneLine(text(m))}`);
    return EXIT.unusable;
  };
  if (langValue !== undefined && chosen === undefined) return fail("reja", (t) => t.badLang(langValue));
  const positional = argv.filter(
    (a, i) => !(a === "--lang" || a.startsWith("--lang=") || argv[i - 1] === "--lang")
  );
  const [name, ...rest] = positional;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    const topic = name === "help" ? rest[0] : undefined;
    if (topic !== undefined) {
      const command = findCommand(topic);
      if (!command) return fail("reja", (t) => t.unknownCommand(topic));
      io.out(commandHelp(command, m));
      return EXIT.ok;
    }
    io.out(generalHelp(m));
    return name === undefined ? EXIT.unusable : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.out(version());
    return EXIT.ok;
  }
  const command = findCommand(name);
  if (!command)
    return fail("reja", (t) => (name.startsWith("-") ? t.unknownOption(name) : t.unknownCommand(name)));
  try {
    const parsed = parseCommandArgs(command, argv.slice(argv.indexOf(name) + 1));
    if (parsed.help) {
      io.out(commandHelp(command, m));
      return EXIT.ok;
    }
    const handler = await command.load();
    const outcome = await handler({ args: parsed.args, options: parsed.options, io, lang, m });
    return OUTCOME_EXIT[outcome];
  } catch (e) {
    return fail(`reja ${name}`, errorText(e));
  }
}

/** Any error as one sentence: ours in the user's language, a file system error plainly, anything else as internal. */
export function errorText(e: unknown): Text {
  if (e instanceof Error && "text" in e && typeof e.text === "function") return e.text as Text;
  const system = systemErrorText(e);
  if (system) return system;
  const err = e as { name?: unknown; message?: unknown };
  const detail = typeof err?.message === "string" ? `${String(err.name)}: ${err.message}` : String(e);
  return (m) => m.internalError(oneLine(detail).slice(0, 200));
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

function padRows(rows: (readonly [string, string])[]): string[] {
  let width = 0;
  for (const [left] of rows) width = Math.max(width, left.length);
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

function generalHelp(m: CliCatalogue): string {
  return [
    m.title,
    "",
    m.usage(`${m.commandWord} ${m.optionsWord}`),
    "",
    m.commandsTitle,
    ...padRows(COMMANDS.map((c) => [c.name, m.summaries[c.name]] as const)),
    "",
    m.moreHelp,
    m.languages,
    m.exitCodes,
  ].join("\n");
}

export function commandHelp(command: CommandSpec, m: CliCatalogue): string {
  const options: OptionSpecs = { ...command.options, ...COMMON_OPTIONS };
  const shown = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ""}--${name}${o.arg ? ` ${o.arg}` : ""}`;
    return [flag, m.options[o.help]] as const;
  });
  return [
    m.usage(`${command.name} ${command.positionals.usage} ${m.optionsWord}`),
    "",
    m.summaries[command.name],
    "",
    m.optionsTitle,
    ...padRows(shown),
    "",
    m.exampleTitle,
    `  ${command.example}`,
    "",
    m.exitCodes,
  ].join("\n");
}

/* istanbul ignore next: the compiled CLI run directly (bin/reja.js calls run()) */
export function run(): void {
  // A reader that stops early (`reja inspect big.txt | head`) closes the pipe: end quietly.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(EXIT.ok);
  });
  // Ctrl-C or a kill during a save: remove the half-written temporary file, then end as the signal asks.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      removePendingTemporaryFiles();
      process.kill(process.pid, signal);
    });
  }
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`reja: ${oneLine(errorText(e)(CLI_MESSAGES.en))}\n`);
      process.exitCode = EXIT.unusable;
    }
  );
}
