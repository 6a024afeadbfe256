/** Issue 11: every error path ends with exit 2 and one plain sentence in the user's language — no stack, no Node text. */
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../src/core/model";
import { errorText } from "../../src/cli/main";
import { systemErrorText } from "../../src/cli/errors";
import { CLI_MESSAGES, LANGS, type CliCatalogue } from "../../src/cli/messages";
import { run, SEED, tempDir } from "./helpers";

const EXAMPLE = join(__dirname, "..", "..", "examples", "jondor-2026-namuna.xlsx");
const dir = tempDir("reja-errors-");
const notPlan = join(dir, "not-a-plan.txt");
writeFileSync(notPlan, "hello\tworld\n");
const folder = join(dir, "a-folder");
mkdirSync(folder);
const aFile = join(dir, "a-file.txt");
writeFileSync(aFile, "x");
const input = join(dir, "input.xlsx");
cpSync(EXAMPLE, input);
const theirs = join(dir, "theirs.txt");
writeFileSync(theirs, "their text\n");

interface Case {
  title: string;
  argv: string[];
  /** the expected line: prefix and the catalogue's sentence */
  expected: (m: CliCatalogue) => string;
}

const CASES: Case[] = [
  {
    title: "unknown command",
    argv: ["frobnicate"],
    expected: (m) => `reja: ${m.unknownCommand("frobnicate")}`,
  },
  {
    title: "unknown option",
    argv: ["check", SEED, "--bogus"],
    expected: (m) => `reja check: ${m.unknownOption("--bogus")}`,
  },
  {
    title: "option without its value",
    argv: ["fill", input, "--quarter"],
    expected: (m) => `reja fill: ${m.optionNeedsValue("--quarter")}`,
  },
  {
    title: "value for a switch",
    argv: ["check", SEED, "--json=yes"],
    expected: (m) => `reja check: ${m.optionTakesNoValue("--json")}`,
  },
  { title: "missing FILE", argv: ["inspect"], expected: (m) => `reja inspect: ${m.missingArgument("FILE")}` },
  {
    title: "extra argument",
    argv: ["inspect", SEED, "more"],
    expected: (m) => `reja inspect: ${m.unexpectedArgument("more")}`,
  },
  { title: "missing --quarter", argv: ["fill", input], expected: (m) => `reja fill: ${m.quarterRequired}` },
  {
    title: "bad --quarter",
    argv: ["check", SEED, "--quarter", "5"],
    expected: (m) => `reja check: ${m.badQuarter("5")}`,
  },
  { title: "missing -o", argv: ["import", SEED], expected: (m) => `reja import: ${m.outputRequired}` },
  {
    title: "bad --year",
    argv: ["import", SEED, "-o", join(dir, "y.xlsx"), "--year", "26"],
    expected: (m) => `reja import: ${m.badYear("26")}`,
  },
  {
    title: "impossible --date",
    argv: ["report", input, "--quarter", "2", "-o", join(dir, "r.xlsx"), "--date", "2026-13-45"],
    expected: (m) => `reja report: ${m.badDate("2026-13-45")}`,
  },
  {
    title: "30 February",
    argv: ["report", input, "--quarter", "2", "-o", join(dir, "r.xlsx"), "--date", "2026-02-30"],
    expected: (m) => `reja report: ${m.badDate("2026-02-30")}`,
  },
  {
    title: "no such file",
    argv: ["check", join(dir, "nope.txt")],
    expected: (m) => `reja check: ${m.noSuchFile(join(dir, "nope.txt"))}`,
  },
  {
    title: "a folder as input",
    argv: ["inspect", folder],
    expected: (m) => `reja inspect: ${m.notAFile(folder)}`,
  },
  {
    title: "no plan table",
    argv: ["check", notPlan],
    expected: (m) => `reja check: ${m.noPlanTable(notPlan)}`,
  },
  {
    // starts like a zip, has no end: a file cut short (issue 10)
    title: "unreadable workbook",
    argv: ["check", join(dir, "bad.xlsx")],
    expected: (m) => `reja check: ${m.refusedDamaged(join(dir, "bad.xlsx"))}`,
  },
  {
    title: "no tracking columns",
    argv: ["fill", join(dir, "plain.xlsx"), "--quarter", "2"],
    expected: (m) => `reja fill: ${m.noTrackingColumns(join(dir, "plain.xlsx"), "Reja")}`,
  },
  {
    title: "output is the input",
    argv: ["import", input, "-o", input],
    expected: (m) => `reja import: ${m.outputIsInput(input)}`,
  },
  {
    title: "output is someone else's file",
    argv: ["import", SEED, "-o", theirs],
    expected: (m) => `reja import: ${m.notRejaFile(theirs)}; ${m.useForce}`,
  },
  {
    title: "output is a folder",
    argv: ["import", SEED, "-o", folder],
    expected: (m) => `reja import: ${m.isFolder(folder)}`,
  },
  {
    title: "output under a file",
    argv: ["import", SEED, "-o", join(aFile, "plan.xlsx")],
    expected: (m) => `reja import: ${m.missingFolder(join(aFile))}`,
  },
];

