/** Issue 11: the output speaks the user's language throughout, errors come first, colour only on a terminal. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../src/core/model";
import { bySeverity, table } from "../../src/cli/format";
import { bufferIo } from "../../src/cli/io";
import { commandHelp, main } from "../../src/cli/main";
import { COMMANDS } from "../../src/cli/commands";
import { CLI_MESSAGES, LANGS, type CliCatalogue } from "../../src/cli/messages";
import { run, SEED } from "./helpers";

const root = join(__dirname, "..", "..");
const QORAKOL = join(root, "examples", "qorakol-2026-namuna.xlsx");

/** Every text of a catalogue, its functions called with sample arguments. */
function texts(m: CliCatalogue): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (typeof v === "function") out.push(String((v as (...a: unknown[]) => unknown)("X", 2, 3, 4)));
    else if (v && typeof v === "object") Object.values(v).forEach(visit);
  };
  visit(m);
  return out;
}

/** ASCII words (3+ letters) of the English texts: the CLI catalogue and the findings' English catalogue. */
function englishWords(): Set<string> {
  const source =
    texts(CLI_MESSAGES.en).join(" ") +
    " " +
    readFileSync(join(root, "src", "core", "messages", "en.ts"), "utf8");
  const words = new Set((source.match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase()));
  // never translated: option names and their placeholders, file and program names, codes
  for (const keep of [
    "reja",
    "xlsx",
    "json",
    "lang",
    "quarter",
    "sheet",
    "force",
    "keep",
    "facts",
    "help",
    "file",
    "plan",
  ])
    words.delete(keep);
  for (const command of COMMANDS) words.delete(command.name);
  // words Uzbek shares with English ("disk") or that the English texts quote in Uzbek ("Izoh", "chorak")
  for (const w of texts(CLI_MESSAGES.uz)
    .join(" ")
    .match(/[A-Za-z]{3,}/g) ?? [])
    words.delete(w.toLowerCase());
  for (const w of ["izoh", "chorak", "hisobot", "viloyat", "muammolar"]) words.delete(w);
  return words;
}

/** ASCII words of the output outside finding codes (unit.unknown), file paths and cell addresses. */
function outputWords(output: string): string[] {
  const stripped = output
    .replace(/\S*\.(xlsx|txt)\b/g, " ")
    .replace(/\b[a-z_]+(\.[a-z_]+)+\b/g, " ")
    .replace(/\b[A-Z]+_[A-Z_]+\b/g, " ")
    .replace(/\b[A-Z]{1,3}\d+\b/g, " ");
  return (stripped.match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase());
}

