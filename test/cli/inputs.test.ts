/** Issue 10 at the command line: files Reja refuses, text encodings, the plan's end, generated sheets. */
import { join } from "node:path";
import type { InspectJson } from "../../src/cli/inspect";
import { run, runJson, SEED, tempDir } from "./helpers";

const OFFICE = join(__dirname, "..", "fixtures", "office");
const dir = tempDir();
const LIBRARY_TEXT = /zip|central directory|exceljs|jszip|https?:|Error:|\bat .*\(|node_modules/i;

describe("files Reja cannot read: exit 2 and one plain line that says what the file is and what to do", () => {
  it.each([
    ["jondor-2026.protected.xlsx", /parol bilan himoyalangan.*parolni olib tashlang/],
    ["jondor-2026.xls", /Excel 97–2003 \(\.xls\).*\.xlsx sifatida saqlang/],
    ["jondor-2026.doc", /Word 97–2003 \(\.doc\).*\.docx sifatida saqlang/],
    ["jondor-2026.ods", /OpenDocument jadvali \(\.ods\).*\.xlsx sifatida saqlang/],
    ["jondor-2026.odt", /OpenDocument matni \(\.odt\).*\.docx sifatida saqlang/],
    ["jondor-2026.rtf", /RTF hujjati.*\.docx sifatida saqlang/],
    ["jondor-2026.csv", /CSV fayl.*\.xlsx sifatida saqlang/],
    ["jondor-2026.truncated.xlsx", /shikastlangan yoki oxirigacha yozilmagan/],
    ["random-bytes.xlsx", /Excel kitobi ham, Word hujjati ham, matn ham emas/],
  ])("%s", async (file, message) => {
    for (const command of ["inspect", "check", "import"]) {
      const args =
        command === "import"
          ? [command, join(OFFICE, file), "-o", join(dir, "x.xlsx")]
          : [command, join(OFFICE, file)];
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(LIBRARY_TEXT);
    }
  });

  it("in the user's language", async () => {
    const r = await run(["check", join(OFFICE, "jondor-2026.protected.xlsx"), "--lang", "ru"]);
    expect(r.stderr).toMatch(/защищён паролем.*снимите пароль/);
    const en = await run(["check", join(OFFICE, "jondor-2026.xls"), "--lang", "en"]);
    expect(en.stderr).toMatch(/Excel 97–2003 workbook.*save it as \.xlsx/);
  });
});

describe("text exports in other encodings", () => {
  const seed = async (): Promise<InspectJson> =>
    (await runJson<InspectJson>(["inspect", SEED, "--json"])).json;

  it.each(["jondor-2026.utf16le.txt", "jondor-2026.utf16be.txt", "jondor-2026.cp1251.txt"])(
    "%s: the same plan as the UTF-8 text, no warning",
    async (file) => {
      const r = await runJson<InspectJson>(["inspect", join(OFFICE, file), "--json"]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.json).toEqual(await seed());
    }
  );

  it("a file that lost letters to '?': check lists it as a finding on its cell, once (not again on stderr)", async () => {
    const r = await run(["check", join(OFFICE, "qiziltepa-2026.cp1251.txt")]);
    expect(r.stdout).toMatch(
      /text\.lost_characters\s+H1\s+Faylda 36 ta harf o'rnida "\?" turibdi.*Unicode matn/
    );
    expect(r.stderr).toBe("");
    const cp1252 = await runJson<{ diagnostics: { code: string; cell: string; message: string }[] }>([
      "check",
      join(OFFICE, "jondor-2026.cp1252.txt"),
      "--lang",
      "en",
      "--json",
    ]);
    expect(cp1252.stderr).toBe("");
    const lost = cp1252.json.diagnostics.filter((d) => d.code === "text.lost_characters");
    expect(lost.map((d) => d.cell)).toEqual(["A20"]);
    expect(lost[0].message).toMatch(/"\?" in place of letters \(1 in all;/);
    expect(cp1252.json.diagnostics.map((d) => d.code)).not.toContain("number.invalid");
  });

  it("inspect --json carries it among the input findings; the readable inspect and import say it on stderr", async () => {
    const file = join(OFFICE, "qiziltepa-2026.cp1251.txt");
    const json = await runJson<InspectJson>(["inspect", file, "--json", "--lang", "en"]);
    expect(json.stderr).toBe("");
    expect(json.json.inputFindings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["text.lost_characters", "warning", "H1"],
    ]);
    expect(json.json.inputFindings[0].message).toContain("36 in all");
    const text = await run(["inspect", file, "--lang", "en"]);
    expect(text.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^warning: .*36 letters/)]);
    const imported = await run(["import", file, "-o", join(dir, "qiziltepa.xlsx"), "--lang", "en"]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/36 letters/);
  });
});

