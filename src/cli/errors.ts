/**
 * The two ways a command can fail before it has a result. Handlers throw them; only main.ts turns them into
 * exit codes (both are exit 2: the input or the command line cannot be used).
 */

/** The command line itself is wrong: unknown command or option, missing argument, bad value. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The input cannot be used: no such file, no plan table, an unreadable workbook. The message is one line. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