describe("reja check examples/qorakol-2026-namuna.xlsx --lang ru", () => {
  it("prints nothing in English", async () => {
    const r = await run(["check", QORAKOL, "--lang", "ru"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ошибк/);
    const english = englishWords();
    expect(outputWords(r.stdout + r.stderr).filter((w) => english.has(w))).toEqual([]);
  });

  it("the detector finds English when there is some (the same check on --lang en)", async () => {
    const r = await run(["check", QORAKOL, "--lang", "en"]);
    const english = englishWords();
    expect(outputWords(r.stdout).filter((w) => english.has(w)).length).toBeGreaterThan(10);
  });

  it.each(["uz", "uz-Cyrl"] as Lang[])(
    "and in %s: the header, severity words and summary from its catalogue",
    async (lang) => {
      const m = CLI_MESSAGES[lang];
      const r = await run(["check", QORAKOL, "--lang", lang]);
      const lines = r.stdout.split("\n");
      expect(lines[0].split(/\s{2,}/)).toEqual([...m.checkHeader]);
      expect(lines[lines.length - 1]).toBe(m.checkSummary(QORAKOL, 3, 4, 0));
      expect(lines[1].startsWith(m.severity.error)).toBe(true);
    }
  );
});

describe("order and colour", () => {
  it("lists errors first, then warnings, then info, keeping the order within each", () => {
    const list = [
      { severity: "info" as const, n: 1 },
      { severity: "warning" as const, n: 2 },
      { severity: "error" as const, n: 3 },
      { severity: "warning" as const, n: 4 },
      { severity: "error" as const, n: 5 },
    ];
    expect(bySeverity(list).map((d) => d.n)).toEqual([3, 5, 2, 4, 1]);
  });

  it("check's table is in that order", async () => {
    const r = await run(["check", QORAKOL, "--lang", "en"]);
    const severities = r.stdout
      .split("\n")
      .slice(1)
      .map((l) => l.split(/\s+/)[0])
      .filter((w) => ["error", "warning", "info"].includes(w));
    const rank = severities.map((s) => ["error", "warning", "info"].indexOf(s));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    expect(new Set(severities).size).toBeGreaterThan(1);
  });

  it("colours severities only when the Io takes colour (a terminal without NO_COLOR)", async () => {
    const plain = bufferIo();
    await main(["check", QORAKOL], plain);
    expect(plain.stdout.join("")).not.toMatch(/\x1b\[/);
    const tty = { ...bufferIo(), color: true };
    const coloured = bufferIo();
    await main(["check", QORAKOL], { ...tty, out: coloured.out, err: coloured.err });
    expect(coloured.stdout.join("")).toMatch(/\x1b\[31;1mxato/);
    // aligned as without colour
    const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, "");
    expect(strip(coloured.stdout.join(""))).toBe(plain.stdout.join(""));
  });
});

describe("help", () => {
  it.each(COMMANDS.map((c) => [c.name] as [string]))(
    "`reja help %s` and `reja %s --help` give that command's help with an example",
    async (name) => {
      const a = await run(["help", name, "--lang", "ru"]);
      const b = await run([name, "--help", "--lang", "ru"]);
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(b.stdout);
      const command = COMMANDS.find((c) => c.name === name);
      expect(a.stdout).toBe(commandHelp(command!, CLI_MESSAGES.ru));
      expect(a.stdout).toContain(`пример:\n  reja ${name}`);
    }
  );

  it("is in every language, without English words outside option names", async () => {
    const english = englishWords();
    for (const lang of LANGS.filter((l) => l !== "en")) {
      for (const argv of [["help"], ...COMMANDS.map((c) => ["help", c.name])]) {
        const r = await run([...argv, "--lang", lang]);
        // strip the option flags, their placeholders, the command names and the example lines (command lines
        // stay as typed)
        const commandName = new RegExp(`(^|\\s)(${COMMANDS.map((c) => c.name).join("|")})(?=\\s|$)`, "gm");
        const prose = r.stdout
          .split("\n")
          .filter((l) => !/^\s+reja /.test(l))
          .join("\n")
          .replace(commandName, " ")
          .replace(/-{1,2}[a-z][\w-]*( [A-Z][A-Z.-]*)?/g, " ")
          .replace(/\b[A-Z][A-Za-z.]*\b/g, " ");
        expect({ lang, argv, words: outputWords(prose).filter((w) => english.has(w)) }).toEqual({
          lang,
          argv,
          words: [],
        });
      }
    }
  });

  it("error lines name the command once (no `reja check: check:`)", async () => {
    const r = await run(["check", SEED, "--quarter", "9", "--lang", "en"]);
    expect(r.stderr).toBe("reja check: --quarter must be 1, 2, 3 or 4 (got 9)");
  });

  it("--date must be a real day", async () => {
    for (const bad of ["2026-13-45", "2026-02-30", "26-07-06", "tomorrow"]) {
      const r = await run(["report", SEED, "--quarter", "2", "-o", "/nonexistent/x.xlsx", "--date", bad]);
      expect(r.code).toBe(2);
    }
  });
});

describe("output of unbounded size", () => {
  it("the table printer takes more rows than a spread call can (no spread or recursion over rows)", () => {
    const n = 300_000;
    const rows: string[][] = [];
    for (let i = 0; i < n; i++) rows.push([String(i), "x"]);
    // the size is past what `Math.max(...widths)` survives, which is how the old printer crashed
    expect(() => Math.max(...rows.map((r) => r[0].length))).toThrow(RangeError);
    const text = table(["№", "name"], rows);
    expect(text.split("\n")).toHaveLength(n + 1);
    expect(text.endsWith(`${n - 1}  x`)).toBe(true);
  });
});
