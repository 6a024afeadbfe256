/** Where a command prints: the process streams, or buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** a progress line on stderr, replaced by the next one (shown on a terminal only); "" clears it */
  progress(text: string): void;
  /** current date (the report's date line); fixed in tests */
  now(): Date;
  /** environment variables (the locale, NO_COLOR) */
  env: Record<string, string | undefined>;
  /** true when stdout is a terminal that takes colour */
  color: boolean;
}

function line(text: string): string {
  return text.endsWith("\n") ? text : text + "\n";
}

let progressShown = false;

export const processIo: Io = {
  out: (text) => void process.stdout.write(line(text)),
  err: (text) => {
    if (progressShown) processIo.progress("");
    process.stderr.write(line(text));
  },
  progress: (text) => {
    if (!process.stderr.isTTY) return;
    const width = Math.max(20, (process.stderr.columns ?? 80) - 1);
    process.stderr.write(`\r\x1b[K${text.length > width ? text.slice(0, width - 1) + "…" : text}`);
    progressShown = text !== "";
  },
  now: () => new Date(),
  env: process.env,
  get color() {
    const noColor = process.env.NO_COLOR;
    return process.stdout.isTTY === true && (noColor === undefined || noColor === "");
  },
};

/** An Io that keeps what was printed (tests). Progress lines are kept apart from stderr. */
export function bufferIo(
  now: Date = new Date(),
  env: Record<string, string | undefined> = {}
): Io & { stdout: string[]; stderr: string[]; progressLines: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const progressLines: string[] = [];
  return {
    stdout,
    stderr,
    progressLines,
    out: (t) => void stdout.push(t),
    err: (t) => void stderr.push(t),
    progress: (t) => void progressLines.push(t),
    now: () => now,
    env,
    color: false,
  };
}