describe("where the plan ends", () => {
  it("check of a workbook with a summary table and a signature under the plan: 48 items, no finding from them", async () => {
    const file = join(OFFICE, "jondor-2026.second-table.xlsx");
    const inspect = await runJson<InspectJson>(["inspect", file, "--json"]);
    expect(inspect.json.items).toHaveLength(48);
    const check = await runJson<{ diagnostics: { cell: string; code: string }[] }>(["check", file, "--json"]);
    expect(check.code).toBe(0);
    expect(check.json.diagnostics.map((d) => d.code).sort()).toEqual([
      "plan.below_fact",
      "responsible.unknown",
    ]);
  });

  it("a sheet Reja generated is refused as a plan, naming the sheet to use", async () => {
    const plan = join(dir, "plan.xlsx");
    const report = join(dir, "report.xlsx");
    expect((await run(["import", SEED, "-o", plan])).code).toBe(0);
    expect((await run(["report", plan, "--quarter", "2", "-o", report, "--date", "2026-07-05"])).code).toBe(
      0
    );
    const sheet = ["--sheet", "Hisobot 2026 II chorak"];
    for (const args of [
      ["check", report, ...sheet],
      ["inspect", report, ...sheet],
      ["report", report, ...sheet, "--quarter", "2", "-o", join(dir, "again.xlsx")],
    ]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/"Hisobot 2026 II chorak" varag'ini Reja o'zi yaratgan.*--sheet "Ish reja"/);
    }
  });
});

describe("Excel's own conversions in an .xlsx", () => {
  it("a № Excel stored as 14.1 shown as 14.10, and one it made a date, read back as typed", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Reja");
    const header = [
      "№",
      "Nomi",
      "O'lchov birligi",
      "2025-yil (fakt)",
      "2026-yil (reja)",
      "Mexanizm",
      "Muddat",
      "Mas'ullar",
    ];
    ws.addRow(header);
    const director = "Axborot-kutubxona markazi direktori";
    ws.addRow([14, "Tadbirlar", "Marotaba", 1, 2, "", "I chorak", director]);
    ws.addRow([14.1, "Kichik tadbir", "Marotaba", 1, 2, "", "I chorak", director]);
    ws.getCell("A3").numFmt = "0.00";
    ws.addRow([new Date(Date.UTC(2026, 0, 14)), "Yana biri", "Marotaba", 1, 2, "", "I chorak", director]);
    const file = join(dir, "converted.xlsx");
    await wb.xlsx.writeFile(file);
    const inspect = await runJson<InspectJson>(["inspect", file, "--json"]);
    expect(inspect.json.items.map((i) => i.number)).toEqual(["14", "14.10", "14.1"]);
    const check = await runJson<{ diagnostics: { cell: string; code: string; message: string }[] }>([
      "check",
      file,
      "--json",
    ]);
    const converted = check.json.diagnostics.filter((d) => d.code === "number.converted");
    expect(converted.map((d) => d.cell)).toEqual(["A4"]);
    expect(converted[0].message).toContain("14.01.2026");
  });
});
