/** Where a command prints: the process streams, or buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** current date (the report's date line); fixed in tests */
  now(): Date;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => void process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  now: () => new Date(),
};

/** An Io that keeps what was printed (tests). */
export function bufferIo(now: Date = new Date()): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => void stdout.push(t),
    err: (t) => void stderr.push(t),
    now: () => now,
  };
}
