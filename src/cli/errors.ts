/**
 * The ways a command can fail before it has a result. Handlers throw them; only main.ts turns them into an
 * exit code (all are exit 2: nothing was done). Each carries its message as a function of the catalogue, so
 * it is printed in the user's language; `message` holds the English text for logs and tests.
 */
import type { CliCatalogue } from "./messages";
import { en } from "./messages/en";

export type Text = (m: CliCatalogue) => string;

abstract class CliError extends Error {
  constructor(readonly text: Text) {
    super(text(en));
  }
}

/** The command line itself is wrong: unknown command or option, missing argument, bad value. */
export class UsageError extends CliError {
  override readonly name = "UsageError";
}

/** The input cannot be used: no such file, no plan table, an unreadable workbook. The message is one line. */
export class InputError extends CliError {
  override readonly name = "InputError";
}

/** The output may not be written: it is an input, or replacing it would lose someone's work. */
export class RefusedError extends CliError {
  override readonly name = "RefusedError";
}

/** A file system error (ENOENT, EACCES, ENOSPC, …) as one plain sentence, or null for any other error. */
export function systemErrorText(e: unknown): Text | null {
  // duck-typed: errors of node's own modules may come from another realm (jest's vm), failing `instanceof Error`
  if (typeof e !== "object" || e === null) return null;
  const err = e as NodeJS.ErrnoException;
  if (typeof err.code !== "string" || !/^E[A-Z]+$/.test(err.code)) return null;
  const code = err.code;
  const file = err.path ?? (err as { dest?: string }).dest ?? "";
  switch (code) {
    case "EACCES":
    case "EPERM":
      return (m) => m.permissionDenied(file);
    case "ENOSPC":
    case "EDQUOT":
      return (m) => m.diskFull(file);
    case "EROFS":
      return (m) => m.readOnly(file);
    case "ENOENT":
      return (m) => m.noSuchFile(file);
    case "ENOTDIR":
    case "EEXIST":
      return (m) => m.missingFolder(file);
    case "EISDIR":
      return (m) => m.isFolder(file);
    default:
      return (m) => m.systemError(file, code);
  }
}
