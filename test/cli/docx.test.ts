/**
 * `reja inspect FILE.docx` and `reja docx`: a Word document in, a Word document out, the same plan both ways, in
 * the workbook's language (or --book-lang).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDocxFile } from "../../src/docx-file/node";
import { saveWorkbook } from "../../src/xlsx/write";
import { readXlsx, run, runJson, SEED, tempDir } from "./helpers";

const FIXTURE_DOCX = join(__dirname, "..", "fixtures", "office", "jondor-2026.docx");
const NAMUNA = join(__dirname, "..", "..", "examples", "jondor-2026-namuna.xlsx");

interface InspectJson {
  year: number | null;
  district: string | null;
  sections: unknown[];
  items: { number: string; row?: number; [k: string]: unknown }[];
}

/** inspect's items without their row numbers (rows differ between a workbook and a document) */
function items(json: InspectJson) {
  return json.items.map(({ row: _row, ...rest }) => rest);
}

describe("reja and Word documents", () => {
  it("inspect reads the LibreOffice .docx as the items of the text it was made from", async () => {
    const fromDocx = await runJson<InspectJson>(["inspect", FIXTURE_DOCX, "--json"]);
    const fromText = await runJson<InspectJson>(["inspect", SEED, "--json"]);
    expect(fromDocx.code).toBe(0);
    expect(fromDocx.json.year).toBe(2026);
    expect(fromDocx.json.district).toBe("Jondor");
    expect(fromDocx.json.items.length).toBe(fromText.json.items.length);
    expect(fromDocx.json.items.map((i) => i.number)).toEqual(fromText.json.items.map((i) => i.number));
  });

  it("next-year → docx → inspect gives the 2027 plan's year and items", async () => {
    const dir = tempDir();
    const xlsx = join(dir, "2027.xlsx");
    const docx = join(dir, "2027.docx");
    expect((await run(["next-year", NAMUNA, "-o", xlsx])).code).toBe(0);
    const written = await run(["docx", xlsx, "-o", docx]);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(docx);
    const fromXlsx = await runJson<InspectJson>(["inspect", xlsx, "--json"]);
    const fromDocx = await runJson<InspectJson>(["inspect", docx, "--json"]);
    expect(fromDocx.code).toBe(0);
    expect(fromDocx.json.year).toBe(2027);
    expect(fromDocx.json.district).toBe(fromXlsx.json.district);
    expect(fromDocx.json.sections).toEqual(fromXlsx.json.sections);
    expect(fromXlsx.json.items.length).toBeGreaterThan(40);
    expect(items(fromDocx.json)).toEqual(items(fromXlsx.json));
  });

  it("does not replace an existing document (it may hold what a person wrote in Word) unless --force", async () => {
    const dir = tempDir();
    const docx = join(dir, "plan.docx");
    writeFileSync(docx, "edited in Word");
    const refused = await run(["docx", NAMUNA, "-o", docx, "--lang", "en"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("replacing it would lose any changes made to it in Word");
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(docx, "utf8")).toBe("edited in Word");
    expect((await run(["docx", NAMUNA, "-o", docx, "--force"])).code).toBe(0);
    expect((await runJson<InspectJson>(["inspect", docx, "--json"])).json.items.length).toBeGreaterThan(40);
  });

  it("check and import take a .docx too", async () => {
    const dir = tempDir();
    expect((await run(["check", FIXTURE_DOCX])).code).toBeLessThan(2);
    const out = join(dir, "from-word.xlsx");
    expect((await run(["import", FIXTURE_DOCX, "-o", out])).code).toBe(0);
    const back = await runJson<InspectJson>(["inspect", out, "--json"]);
    expect(back.json.year).toBe(2026);
  });

  it("refuses a damaged .docx with one plain message (exit 2)", async () => {
    const dir = tempDir();
    const bad = join(dir, "broken.docx");
    writeFileSync(bad, "PK\u0003\u0004 not really a zip");
    const r = await run(["inspect", bad, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not a readable Word (.docx) document");
    expect(r.stderr).not.toMatch(/jszip|stack|at /i);
  });

  it("refuses a Word document cut short as a Word document, whatever its name, in every language", async () => {
    const dir = tempDir();
    const docx = readFileSync(FIXTURE_DOCX);
    const cut = join(dir, "plan.bin");
    writeFileSync(cut, docx.subarray(0, Math.floor(docx.length / 2)));
    const en = await run(["check", cut, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr.trim()).toBe(
      `reja check: ${cut} is not a readable Word (.docx) document: save it again in Word as .docx`
    );
    const uz = await run(["inspect", cut]);
    expect(uz.code).toBe(2);
    expect(uz.stderr).toContain("Word (.docx) hujjati emas");
    expect(uz.stderr).not.toMatch(/Excel/);
  });
});

/** Every text of a Word document's preamble and plan table, as Reja reads them. */
async function docxTexts(file: string): Promise<string[]> {
  const doc = await readDocxFile(readFileSync(file));
  return doc.grid
    .flatMap((row) => (Array.isArray(row) ? row : []))
    .filter((v): v is string => typeof v === "string");
}

/** A copy of the Jondor workbook whose settings name `lang` ("Ish kitobi tili"). */
async function namunaIn(lang: string, file: string): Promise<void> {
  const wb = await readXlsx(NAMUNA);
  let set = false;
  wb.getWorksheet("Reja sozlamalari")!.eachRow((row) => {
    if (row.getCell(1).value === "lang") {
      row.getCell(2).value = lang;
      set = true;
    }
  });
  expect(set).toBe(true);
  await saveWorkbook(wb, file);
}

describe("reja docx in the workbook's language", () => {
  const dir = tempDir();
  const ru = join(dir, "ru.xlsx");

  beforeAll(async () => {
    await namunaIn("ru", ru);
  });

  it("writes a Russian workbook's plan with Russian marks, title and header, and reads it back", async () => {
    const out = join(dir, "ru.docx");
    const r = await run(["docx", ru, "-o", out]);
    expect(r.code).toBe(0);
    const all = await docxTexts(out);
    expect(all).toEqual(
      expect.arrayContaining(["ПЛАН РАБОТЫ на 2026 год", "Количество", "2025 г. (факт)", "2026 г. (план)"])
    );
    expect(all.join("\n")).toContain("«СОГЛАСОВАНО»");
    expect(all.join("\n")).not.toMatch(/KELISHILDI|TASDIQLAYMAN|Miqdori|ISH REJASI/);
    const fromXlsx = await runJson<InspectJson>(["inspect", ru, "--json"]);
    const fromDocx = await runJson<InspectJson>(["inspect", out, "--json"]);
    expect(fromDocx.json.year).toBe(2026);
    expect(fromDocx.json.district).toBe(fromXlsx.json.district);
    expect(fromDocx.json.sections).toEqual(fromXlsx.json.sections);
    expect(items(fromDocx.json)).toEqual(items(fromXlsx.json));
  });

  it("--book-lang writes the document in another language than the workbook's", async () => {
    const out = join(dir, "cyrl.docx");
    expect((await run(["docx", ru, "-o", out, "--book-lang", "uz-Cyrl"])).code).toBe(0);
    const all = await docxTexts(out);
    expect(all).toEqual(expect.arrayContaining(["Миқдори", "2026-йил учун мўлжалланган ИШ РЕЖАСИ"]));
    expect(all).not.toContain("Количество");
    const fromText = join(dir, "en.docx");
    expect((await run(["docx", SEED, "-o", fromText, "--book-lang", "en"])).code).toBe(0);
    expect(await docxTexts(fromText)).toEqual(expect.arrayContaining(["WORK PLAN for 2026", "Quantity"]));
    const back = await runJson<InspectJson>(["inspect", fromText, "--json"]);
    const seed = await runJson<InspectJson>(["inspect", SEED, "--json"]);
    expect(back.json.district).toBe("Jondor");
    expect(items(back.json)).toEqual(items(seed.json));
  });

  it("refuses a --book-lang it does not know, before writing anything", async () => {
    const out = join(dir, "kk.docx");
    const r = await run(["docx", ru, "-o", out, "--book-lang", "kk", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--book-lang must be one of uz, uz-Cyrl, ru, en (got kk)");
    expect(existsSync(out)).toBe(false);
  });
});