beforeAll(async () => {
  writeFileSync(join(dir, "bad.xlsx"), "PK\u0003\u0004 not really a zip");
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Reja");
  readFileSync(SEED, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((line, r) =>
      line.split("\t").forEach((v, c) => v !== "" && (ws.getCell(r + 1, c + 1).value = v))
    );
  await wb.xlsx.writeFile(join(dir, "plain.xlsx"));
});

describe.each(LANGS.map((l) => [l] as [Lang]))("errors in %s", (lang) => {
  const m = CLI_MESSAGES[lang];
  it.each(CASES.map((c) => [c.title, c] as [string, Case]))(
    "%s: exit 2, one line from the catalogue",
    async (_, c) => {
      const before = readFileSync(input);
      const r = await run([...c.argv, "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(c.expected(m));
      expect(r.stderr).not.toMatch(/\n|\bat .*:\d+:\d+|Error:|ERR_/);
      expect(readFileSync(input).equals(before)).toBe(true);
    }
  );

  it("the environment's locale chooses the language when --lang is not given", async () => {
    const locale = {
      uz: "uz_UZ.UTF-8",
      "uz-Cyrl": "uz_UZ.UTF-8@cyrillic",
      ru: "ru_RU.UTF-8",
      en: "en_US.UTF-8",
    }[lang];
    const { bufferIo } = await import("../../src/cli/io");
    const { main } = await import("../../src/cli/main");
    const io = bufferIo(new Date(), { LANG: locale });
    expect(await main(["check", join(dir, "nope.txt")], io)).toBe(2);
    expect(io.stderr.join("\n")).toBe(`reja check: ${m.noSuchFile(join(dir, "nope.txt"))}`);
  });
});

describe("the catalogues", () => {
  it("say every error differently in each language (nothing left untranslated)", () => {
    for (const c of CASES) {
      const lines = LANGS.map((l) => c.expected(CLI_MESSAGES[l]));
      expect(new Set(lines).size).toBe(LANGS.length);
    }
  });

  it("an unknown --lang is refused in the environment's language", async () => {
    const r = await run(["check", SEED, "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`reja: ${CLI_MESSAGES.uz.badLang("fr")}`);
  });
});

describe("system errors and internal errors", () => {
  const errno = (code: string, path: string) =>
    Object.assign(new Error(`${code}: x, open '${path}'`), { code, path });

  it.each([
    ["ENOSPC", (m: CliCatalogue) => m.diskFull("/d/out.xlsx")],
    ["EACCES", (m: CliCatalogue) => m.permissionDenied("/d/out.xlsx")],
    ["EROFS", (m: CliCatalogue) => m.readOnly("/d/out.xlsx")],
    ["ENOENT", (m: CliCatalogue) => m.noSuchFile("/d/out.xlsx")],
    ["EISDIR", (m: CliCatalogue) => m.isFolder("/d/out.xlsx")],
    ["EIO", (m: CliCatalogue) => m.systemError("/d/out.xlsx", "EIO")],
  ])("%s becomes one plain sentence", (code, expected) => {
    const text = systemErrorText(errno(code, "/d/out.xlsx"));
    for (const l of LANGS) expect(text?.(CLI_MESSAGES[l])).toBe(expected(CLI_MESSAGES[l]));
  });

  it("an internal error is one line (no stack) in the user's language", () => {
    const e = new RangeError("Maximum call stack size exceeded\n    at table (format.js:7:30)");
    for (const l of LANGS) {
      const line = errorText(e)(CLI_MESSAGES[l]);
      expect(line).toBe(
        CLI_MESSAGES[l].internalError(
          "RangeError: Maximum call stack size exceeded at table (format.js:7:30)"
        )
      );
      expect(line).not.toMatch(/\n/);
    }
  });

  const root = process.getuid?.() === 0;
  (root ? it.skip : it)("a read-only output folder: exit 2, one sentence, nothing written", async () => {
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    try {
      const r = await run(["import", SEED, "-o", join(locked, "plan.xlsx"), "--lang", "en"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^reja import: permission denied: .*locked/);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});
